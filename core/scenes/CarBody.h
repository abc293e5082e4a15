// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/VehicleFrame.h"
#include "scenes/WeighedScene.h"

/// The body in white of a car or panel van and what is fixed to it (cm, the cargo scanner's frame:
/// see VehicleLoad.h): 0.8 mm steel side panels with their wheel arches, roof, bonnet and boot lid
/// (seen edge-on they make the thin lines of a scan), the floor pan with its tunnel, closed steel
/// sills, A, B and C pillars, doors with inner skins, intrusion beams and window frames, glazing,
/// and polypropylene bumpers over steel beams.
namespace pen::CarBody {

/// The shell, doors and glazing of the vehicle frame describes.
void build(const VehicleFrame &frame, WeighedScene &scene);

} // namespace pen::CarBody
