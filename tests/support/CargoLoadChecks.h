// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ContainerLoad.h"

#include <vector>

namespace pen::test {

/// Whether inner lies inside outer, slack cm allowed on every side.
inline bool within(const Bounds3 &inner, const Bounds3 &outer, double slack = 0.01)
{
    return inner.min.x >= outer.min.x - slack && inner.min.y >= outer.min.y - slack
        && inner.min.z >= outer.min.z - slack && inner.max.x <= outer.max.x + slack
        && inner.max.y <= outer.max.y + slack && inner.max.z <= outer.max.z + slack;
}

/// The world box of some of a load's solids.
inline Bounds3 boundsOf(const CargoLoad &load, const std::vector<size_t> &objects)
{
    Bounds3 all;
    for (size_t i : objects)
        all.include(load.scene[i].solid->bounds());
    return all;
}

} // namespace pen::test
