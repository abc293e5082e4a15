// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/DetectionMatching.h"
#include "atd/EvaluatedScan.h"

#include <QList>
#include <QString>

#include <optional>

namespace pen {

/// One step of a precision–recall curve.
struct PrecisionRecallPoint {
    double threshold = 0; ///< detections with probability >= threshold are counted
    double recall = 0;
    double precision = 0;

    friend bool operator==(const PrecisionRecallPoint &, const PrecisionRecallPoint &) = default;
};

/// The precision–recall curve of ranked detections (from all scans) against truthObjects objects.
/// Detections of equal probability form one threshold step: the curve has one point per distinct
/// probability, after the whole tied group, so that ties never depend on input order and a tied
/// hit and false positive share their precision. Empty when truthObjects is 0.
QList<PrecisionRecallPoint> precisionRecallCurve(QList<RankedDetection> ranking, int truthObjects);

/// Area under the precision–recall curve with the precision made monotone (at each recall, the
/// highest precision at that or any higher recall): all-point interpolation, as in PASCAL VOC
/// 2010 and later. Undefined (nullopt) when truthObjects is 0.
std::optional<double> averagePrecision(const QList<RankedDetection> &ranking, int truthObjects);

/// AP of one category at one IoU threshold over all scans of the truth. Detections of failed or
/// missing answers do not exist; declaration-check objects are not counted. Undefined (nullopt)
/// when the truth holds no object of the category.
std::optional<double> averagePrecision(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                                       const QString &category, double minIou);
std::optional<double> averagePrecision(const QList<EvaluatedScan> &scans, const QString &category, double minIou);

/// The ten IoU thresholds of COCO: 0.50, 0.55, ..., 0.95.
const QList<double> &cocoIouThresholds();

/// COCO-style AP: the mean of AP over cocoIouThresholds(); undefined like averagePrecision().
std::optional<double> cocoAveragePrecision(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                                           const QString &category);
std::optional<double> cocoAveragePrecision(const QList<EvaluatedScan> &scans, const QString &category);

} // namespace pen
