// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/EvaluatedScan.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pen {

/// One point of an image-level ROC curve.
struct RocPoint {
    /// The alarm-score threshold of this point; none for the (0,0) start and (1,1) end that every
    /// curve has, whatever the scores.
    std::optional<double> threshold;
    double pfa = 0;
    double pd = 0;

    friend bool operator==(const RocPoint &, const RocPoint &) = default;
};

/// The image-level ROC curve: (Pfa, Pd) as in ImageDetectionRates at every distinct alarmScore of
/// the valid answers, from the highest to the lowest. Scans with equal scores move together, so a
/// tie between a target and a clear scan is a diagonal step. Starts at (0,0) and ends at (1,1):
/// failed and missing answers alarm at no threshold and join only at the end.
struct RocCurve {
    QList<RocPoint> points; ///< empty when there are no target scans or no clear scans

    /// The area under the curve by trapezoids, 0..1; undefined for an empty curve.
    std::optional<double> area() const;

    /// The curve over scans; categories empty means every category.
    static RocCurve compute(const QList<EvaluatedScan> &scans, const QStringList &categories);
    static RocCurve compute(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                            const QStringList &categories);

    QJsonObject toJson() const;
    static RocCurve fromJson(const QJsonObject &json);
    friend bool operator==(const RocCurve &, const RocCurve &) = default;
};

} // namespace pen
