// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/FrocCurve.h"

#include "atd/DetectionMatching.h"

#include <QJsonArray>

#include <algorithm>

namespace pen {

FrocCurve FrocCurve::compute(const QList<EvaluatedScan> &scans, const QStringList &categories)
{
    FrocCurve curve;
    curve.scans = int(scans.size());
    QList<RankedDetection> ranking;
    for (const QString &category : categoriesToEvaluate(categories, scans)) {
        for (const EvaluatedScan &scan : scans) {
            ranking.append(matchDetections(scan, category, 0.5));
            curve.truthObjects += int(scan.truthOf(category).size());
        }
    }
    std::sort(ranking.begin(), ranking.end(),
              [](const RankedDetection &a, const RankedDetection &b) { return a.probability > b.probability; });
    int hits = 0, falsePositives = 0;
    for (qsizetype i = 0; i < ranking.size(); ++i) {
        (ranking[i].hit ? hits : falsePositives) += 1;
        if (i + 1 == ranking.size() || ranking[i + 1].probability != ranking[i].probability) {
            curve.points.append({ranking[i].probability, double(falsePositives) / curve.scans,
                                 curve.truthObjects > 0 ? double(hits) / curve.truthObjects : 0});
        }
    }
    return curve;
}

FrocCurve FrocCurve::compute(const QList<MachineAnswer> &answers, const TruthByScan &truth,
                             const QStringList &categories)
{
    return compute(pairWithTruth(answers, truth), categories);
}

QJsonObject FrocCurve::toJson() const
{
    QJsonArray array;
    for (const FrocPoint &point : points) {
        array.append(QJsonObject{{QStringLiteral("threshold"), point.threshold},
                                 {QStringLiteral("falsePositivesPerImage"), point.falsePositivesPerImage},
                                 {QStringLiteral("sensitivity"), point.sensitivity}});
    }
    return {{QStringLiteral("points"), array},
            {QStringLiteral("truthObjects"), truthObjects},
            {QStringLiteral("scans"), scans}};
}

FrocCurve FrocCurve::fromJson(const QJsonObject &json)
{
    FrocCurve curve;
    for (const QJsonValue &value : json.value(QStringLiteral("points")).toArray()) {
        const QJsonObject point = value.toObject();
        curve.points.append({point.value(QStringLiteral("threshold")).toDouble(),
                             point.value(QStringLiteral("falsePositivesPerImage")).toDouble(),
                             point.value(QStringLiteral("sensitivity")).toDouble()});
    }
    curve.truthObjects = json.value(QStringLiteral("truthObjects")).toInt();
    curve.scans = json.value(QStringLiteral("scans")).toInt();
    return curve;
}

} // namespace pen
