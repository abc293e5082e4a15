// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/SettlingLiquid.h"

#include "volume/CylinderSegment.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pen {

double levelForShare(double radius, double share)
{
    const double wanted = std::clamp(share, 0.0, 1.0) * std::numbers::pi * radius * radius;
    double low = -radius, high = radius;
    // The area under the level grows monotonically with it: 60 halvings leave no visible error.
    for (int i = 0; i < 60; ++i) {
        const double level = (low + high) / 2;
        if (CylinderSegment(radius, 1, level, {}).crossSectionCm2() < wanted)
            low = level;
        else
            high = level;
    }
    return (low + high) / 2;
}

std::shared_ptr<const Solid> settledLiquid(const SettlingLiquid &liquid, const Rotation &pose)
{
    // "Up" in the item's frame, across the axis. The segment's own axis is its local z and its
    // level surface faces its local y: turn z onto the item's x (as ItemShapes::alongX does, which
    // leaves y alone), then roll about x until y points up.
    const Vec3 up = pose.applyInverse({0, 0, 1});
    const double roll = std::atan2(up.z, up.y);
    const Rotation ontoX = Rotation::aboutAxis({0, 1, 0}, std::numbers::pi / 2);
    const Rotation turn = Rotation::aboutAxis({1, 0, 0}, roll) * ontoX;
    return std::make_shared<CylinderSegment>(liquid.radius, liquid.length, levelForShare(liquid.radius, liquid.fill),
                                             Placement{turn, liquid.centre});
}

} // namespace pen
