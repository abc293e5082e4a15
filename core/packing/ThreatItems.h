// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackableItem.h"

/// Threats as plausible 3-D items (not CAD): the parts and materials that decide how they look in
/// a scan. Each item's category is a built-in ThreatCategories key.
namespace pen::ThreatItems {

PackableItem pistol(std::mt19937 &engine);       ///< weapon: steel slide, barrel, magazine, polymer frame
PackableItem knife(std::mt19937 &engine);        ///< weapon: steel blade and tang, plastic scales
PackableItem cocaineBrick(std::mt19937 &engine); ///< narcotics: 1 kg pressed brick in film and tape
PackableItem heroinBrick(std::mt19937 &engine);  ///< narcotics: 1 kg pressed brick in film and tape
PackableItem pipeBomb(std::mt19937 &engine);     ///< explosive: capped steel pipe, filler, wires, battery
PackableItem cigarettes(std::mt19937 &engine);   ///< cigarettes: cartons of tobacco
PackableItem banknotes(std::mt19937 &engine);    ///< currency: banded bundles of notes

} // namespace pen::ThreatItems
