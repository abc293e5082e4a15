// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "scoring/SignalDetection.h"

#include <QList>
#include <QMap>
#include <QString>

/// Adaptive training: each trainee has a difficulty level per threat category that rises with good
/// results and falls with misses, and the next round draws that category's targets at that level.
/// Computer-based X-ray training (CASRA's X-Ray Tutor) adapts each trainee's images per threat
/// category in the same spirit; the rule here is a plain up-down staircase (docs/scoring.md).
namespace pen::AdaptiveTraining {

constexpr int LevelCount = 3;             ///< 1 easy, 2 medium, 3 hard
constexpr int MinTargetScans = 2;         ///< a category's round with fewer target scans moves no level
constexpr double RaiseAtHitRate = 0.75;   ///< at or above: one level up
constexpr double LowerBelowHitRate = 0.5; ///< below: one level down
constexpr int ScansPerRound = 12;         ///< an adaptive round's length, where the set has that many

/// How hard a target is to find, 0 to 1, from what the generator measured: superposition weighs
/// most, then the clutter around it, then how far it is turned from its usual pose.
double difficultyScore(const Difficulty &difficulty);

/// The level of each target scan of category in the set: the set's scans that hold a target of
/// that category, in thirds by their hardest such target's difficultyScore (the easiest third 1).
/// Targets without a measured difficulty count as medium.
QMap<QString, int> scanLevels(const ImageSet &set, const QString &category);

/// Levels per category after each round, oldest first, from each round's results per category
/// (hits and misses of the scans holding such a target): every category starts at 1; after a
/// round with at least MinTargetScans of its target scans, a hit rate of RaiseAtHitRate or more
/// raises it by one, one below LowerBelowHitRate lowers it by one, within 1..LevelCount.
QList<QMap<QString, int>> levelsOverRounds(const QList<QMap<QString, SignalDetection>> &rounds);

/// The scans of the next round: of each category's target scans, those at the trainee's level
/// first, then the nearest levels (a category without a level counts as level 1); the set's clear
/// scans in the set's proportion; ScansPerRound in all where the set has them, in an order drawn
/// from seed.
QList<ImageSetEntry> scansAtLevels(const ImageSet &set, const QMap<QString, int> &levels, quint32 seed);

} // namespace pen::AdaptiveTraining
