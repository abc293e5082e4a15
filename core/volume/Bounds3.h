// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Vec3.h"

#include <limits>

namespace pen {

/// An axis-aligned box, cm: what a ray must cross before a solid's chord is worth computing.
/// A default-constructed box is empty and grows with include().
struct Bounds3 {
    Vec3 min{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
             std::numeric_limits<double>::max()};
    Vec3 max{-std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
             -std::numeric_limits<double>::max()};

    bool isEmpty() const { return min.x > max.x || min.y > max.y || min.z > max.z; }
    void include(Vec3 p);
    void include(const Bounds3 &other);
    /// Grown by margin on every side.
    Bounds3 expanded(double margin) const;
    /// Whether the whole line through the ray crosses the box (touching counts).
    bool crossedBy(const Ray &ray) const;
    Vec3 corner(int index) const; ///< index 0..7, bit 0 = x, 1 = y, 2 = z
};

} // namespace pen
