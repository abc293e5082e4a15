// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ScenePlan.h"
#include "scenes/VehicleFrame.h"

#include <vector>

namespace pen {

/// Where each hidden item of a vehicle goes (world boxes, cm) and what the load gives up for it.
struct VehicleHidingPlan {
    std::vector<Bounds3> spaces; ///< per plan.contraband item; empty for one among a van's cartons
    Bounds3 falseFloor;          ///< the plate over the items hidden under it; empty when none
    Bounds3 cargoSpace;          ///< a van's room for its cartons, above any false floor
    int amongCartons = 0;        ///< items that go into a van's cartons
};

/// How smugglers use cars and vans: BehindDense in a door's cavity behind its skin and intrusion
/// beam (or in a sill when the doors are taken), FalseWall under a steel plate laid over the boot
/// or load floor, InsideGoods under the spare wheel in its well (a car) or in the van's cartons,
/// Open on the boot floor or in the van's doorway.
namespace VehicleHiding {

VehicleHidingPlan plan(const ScenePlan &plan, const VehicleFrame &frame, SceneRandom &random);

} // namespace VehicleHiding
} // namespace pen
