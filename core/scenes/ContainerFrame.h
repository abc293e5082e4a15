// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Bounds3.h"

namespace pen {

/// Where a container stands in the cargo scanner's frame (cm; see ContainerLoad.h): its doors at
/// y = 0, its front wall (towards the tractor) at y = length, its bottom rails on the trailer at
/// BottomZ, and the load space inside its walls.
struct ContainerFrame {
    static constexpr double Width = 243.8;   ///< ISO 668
    static constexpr double BottomZ = 112;   ///< underside of the bottom rails and corner castings
    static constexpr double FloorZ = 127;    ///< top of the plywood floor
    static constexpr double SideInset = 4.3; ///< a side wall's corrugation and sheet: 235.2 cm inside

    double length = 1219.2; ///< 605.8 (20 ft) or 1219.2 (40 ft)
    double height = 259.1;  ///< 289.6 for a high cube

    double top() const { return BottomZ + height; }
    Bounds3 outside() const { return {{0, 0, BottomZ}, {Width, length, top()}}; }
    /// The load space: between the corrugations, the door frame and the front wall, floor to roof.
    Bounds3 inside() const { return {{SideInset, 15.5, FloorZ}, {Width - SideInset, length - 6.5, top() - 5}}; }
};

} // namespace pen
