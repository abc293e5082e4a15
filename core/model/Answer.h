// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Region.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pen {

/// A contestant's decision on a scan, numbered as in the contracts (pen.v1.Decision): clear or
/// suspect; FromMarks, only as sent, leaves it to the marks (none: clear).
enum class Decision { FromMarks = 0, Clear = 1, Suspect = 2 };
/// The decision with this number; none for a number that is not one (a hostile or newer client).
std::optional<Decision> decisionOf(qint64 number);

/// One suspect region marked by a contestant (human or machine).
struct Mark {
    Region region;         ///< in image pixels of region.viewIndex
    QString category;      ///< a threat category key, or an inconsistency kind in declaration checks
    double confidence = 1; ///< machines' score 0..1; humans' marks are 1

    friend bool operator==(const Mark &, const Mark &) = default;
};

/// A contestant's answer for one scan: the marks (none means "clear"), how long it took, whether
/// the clock ran out first, and which viewer tools were used how often.
struct Answer {
    QString scanId;
    QList<Mark> marks;
    double responseSeconds = 0;
    bool timedOut = false;
    QMap<QString, int> toolUse; ///< tool id → times used

    bool isClear() const { return marks.isEmpty(); }

    QJsonObject toJson() const;
    static Answer fromJson(const QJsonObject &json);
    friend bool operator==(const Answer &, const Answer &) = default;
};

} // namespace pen
