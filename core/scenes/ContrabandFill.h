// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneRandom.h"
#include "scenes/WeighedScene.h"

#include <array>
#include <vector>

namespace pen {

/// Contraband put into a container, with what its ground truth says of it.
struct ContrabandGoods {
    QString category; ///< a ThreatCategories key, or "other" for undeclared goods
    QString material;
    QString note;
    double massKg = 0;
    std::vector<size_t> objects; ///< its solids in the scene
};

/// Contraband as smugglers load it into containers, filling a space (world box, cm) from its
/// floor: master cases of cigarettes (58 × 45 × 30 cm, 50 cartons of tobacco at about 0.22 g/cm³)
/// stacked in a regular block, 1 kg bricks of cocaine or heroin in film, bales of textiles, or one
/// weapon, explosive device or bundle of banknotes (the 3-D items of ThreatItems) lying flat.
namespace ContrabandFill {

/// The turn of a box (its sides along x, y, z) that fits most copies of it into space, and how
/// many fit along each axis.
Vec3 bestTurn(Vec3 size, Vec3 space, std::array<int, 3> &counts);

/// kind: cigarettes, cocaine, heroin, pistol, knife, explosive, currency, or textile-bales.
/// share (0..1] of the space to fill for the goods that come in bulk.
ContrabandGoods fill(const QString &kind, const Bounds3 &space, double share, WeighedScene &scene, SceneRandom &random);

/// Bricks of drug (cocaine_hcl or heroin_base) in the hollow of car tyres lying flat on a grid of
/// cells from min, eight 1 kg bricks round each tyre (BulkGoods::tyres' sizes).
ContrabandGoods inTyres(const QString &drug, Vec3 min, std::array<int, 3> counts, Vec3 cell, WeighedScene &scene);

/// A crate of steel plates in space, so that what lies behind it is on the same rays as dense
/// goods; returns its solids.
std::vector<size_t> steelCover(const Bounds3 &space, WeighedScene &scene, SceneRandom &random);

} // namespace ContrabandFill
} // namespace pen
