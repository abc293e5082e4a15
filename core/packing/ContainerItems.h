// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackableItem.h"

/// Hollow things with something in them: a thin wall and a liquid or paste up to a level.
/// The liquid lies at the bottom of the container under a level surface, however it is packed
/// (PackableItem::liquids).
namespace pen::ContainerItems {

PackableItem bottle(std::mt19937 &engine);      ///< glass or PET, with a cap
PackableItem drinksCan(std::mt19937 &engine);   ///< aluminium can
PackableItem toiletryKit(std::mt19937 &engine); ///< a pouch of shampoo, spray can, toothpaste, razor

} // namespace pen::ContainerItems
