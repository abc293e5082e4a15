// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/CategoryBreakdown.h"

#include "imageset/ImageSet.h"

#include <algorithm>

namespace pen {
namespace {

QString keyOf(const RoundSettings &settings, const GroundTruthObject &object)
{
    return settings.type == RoundType::DeclarationCheck ? object.inconsistency : object.category;
}

void countObjects(QHash<QString, int> &counts, const QStringList &ids, const QList<GroundTruthObject> &truth,
                  const RoundSettings &settings)
{
    for (const QString &id : ids) {
        const auto object
            = std::find_if(truth.begin(), truth.end(), [&](const GroundTruthObject &o) { return o.id == id; });
        if (object != truth.end())
            ++counts[keyOf(settings, *object)];
    }
}

} // namespace

void CategoryBreakdown::addRound(const RoundSettings &settings, const ImageSet &set, const RoundResult &result)
{
    for (qsizetype i = 0; i < result.outcomes.size() && i < result.answers.size(); ++i) {
        const ScanOutcome &outcome = result.outcomes[i];
        const Answer &answer = result.answers[i];
        if (outcome.truthUnknown)
            continue; // neither a target nor a clear scan
        if (outcome.targetCount() == 0) {
            ClearScan scan;
            for (const Mark &mark : answer.marks)
                scan.markCategories.insert(mark.category);
            m_clearScans.append(scan);
            continue;
        }
        const ImageSetEntry *entry = set.find(outcome.scanId);
        const QList<GroundTruthObject> truth = entry ? entry->scan.truth : QList<GroundTruthObject>();
        TargetScan scan;
        countObjects(scan.hit, outcome.hitObjects, truth, settings);
        countObjects(scan.missed, outcome.missedObjects, truth, settings);
        scan.responseSeconds = answer.responseSeconds;
        m_targetScans.append(scan);
    }
}

CategoryBreakdown CategoryBreakdown::ofRound(const RoundSettings &settings, const ImageSet &set,
                                             const RoundResult &result)
{
    CategoryBreakdown breakdown;
    breakdown.addRound(settings, set, result);
    return breakdown;
}

QList<CategoryBreakdown::Row> CategoryBreakdown::rows() const
{
    QSet<QString> categories;
    for (const TargetScan &scan : m_targetScans) {
        for (auto it = scan.hit.keyBegin(); it != scan.hit.keyEnd(); ++it)
            categories.insert(*it);
        for (auto it = scan.missed.keyBegin(); it != scan.missed.keyEnd(); ++it)
            categories.insert(*it);
    }
    QStringList keys(categories.begin(), categories.end());
    keys.sort();
    QList<Row> rows;
    for (const QString &key : keys)
        rows.append(rowFor(key));
    return rows;
}

std::optional<CategoryBreakdown::Row> CategoryBreakdown::row(const QString &category) const
{
    const Row found = rowFor(category);
    if (found.detection.hits + found.detection.misses == 0)
        return std::nullopt;
    return found;
}

CategoryBreakdown::Row CategoryBreakdown::rowFor(const QString &category) const
{
    Row row;
    row.category = category;
    double totalSeconds = 0;
    for (const TargetScan &scan : m_targetScans) {
        const int hit = scan.hit.value(category);
        const int missed = scan.missed.value(category);
        if (hit + missed == 0)
            continue;
        row.objectsHit += hit;
        row.objectsMissed += missed;
        ++(hit > 0 ? row.detection.hits : row.detection.misses);
        totalSeconds += scan.responseSeconds;
    }
    for (const ClearScan &scan : m_clearScans) {
        const bool alarm = scan.markCategories.contains(category) || scan.markCategories.contains(QString());
        ++(alarm ? row.detection.falseAlarms : row.detection.correctRejections);
    }
    const int targetScans = row.detection.hits + row.detection.misses;
    row.meanResponseSeconds = targetScans > 0 ? totalSeconds / targetScans : 0;
    return row;
}

} // namespace pen
