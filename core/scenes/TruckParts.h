// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/WeighedScene.h"

/// Parts that trailers and tractors share: wheels on axles and ladder-frame rails (cm, the cargo
/// scanner's frame; see ContainerLoad.h).
namespace pen::TruckParts {

/// Radius of a 22.5" lorry tyre (295/80 R22.5): axles stand this high above the road.
constexpr double TyreRadius = 48;

/// An axle across the rig at y, its wheels on the road: twin tyres a side (trailers, drive axles)
/// or one (steering axles), each a rubber torus with its steel belt on a steel rim and disc, and
/// the hubs with their brake drums.
void axle(WeighedScene &scene, double y, bool twin);

/// Two I-section rails along y from y0 to y1, centred on x = ±halfSpan round the rig's middle,
/// their tops at topZ; height and flange in cm.
void ladderRails(WeighedScene &scene, double y0, double y1, double halfSpan, double topZ, double height, double flange);

} // namespace pen::TruckParts
