// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackableItem.h"

/// Garments as stacks of thin folded sheets (ClothSheet), so that folds seen edge-on show as the
/// web of fine lines of a real scan. A folded garment weighs 0.25–0.9 g/cm² over its footprint
/// (a T-shirt of 200 g to a pair of jeans of 700 g, folded to 30 × 25 cm).
namespace pen::ClothingItems {

PackableItem foldedGarment(std::mt19937 &engine); ///< shirt, sweater or jeans (with rivets and a zip)
PackableItem smallGarment(std::mt19937 &engine);  ///< rolled socks or folded underwear

/// Heights (cm, row-major columns × rows) of a crumpled sheet: creases and soft waves of up to
/// amplitude, never below 0.
std::vector<double> foldHeights(std::mt19937 &engine, int columns, int rows, double amplitude);

} // namespace pen::ClothingItems
