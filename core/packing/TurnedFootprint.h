// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/HeightMap.h"
#include "packing/PackableItem.h"
#include "volume/Bounds3.h"
#include "volume/Placement.h"

#include <vector>

/// What a turned thing covers seen from above: a slanted pen covers a thin strip across its box,
/// not the whole box, so that the packer can put other things in the corners it leaves.
namespace pen::TurnedFootprint {

/// The convex outline (x, y; z is 0) of the item's parts' boxes turned by pose, seen from above,
/// counter-clockwise; inside the box that the turned parts' bounds span.
std::vector<Vec3> outline(const PackableItem &item, const Rotation &pose);

/// The cells of a width × depth box of 1 cm cells that outline (cm from the box's corner) meets.
CellMask cellsUnder(const std::vector<Vec3> &outline, int width, int depth);

/// Whether two convex outlines overlap by more than tolerance (cm) along every separating axis.
bool overlap(const std::vector<Vec3> &a, const std::vector<Vec3> &b, double tolerance);

} // namespace pen::TurnedFootprint
