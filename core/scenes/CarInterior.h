// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/VehicleFrame.h"
#include "scenes/WeighedScene.h"

/// The cab of a car or van (cm, the cargo scanner's frame: see VehicleLoad.h): seats of foam on
/// steel pans, runners and wire frames with their headrests, a rear bench in a car, the
/// dashboard over its cross-car beam, the steering column and wheel.
namespace pen::CarInterior {

void build(const VehicleFrame &frame, WeighedScene &scene);

} // namespace pen::CarInterior
