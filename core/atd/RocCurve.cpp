// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/RocCurve.h"

#include "atd/ImageDetectionRates.h"

#include <QJsonArray>

#include <algorithm>

namespace pen {
namespace {

struct ScoredScan {
    double score = 0;
    bool target = false;
};

// Valid answers of target and clear scans, highest score first.
QList<ScoredScan> rankedScans(const QList<EvaluatedScan> &scans, const QStringList &categories)
{
    QList<ScoredScan> ranked;
    for (const EvaluatedScan &scan : scans) {
        const bool target = scan.hasTargetOf(categories);
        if (scan.answered() && (target || scan.truth.isEmpty()))
            ranked.append({scan.answer->alarmScore, target});
    }
    std::sort(ranked.begin(), ranked.end(), [](const ScoredScan &a, const ScoredScan &b) { return a.score > b.score; });
    return ranked;
}

} // namespace

std::optional<double> RocCurve::area() const
{
    if (points.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        sum += (points[i].pfa - points[i - 1].pfa) * (points[i].pd + points[i - 1].pd) / 2;
    return sum;
}

RocCurve RocCurve::compute(const QList<EvaluatedScan> &scans, const QStringList &categories)
{
    const ImageDetectionRates totals = ImageDetectionRates::count(scans, 0, categories);
    if (totals.targetScans == 0 || totals.clearScans == 0)
        return {};
    RocCurve curve;
    curve.points.append({std::nullopt, 0, 0});
    const QList<ScoredScan> ranked = rankedScans(scans, categories);
    int detected = 0, falseAlarms = 0;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        (ranked[i].target ? detected : falseAlarms) += 1;
        if (i + 1 == ranked.size() || ranked[i + 1].score != ranked[i].score)
            curve.points.append(
                {ranked[i].score, double(falseAlarms) / totals.clearScans, double(detected) / totals.targetScans});
    }
    if (curve.points.last().pfa != 1 || curve.points.last().pd != 1)
        curve.points.append({std::nullopt, 1, 1});
    return curve;
}

RocCurve RocCurve::compute(const QList<MachineAnswer> &answers, const TruthByScan &truth, const QStringList &categories)
{
    return compute(pairWithTruth(answers, truth), categories);
}

QJsonObject RocCurve::toJson() const
{
    QJsonArray array;
    for (const RocPoint &point : points) {
        QJsonObject json{{QStringLiteral("pfa"), point.pfa}, {QStringLiteral("pd"), point.pd}};
        if (point.threshold)
            json.insert(QStringLiteral("threshold"), *point.threshold);
        array.append(json);
    }
    return {{QStringLiteral("points"), array}};
}

RocCurve RocCurve::fromJson(const QJsonObject &json)
{
    RocCurve curve;
    for (const QJsonValue &value : json.value(QStringLiteral("points")).toArray()) {
        const QJsonObject point = value.toObject();
        const QJsonValue threshold = point.value(QStringLiteral("threshold"));
        curve.points.append({threshold.isDouble() ? std::optional<double>(threshold.toDouble()) : std::nullopt,
                             point.value(QStringLiteral("pfa")).toDouble(),
                             point.value(QStringLiteral("pd")).toDouble()});
    }
    return curve;
}

} // namespace pen
