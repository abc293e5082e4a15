// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/AveragePrecision.h"

#include <algorithm>

namespace pen {

QList<PrecisionRecallPoint> precisionRecallCurve(QList<RankedDetection> ranking, int truthObjects)
{
    if (truthObjects <= 0)
        return {};
    std::sort(ranking.begin(), ranking.end(),
              [](const RankedDetection &a, const RankedDetection &b) { return a.probability > b.probability; });
    QList<PrecisionRecallPoint> curve;
    int hits = 0;
    for (qsizetype i = 0; i < ranking.size(); ++i) {
        hits += ranking[i].hit ? 1 : 0;
        const bool lastOfTiedGroup = i + 1 == ranking.size() || ranking[i + 1].probability != ranking[i].probability;
        if (lastOfTiedGroup)
            curve.append({ranking[i].probability, double(hits) / truthObjects, double(hits) / double(i + 1)});
    }
    return curve;
}

std::optional<double> averagePrecision(const QList<RankedDetection> &ranking, int truthObjects)
{
    if (truthObjects <= 0)
        return std::nullopt;
    const QList<PrecisionRecallPoint> curve = precisionRecallCurve(ranking, truthObjects);
    // Walk from the highest recall down, carrying the best precision seen so far: the envelope.
    double area = 0;
    double envelope = 0;
    for (qsizetype i = curve.size() - 1; i >= 0; --i) {
        envelope = std::max(envelope, curve[i].precision);
        const double previousRecall = i > 0 ? curve[i - 1].recall : 0;
        area += (curve[i].recall - previousRecall) * envelope;
    }
    return area;
}

std::optional<double> averagePrecision(const QList<EvaluatedScan> &scans, const QString &category, double minIou)
{
    QList<RankedDetection> ranking;
    int truthObjects = 0;
    for (const EvaluatedScan &scan : scans) {
        ranking.append(matchDetections(scan, category, minIou));
        truthObjects += int(scan.truthOf(category).size());
    }
    return averagePrecision(ranking, truthObjects);
}

std::optional<double> averagePrecision(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                                       const QString &category, double minIou)
{
    return averagePrecision(pairWithTruth(answers, truth), category, minIou);
}

const QList<double> &cocoIouThresholds()
{
    // Divided from integers so that each is the double nearest to its decimal (0.6, not 0.6000000000000001).
    static const QList<double> thresholds = [] {
        QList<double> values;
        for (int percent = 50; percent <= 95; percent += 5)
            values.append(percent / 100.0);
        return values;
    }();
    return thresholds;
}

std::optional<double> cocoAveragePrecision(const QList<EvaluatedScan> &scans, const QString &category)
{
    double sum = 0;
    for (double minIou : cocoIouThresholds()) {
        const std::optional<double> ap = averagePrecision(scans, category, minIou);
        if (!ap)
            return std::nullopt;
        sum += *ap;
    }
    return sum / double(cocoIouThresholds().size());
}

std::optional<double> cocoAveragePrecision(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                                           const QString &category)
{
    return cocoAveragePrecision(pairWithTruth(answers, truth), category);
}

} // namespace pen
