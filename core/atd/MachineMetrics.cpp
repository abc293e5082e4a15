// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/MachineMetrics.h"

#include "atd/AveragePrecision.h"
#include "atd/ImageDetectionRates.h"
#include "atd/Latency.h"

namespace pen {
namespace {

CategoryMetrics categoryMetrics(const QList<EvaluatedScan> &scans, const QString &category)
{
    CategoryMetrics metrics{category, averagePrecision(scans, category, 0.5), cocoAveragePrecision(scans, category)};
    for (const EvaluatedScan &scan : scans) {
        metrics.truthObjects += int(scan.truthOf(category).size());
        metrics.detections += int(scan.detections(category).size());
    }
    return metrics;
}

std::optional<double> meanOfDefined(const QList<CategoryMetrics> &categories,
                                    std::optional<double> CategoryMetrics::*ap)
{
    double sum = 0;
    int count = 0;
    for (const CategoryMetrics &category : categories) {
        if (category.*ap) {
            sum += *(category.*ap);
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

QList<MachineAnswer> answersOf(const QList<EvaluatedScan> &scans)
{
    QList<MachineAnswer> answers;
    for (const EvaluatedScan &scan : scans) {
        if (scan.answer)
            answers.append(*scan.answer);
    }
    return answers;
}

} // namespace

MachineMetrics evaluateMachine(const QList<MachineAnswer> &answers, const TruthByScan &truth, double threshold,
                               const QStringList &categories)
{
    const QList<EvaluatedScan> scans = pairWithTruth(answers, truth);
    const QStringList evaluated = categoriesToEvaluate(categories, scans);
    MachineMetrics metrics;
    for (const QString &category : evaluated)
        metrics.categories.append(categoryMetrics(scans, category));
    metrics.meanAp50 = meanOfDefined(metrics.categories, &CategoryMetrics::ap50);
    metrics.meanApCoco = meanOfDefined(metrics.categories, &CategoryMetrics::apCoco);
    const ImageDetectionRates rates = ImageDetectionRates::count(scans, threshold, evaluated);
    metrics.threshold = threshold;
    metrics.pd = rates.pd();
    metrics.pfa = rates.pfa();
    metrics.targetScans = rates.targetScans;
    metrics.clearScans = rates.clearScans;
    metrics.roc = RocCurve::compute(scans, evaluated);
    metrics.froc = FrocCurve::compute(scans, evaluated);
    const Latency latency = Latency::of(answersOf(scans));
    metrics.latencyP50 = latency.p50;
    metrics.latencyP95 = latency.p95;
    metrics.imagesPerHour = latency.imagesPerHour;
    metrics.scans = int(scans.size());
    for (const EvaluatedScan &scan : scans)
        metrics.failures += scan.answered() ? 0 : 1;
    return metrics;
}

} // namespace pen
