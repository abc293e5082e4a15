// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ContainerLoad.h"

namespace pen {

/// Cars and vans in 3-D as a MeV cargo portal sees them, in the frame of ContainerLoad.h (cm): the
/// vehicle drives along +y, x = 0 is its side nearest the source, z = 0 the road. Built from shells:
/// body panels and pillars (thin steel seen edge-on), glazing, an engine block with its bores, the
/// gearbox, coil springs and dampers, seat wire frames and foam, a fuel tank with its level, wheels
/// and the spare wheel; a van carries cartons in the back. plan.contraband is hidden where
/// smugglers hide it in vehicles, each item in a place drawn among many (VehicleHiding): door and
/// sill cavities, the dashboard, the roof lining, a false floor, the fuel tank, the spare wheel's
/// well, the seats, the van's cartons, the boot floor or a footwell.
/// The returned load's targets follow ContainerLoad's conventions (ids o1, o2, ...; a false floor as
/// its own target where plan.recordCompartment); its shipment is the van's cartons (t-shirts), or
/// none for a car; container is the body's box. Pure: the same random state gives the same vehicle.
namespace VehicleLoad {

CargoLoad build(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table);

} // namespace VehicleLoad
} // namespace pen
