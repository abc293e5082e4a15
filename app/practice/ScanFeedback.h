// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ScanImageView.h"
#include "imageset/ImageSet.h"
#include "model/Answer.h"
#include "model/RoundSettings.h"
#include "model/Scan.h"
#include "scoring/ScanOutcome.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pen::gui {

/// What an officer is shown about one answered scan, right after the answer or in the review
/// after the round: the ground truth to draw beside their marks (targets found in green, missed
/// in red; marks that hit nothing crossed out in orange with a "false alarm" tag) and the verdict
/// with what was found, missed and falsely marked, as rich text.
struct ScanFeedback {
    Q_DECLARE_TR_FUNCTIONS(pen::gui::ScanFeedback)

public:
    /// A target of the round in this scan, found or missed.
    struct Target {
        GroundTruthObject object;
        QString name; ///< translated: the category, or in declaration checks the inconsistency
        bool found = false;
    };

    QList<RegionOverlay> overlays;
    QList<Target> targets; ///< in ground-truth order
    QStringList found;     ///< translated names of the targets found, in ground-truth order
    QStringList missed;    ///< translated names of the targets missed
    QString text;          ///< rich text for a QLabel

    /// `names` is the set whose own category names are shown (its entries are not read).
    static ScanFeedback of(const Scan &scan, const ScanOutcome &outcome, const Answer &answer, RoundType type,
                           const ImageSet &names);

    static QColor foundColour() { return {20, 170, 60}; }
    static QColor missedColour() { return {220, 30, 30}; }
    static QColor falseAlarmColour() { return {255, 110, 0}; }
};

} // namespace pen::gui
