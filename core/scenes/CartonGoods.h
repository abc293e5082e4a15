// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/GoodsPacking.h"

/// Goods in cartons or crates on pallets, with their regular insides as lattices in each carton.
namespace pen::CartonGoods {

GoodsPacking tiles(SceneRandom &random);         ///< 60 × 60 cm porcelain tiles, four to a carton
GoodsPacking shirts(SceneRandom &random);        ///< folded T-shirts in layers
GoodsPacking furniture(SceneRandom &random);     ///< flat-packed chipboard panels and their fittings
GoodsPacking apples(SceneRandom &random);        ///< apples in rows and layers in crates
GoodsPacking bottledDrinks(SceneRandom &random); ///< 24 glass bottles of beer to a carton
GoodsPacking cannedDrinks(SceneRandom &random);  ///< 24 aluminium cans to a shrink-wrapped tray

} // namespace pen::CartonGoods
