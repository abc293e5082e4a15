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
    QStringList places;          ///< per item: where it is, for its ground-truth note
    Bounds3 falseFloor;          ///< the plate over the items hidden under it; empty when none
    Bounds3 falseBulkhead;       ///< a steel sheet before a van's bulkhead or a car's rear seat; empty when none
    Bounds3 cargoSpace;          ///< a van's room for its cartons, above any false floor
    int amongCartons = 0;        ///< items that go into a van's cartons
};

/// How smugglers use cars and vans, each item in a place drawn at random among those its
/// concealment allows (two items share a place only when there are more items than places):
/// BehindDense behind panels (a door's cavity behind its skin and intrusion beam, a sill, a
/// pillar, the dashboard, the roof lining, a van's side linings); FalseWall in a built compartment (under a
/// steel plate laid over the boot or load floor, always so where the plan records the
/// compartment, in the fuel tank, before a car's rear seat back or a van's bulkhead); InsideGoods in what the vehicle
/// carries (under the spare wheel, in a seat's cushion or backrest, in the van's cartons); Open on the boot
/// floor, in a footwell, on a seat or the parcel shelf, in the van's doorway.
namespace VehicleHiding {

VehicleHidingPlan plan(const ScenePlan &plan, const VehicleFrame &frame, SceneRandom &random);

} // namespace VehicleHiding
} // namespace pen
