// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/RoundSettings.h"
#include "scoring/SignalDetection.h"
#include "tournament/RoundResult.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace pen {

struct ImageSet;

/// A contestant's results per ground-truth category, over one round or several (an event), for
/// trainers' reports. Categories are the targets' category keys; in declaration checks, the
/// targets' inconsistency kinds. A value type, not thread-safe.
class CategoryBreakdown {
public:
    struct Row {
        QString category;
        int objectsHit = 0;
        int objectsMissed = 0;
        /// Image level. Hits and misses: the scans holding a target of this category, hit when
        /// one such target was hit. False alarms and correct rejections: the scans without any
        /// target, a false alarm where a mark names this category or names none.
        SignalDetection detection;
        double meanResponseSeconds = 0; ///< over the scans holding a target of this category

        double hitRate() const { return detection.hitRate(); }
        double falseAlarmRate() const { return detection.falseAlarmRate(); }
        double dPrime() const { return detection.dPrime(); }
        double dA() const { return detection.dA(); }
    };

    /// Adds one scored round of the contestant; the set holds the ground truth of its scans.
    void addRound(const RoundSettings &settings, const ImageSet &set, const RoundResult &result);
    static CategoryBreakdown ofRound(const RoundSettings &settings, const ImageSet &set, const RoundResult &result);

    /// One row per category that had a target, in key order.
    QList<Row> rows() const;
    std::optional<Row> row(const QString &category) const;

private:
    struct TargetScan {
        QHash<QString, int> hit;    // category → targets hit
        QHash<QString, int> missed; // category → targets missed
        double responseSeconds = 0;
    };
    struct ClearScan {
        QSet<QString> markCategories; // an empty key: a mark that names no category
    };

    Row rowFor(const QString &category) const;

    QList<TargetScan> m_targetScans;
    QList<ClearScan> m_clearScans;
};

} // namespace pen
