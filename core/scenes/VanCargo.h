// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/GoodsPacking.h"

#include <vector>

namespace pen {

/// A van's cartons as loaded: one block against the bulkhead, three abreast, some rows and
/// layers, with cartons taken out of it for hidden items (their empty cartons left in place).
struct VanCartons {
    std::vector<size_t> objects;  ///< the goods' solids
    int units = 0;                ///< full cartons
    double massKg = 0;            ///< of the full cartons
    std::vector<Bounds3> hollows; ///< inside each emptied carton, for what is hidden there
};

namespace VanCargo {

/// Cartons of packing (a CargoGoods kind in cartons, such as t-shirts) filling part of space
/// (world box, cm) from its floor, with emptied cartons for the items hidden among them.
VanCartons load(const GoodsPacking &packing, const Bounds3 &space, int emptied, WeighedScene &scene,
                SceneRandom &random);

} // namespace VanCargo
} // namespace pen
