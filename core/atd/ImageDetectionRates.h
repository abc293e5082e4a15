// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/EvaluatedScan.h"

#include <QList>
#include <QStringList>

namespace pen {

/// Image-level probability of detection and of false alarm at one alarm-score threshold.
///
/// A target scan holds at least one truth object of the evaluated categories; a clear scan holds
/// no truth object at all (declaration-check objects aside). A scan holding only objects of other
/// categories is neither and is left out of both rates. A scan alarms when its valid answer's
/// alarmScore >= threshold, so the operating point lies on the ROC curve; failed and missing
/// answers never alarm.
struct ImageDetectionRates {
    int targetScans = 0;
    int detectedTargets = 0; ///< target scans that alarm
    int clearScans = 0;
    int falseAlarms = 0; ///< clear scans that alarm

    double pd() const
    {
        return targetScans > 0 ? double(detectedTargets) / targetScans : 0;
    }                                                                                    ///< 0 without target scans
    double pfa() const { return clearScans > 0 ? double(falseAlarms) / clearScans : 0; } ///< 0 without clear scans

    /// Counts over scans; categories empty means every category.
    static ImageDetectionRates count(const QList<EvaluatedScan> &scans, double threshold,
                                     const QStringList &categories);
    static ImageDetectionRates count(const QList<MachineAnswer> &answers, const TruthByScan &truth, double threshold,
                                     const QStringList &categories);

    friend bool operator==(const ImageDetectionRates &, const ImageDetectionRates &) = default;
};

} // namespace pen
