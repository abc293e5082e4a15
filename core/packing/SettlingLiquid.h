// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Placement.h"
#include "volume/Solid.h"

#include <cstddef>
#include <memory>

namespace pen {

/// A liquid in a closed cylinder that lies along its item's x axis (bottles, cans, shampoo): however
/// the packer turns the item about that axis, the liquid settles at the bottom under a level surface.
struct SettlingLiquid {
    size_t object = 0; ///< the item's part that is the liquid
    Vec3 centre;       ///< the cavity's centre, item frame (cm)
    double radius = 0; ///< the cavity's
    double length = 0;
    double fill = 0; ///< the share of the cavity's volume that is liquid, 0..1
};

/// The liquid as it lies when its item is turned by pose, as a CylinderSegment in the item's frame.
/// The packer's poses keep the item's x axis level; what little of "up" lies along the axis is
/// ignored.
std::shared_ptr<const Solid> settledLiquid(const SettlingLiquid &liquid, const Rotation &pose);

/// The level (from the axis, −radius..radius) under which a circle of radius holds share of its
/// area.
double levelForShare(double radius, double share);

} // namespace pen
