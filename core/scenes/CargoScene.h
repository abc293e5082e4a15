// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/DeclarationMaker.h"
#include "scenes/SceneDraft.h"
#include "scenes/ScenePlan.h"

namespace pen {

/// A cargo scene and what was truly loaded (for declarations and their tests).
struct CargoResult {
    SceneDraft draft;
    DeclarationMaker::Shipment shipment;
};

/// Side views of containers and vehicles, as a drive-through or gantry cargo scanner takes them.
/// See CargoGoods.h for why loads are lighter than real ones (kV physics, not MeV).
namespace CargoScene {

/// The pixel pitch of MeV cargo scanners (4-6 mm): a 40 ft container (12.19 m) is 3048 px long, a
/// 20 ft one (6.06 m) 1515 px; its view, trailer included, is about 3130 x 1030 px.
constexpr double ContainerPixelMm = 4;
constexpr double VehiclePixelMm = 4; ///< the same pitch: a van is about 1400 x 660 px, a car 1200 x 450

/// A 20 ft or 40 ft container on a trailer, loaded with pallets of one kind of goods (goodsKey, or
/// drawn when empty), plan.contraband hidden in it, and the declaration the plan asks for.
CargoResult container(const ScenePlan &plan, const QString &goodsKey, SceneRandom &random,
                      const AttenuationTable &table);
/// A car or a van (with cartons in the back) and plan.contraband in its usual hiding places.
CargoResult vehicle(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table);

} // namespace CargoScene
} // namespace pen
