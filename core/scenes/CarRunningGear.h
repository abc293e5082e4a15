// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/VehicleFrame.h"
#include "scenes/WeighedScene.h"

/// What moves a car or van, in the cargo scanner's frame (cm; see VehicleLoad.h): a transverse
/// four-cylinder engine (cast-iron block with its liners, crankshaft and pistons, aluminium head
/// and sump), the gearbox and driveshafts, radiator, battery, exhaust and silencer, coil springs
/// round their dampers, the axles, four wheels and the spare, and the fuel tank with its fuel.
namespace pen::CarRunningGear {

/// random draws the fuel level and whether the rims are steel or aluminium.
void build(const VehicleFrame &frame, WeighedScene &scene, SceneRandom &random);

/// One wheel: a rubber tyre (hollow torus) with its steel belt, the rim, and where hub is true
/// the brake (disc and calliper, a drum on a van's rear axle) and the knuckle inboard of it;
/// alongX for a wheel on its axle, otherwise lying flat.
void wheel(const VehicleFrame &frame, WeighedScene &scene, Vec3 centre, bool alongX, bool alloy, bool hub);

} // namespace pen::CarRunningGear
