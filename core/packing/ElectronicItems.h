// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackableItem.h"

/// Electronics as they look inside: metal frames, lithium cells, boards, copper windings.
namespace pen::ElectronicItems {

PackableItem phone(std::mt19937 &engine);     ///< glass, aluminium frame, pouch cell, board
PackableItem laptop(std::mt19937 &engine);    ///< shell, 18650 cells, board, heat pipe, keyboard plate
PackableItem charger(std::mt19937 &engine);   ///< case, transformer, pins, coiled cable
PackableItem hairDryer(std::mt19937 &engine); ///< barrel, motor, heating coil, handle, cable

} // namespace pen::ElectronicItems
