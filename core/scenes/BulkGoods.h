// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/GoodsPacking.h"

/// Goods that are not in cartons: rolls, tyres, bales, pressed scrap and crated machinery.
namespace pen::BulkGoods {

GoodsPacking fabricRolls(SceneRandom &random);  ///< polyester fabric on card cores, on pallets
GoodsPacking tyres(SceneRandom &random);        ///< car tyres stacked flat on the floor
GoodsPacking cottonBales(SceneRandom &random);  ///< 225 kg universal-density bales with steel ties
GoodsPacking scrapBundles(SceneRandom &random); ///< pressed bundles of steel scrap
GoodsPacking machinery(SceneRandom &random);    ///< plywood crates of steel parts and motors

} // namespace pen::BulkGoods
