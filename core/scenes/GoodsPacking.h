// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneRandom.h"
#include "scenes/WeighedScene.h"

#include <array>
#include <functional>

namespace pen {

/// How one kind of goods (a CargoGoods key) is packed in a container, in 3-D: the unit that
/// repeats on a regular grid (a carton, crate, roll, tyre, bale or bundle) and how to put a block
/// of units into a scene, with their real insides (bottles with beer, cans, tiles, folded shirts,
/// apples, panels, steel parts) and their real masses. Blocks are lattices (LatticeSolid), so a
/// block costs a handful of solids however many units it holds.
struct GoodsPacking {
    /// Puts a block of counts units (x, y, z) whose low corner is at min.
    using Placer = std::function<void(WeighedScene &, Vec3 min, std::array<int, 3> counts, SceneRandom &)>;

    QString key;
    Vec3 unit;             ///< the cell one unit takes, cm
    bool onPallets = true; ///< on 120 × 100 cm pallets two abreast, or loaded on the floor
    bool dense = false;    ///< metal: things behind it need no other cover (machinery, scrap)
    double unitMassKg = 0; ///< one unit with its packaging
    double minLoadKg = 0;  ///< what a 40 ft container of it typically weighs (a 20 ft about half)
    double maxLoadKg = 0;
    Placer place;
    Placer packaging; ///< only the cartons or crates, where goods were taken out (empty: loose goods)

    /// The packing of a kind; sizes are drawn once per container, as one load is of one make.
    static GoodsPacking forKind(const QString &key, SceneRandom &random, const AttenuationTable &table);
    /// A wooden pallet (cellulose 0.6 g/cm³) 100 cm across x, 120 cm along y, 14.4 cm high.
    static void pallet(WeighedScene &scene, Vec3 min);
    static constexpr double PalletHeight = 14.4;
};

} // namespace pen
