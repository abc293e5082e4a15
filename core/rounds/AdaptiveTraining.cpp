// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "rounds/AdaptiveTraining.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace pen::AdaptiveTraining {
namespace {

constexpr double MediumScore = 0.5; // a target without a measured difficulty

bool isTarget(const GroundTruthObject &object)
{
    return object.category != QLatin1String("other");
}

// The scan's hardest target of category, or nothing where it holds none.
std::optional<double> hardestOf(const Scan &scan, const QString &category)
{
    std::optional<double> hardest;
    for (const GroundTruthObject &object : scan.truth) {
        if (object.category != category)
            continue;
        const double score = object.difficulty ? difficultyScore(*object.difficulty) : MediumScore;
        hardest = std::max(hardest.value_or(0.0), score);
    }
    return hardest;
}

QStringList categoriesOf(const ImageSet &set)
{
    QStringList categories;
    for (const ImageSetEntry &entry : set.entries)
        for (const GroundTruthObject &object : entry.scan.truth)
            if (isTarget(object) && !categories.contains(object.category))
                categories.append(object.category);
    categories.sort();
    return categories;
}

} // namespace

double difficultyScore(const Difficulty &difficulty)
{
    const double turned = std::min(std::abs(difficulty.rotationDeg), 90.0) / 90.0;
    return std::clamp(0.6 * difficulty.overlap + 0.3 * difficulty.clutter + 0.1 * turned, 0.0, 1.0);
}

QMap<QString, int> scanLevels(const ImageSet &set, const QString &category)
{
    std::vector<std::pair<double, QString>> scored;
    for (const ImageSetEntry &entry : set.entries)
        if (const std::optional<double> score = hardestOf(entry.scan, category))
            scored.push_back({*score, entry.scan.id});
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QMap<QString, int> levels;
    for (size_t rank = 0; rank < scored.size(); ++rank)
        levels.insert(scored[rank].second, 1 + int(rank * LevelCount / scored.size()));
    return levels;
}

QList<QMap<QString, int>> levelsOverRounds(const QList<QMap<QString, SignalDetection>> &rounds)
{
    QList<QMap<QString, int>> history;
    QMap<QString, int> levels;
    for (const QMap<QString, SignalDetection> &round : rounds) {
        for (auto it = round.cbegin(); it != round.cend(); ++it) {
            int &level = levels[it.key()];
            level = std::max(level, 1);
            const SignalDetection &result = it.value();
            if (result.hits + result.misses < MinTargetScans)
                continue;
            if (result.hitRate() >= RaiseAtHitRate)
                level = std::min(level + 1, LevelCount);
            else if (result.hitRate() < LowerBelowHitRate)
                level = std::max(level - 1, 1);
        }
        history.append(levels);
    }
    return history;
}

QList<ImageSetEntry> scansAtLevels(const ImageSet &set, const QMap<QString, int> &levels, quint32 seed)
{
    std::mt19937 random(seed);
    QList<const ImageSetEntry *> targets;
    QList<const ImageSetEntry *> clear;
    for (const ImageSetEntry &entry : set.entries) {
        const bool holdsTarget = std::any_of(entry.scan.truth.cbegin(), entry.scan.truth.cend(), isTarget);
        (holdsTarget ? targets : clear).append(&entry);
    }
    // A target scan's distance from the trainee's level, over the categories it holds.
    QMap<QString, int> distance;
    for (const QString &category : categoriesOf(set)) {
        const int wanted = levels.value(category, 1);
        const QMap<QString, int> byScan = scanLevels(set, category);
        for (auto it = byScan.cbegin(); it != byScan.cend(); ++it) {
            const int away = std::abs(it.value() - wanted);
            distance[it.key()] = distance.contains(it.key()) ? std::min(distance[it.key()], away) : away;
        }
    }
    std::shuffle(targets.begin(), targets.end(), random);
    std::shuffle(clear.begin(), clear.end(), random);
    std::stable_sort(targets.begin(), targets.end(), [&](const ImageSetEntry *a, const ImageSetEntry *b) {
        return distance.value(a->scan.id) < distance.value(b->scan.id);
    });
    const int total = std::min<int>(ScansPerRound, int(set.entries.size()));
    const int clearWanted
        = set.entries.isEmpty() ? 0 : int(std::lround(double(total) * clear.size() / set.entries.size()));
    const int clearTaken = std::min<int>(clearWanted, int(clear.size()));
    const int targetTaken = std::min<int>(total - clearTaken, int(targets.size()));
    QList<ImageSetEntry> round;
    for (int i = 0; i < targetTaken; ++i)
        round.append(*targets[i]);
    for (int i = 0; i < clearTaken; ++i)
        round.append(*clear[i]);
    std::shuffle(round.begin(), round.end(), random);
    return round;
}

} // namespace pen::AdaptiveTraining
