// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/EvaluatedScan.h"

#include <algorithm>

namespace pen {

QList<DetectedObject> EvaluatedScan::detections(const QString &category) const
{
    if (!answered())
        return {};
    QList<DetectedObject> result;
    for (const DetectedObject &object : answer->objects) {
        if (category.isEmpty() || object.category == category)
            result.append(object);
    }
    return result;
}

QList<GroundTruthObject> EvaluatedScan::truthOf(const QString &category) const
{
    QList<GroundTruthObject> result;
    for (const GroundTruthObject &object : truth) {
        // An image-level label (no region) cannot be matched to a box: it counts at the image level only.
        if (!object.regions.isEmpty() && (category.isEmpty() || object.category == category))
            result.append(object);
    }
    return result;
}

bool EvaluatedScan::hasTargetOf(const QStringList &categories) const
{
    return std::any_of(truth.begin(), truth.end(), [&](const GroundTruthObject &object) {
        return categories.isEmpty() || categories.contains(object.category);
    });
}

bool EvaluatedScan::hasImageLevelTruth() const
{
    return std::any_of(truth.begin(), truth.end(),
                       [](const GroundTruthObject &object) { return object.regions.isEmpty(); });
}

QList<EvaluatedScan> pairWithTruth(const QList<MachineAnswer> &answers, const TruthByScan &truth)
{
    QHash<QString, const MachineAnswer *> firstAnswers;
    for (const MachineAnswer &answer : answers) {
        if (truth.contains(answer.scanId) && !firstAnswers.contains(answer.scanId))
            firstAnswers.insert(answer.scanId, &answer);
    }
    QStringList ids = truth.keys();
    std::sort(ids.begin(), ids.end());
    QList<EvaluatedScan> scans;
    for (const QString &id : ids) {
        EvaluatedScan scan{id, {}, firstAnswers.value(id, nullptr)};
        for (const GroundTruthObject &object : truth.value(id)) {
            if (object.inconsistency.isEmpty())
                scan.truth.append(object);
        }
        scans.append(scan);
    }
    return scans;
}

QStringList categoriesToEvaluate(const QStringList &categories, const QList<EvaluatedScan> &scans)
{
    if (!categories.isEmpty())
        return categories;
    QStringList found;
    for (const EvaluatedScan &scan : scans) {
        for (const GroundTruthObject &object : scan.truth) {
            if (!found.contains(object.category))
                found.append(object.category);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace pen
