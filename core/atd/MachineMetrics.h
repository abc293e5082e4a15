// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/EvaluatedScan.h"
#include "atd/FrocCurve.h"
#include "atd/MachineAnswer.h"
#include "atd/RocCurve.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pen {

/// Detection quality for one threat category.
struct CategoryMetrics {
    QString category;
    std::optional<double> ap50;   ///< AP at IoU 0.5; undefined without truth objects of the category
    std::optional<double> apCoco; ///< AP averaged over IoU 0.50:0.05:0.95; undefined likewise
    int truthObjects = 0;         ///< declaration-check objects not counted
    int detections = 0;           ///< objects of this category in valid answers, at any probability

    friend bool operator==(const CategoryMetrics &, const CategoryMetrics &) = default;
};

/// How an ATD algorithm did on an image set: what the product brief asks of machines.
struct MachineMetrics {
    QList<CategoryMetrics> categories;
    std::optional<double> meanAp50;   ///< over the categories whose AP is defined; undefined if none is
    std::optional<double> meanApCoco; ///< likewise
    double threshold = 0;             ///< the alarm-score threshold of pd and pfa
    double pd = 0;                    ///< see ImageDetectionRates
    double pfa = 0;
    int targetScans = 0;
    int clearScans = 0;
    RocCurve roc;
    FrocCurve froc;
    double latencyP50 = 0; ///< seconds, see Latency
    double latencyP95 = 0; ///< seconds
    double imagesPerHour = 0;
    int scans = 0;    ///< scans in the truth
    int failures = 0; ///< failed answers plus scans without an answer

    /// Undefined values (AP, ROC threshold) are absent keys; fromJson() reads them back as such.
    QJsonObject toJson() const;
    static MachineMetrics fromJson(const QJsonObject &json);
    friend bool operator==(const MachineMetrics &, const MachineMetrics &) = default;
};

/// Measures a machine's answers against the truth (scan id → objects), with Pd and Pfa at the
/// vendor's declared threshold. categories empty means every category of the truth. Every scan of
/// the truth counts; a scan without an answer is a failure ("no answer"); answers for scans
/// outside the truth are ignored. Declaration-check objects are not counted by any measure.
MachineMetrics evaluateMachine(const QList<MachineAnswer> &answers, const TruthByScan &truth, double threshold,
                               const QStringList &categories);

} // namespace pen
