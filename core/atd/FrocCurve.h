// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/EvaluatedScan.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pen {

/// One point of an object-level FROC curve.
struct FrocPoint {
    double threshold = 0;              ///< detections with probability >= threshold are counted
    double falsePositivesPerImage = 0; ///< false positives over all scans of the truth
    double sensitivity = 0;            ///< fraction of truth objects found, 0 when there are none

    friend bool operator==(const FrocPoint &, const FrocPoint &) = default;
};

/// The free-response ROC curve: at every distinct object probability, from the highest down, the
/// fraction of truth objects found against the mean number of false positives per scan. A truth
/// object is found by a detection of its category with IoU >= 0.5, matched as in
/// matchDetections(); duplicates and detections of nothing are false positives. Only the evaluated
/// categories count, on both sides; failed and missing answers detect nothing but count as scans.
struct FrocCurve {
    QList<FrocPoint> points; ///< empty when there is no detection
    int truthObjects = 0;
    int scans = 0;

    /// The curve over scans; categories empty means every category of the truth.
    static FrocCurve compute(const QList<EvaluatedScan> &scans, const QStringList &categories);
    static FrocCurve compute(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                             const QStringList &categories);

    QJsonObject toJson() const;
    static FrocCurve fromJson(const QJsonObject &json);
    friend bool operator==(const FrocCurve &, const FrocCurve &) = default;
};

} // namespace pen
