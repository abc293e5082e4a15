// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackableItem.h"

/// The small and middling things of a bag, with the metal that makes them show: shanks, eyelets,
/// buckles, ribs, springs, coins, keys.
namespace pen::EverydayItems {

PackableItem shoe(std::mt19937 &engine);     ///< treaded rubber sole, steel shank, upper, brass eyelets
PackableItem book(std::mt19937 &engine);     ///< paper block in a board cover
PackableItem umbrella(std::mt19937 &engine); ///< folded: steel shaft and ribs in a nylon canopy
PackableItem belt(std::mt19937 &engine);     ///< rolled leather strap with a zinc buckle
PackableItem keys(std::mt19937 &engine);     ///< brass keys on a steel ring
PackableItem coins(std::mt19937 &engine);    ///< a purse of coins
PackableItem pen(std::mt19937 &engine);      ///< barrel, refill, spring, brass tip
PackableItem cable(std::mt19937 &engine);    ///< a coiled charging cable: copper in PVC, a steel plug shell
PackableItem wallet(std::mt19937 &engine);   ///< folded leather with plastic cards
PackableItem tablets(std::mt19937 &engine);  ///< a carton of blister strips: PVC and aluminium foil, tablets

} // namespace pen::EverydayItems
