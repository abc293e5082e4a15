// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Declaration.h"
#include "scenes/CargoGoods.h"
#include "scenes/SceneRandom.h"

namespace pen::DeclarationMaker {

/// Packaging and pallets on top of the goods' own mass in a declared gross weight.
constexpr double PackagingFraction = 0.05;
/// A consistent declaration's weight is within this fraction of the simulated gross mass.
constexpr double WeightTolerance = 0.1;

/// What the declarant truthfully ships.
struct Shipment {
    GoodsKind goods;
    int units = 0;
    double goodsMassKg = 0; ///< density x volume of the simulated goods
};

/// A declaration that matches the shipment (weight within ±3 % of mass plus packaging).
Declaration honest(const Shipment &shipment, SceneRandom &random);
/// A declaration that disagrees with the shipment in the way kind says: wrong-goods (other goods,
/// other HS code), wrong-quantity (a third to a half of the units) or wrong-weight (far off).
/// undeclared-goods gives an honest declaration: the scene adds the goods it does not name.
Declaration inconsistent(const QString &kind, const Shipment &shipment, SceneRandom &random);

} // namespace pen::DeclarationMaker
