// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ContainerFrame.h"
#include "scenes/WeighedScene.h"

/// The steel box of an ISO container as a MeV scanner sees it: corrugated 1.6 mm side walls and a
/// 2 mm front wall and roof, corner posts and castings, top and bottom side rails, the door end
/// with its two corrugated leaves, their frames and four locking bars, and a 28 mm plywood floor
/// on steel cross members every 30 cm. About 55 solids whatever the length.
namespace pen::ContainerShell {

void build(const ContainerFrame &frame, WeighedScene &scene);

/// A corrugated steel sheet across the load space at y (its outer face towards +y), as smugglers
/// put in a few decimetres before the real front wall or as a partition of a compartment built
/// into the load; returns its index.
size_t falseFrontWall(const ContainerFrame &frame, double y, WeighedScene &scene);

/// Plywood (28 mm) on a 3 mm steel sheet over the whole load space, height above the real floor,
/// as smugglers lay one over a layer of contraband; returns their indices.
std::vector<size_t> falseFloor(const ContainerFrame &frame, double height, WeighedScene &scene);

/// A steel sheet (3 mm) on plywood (18 mm) under the roof over the stretch of the load space
/// from y0 to y1, its top at z, as smugglers hang one to make a roof cavity; returns their indices.
std::vector<size_t> falseCeiling(const ContainerFrame &frame, double y0, double y1, double z, WeighedScene &scene);

} // namespace pen::ContainerShell
