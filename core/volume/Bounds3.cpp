// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/Bounds3.h"

#include "volume/ChordMath.h"

#include <algorithm>

namespace pen {

void Bounds3::include(Vec3 p)
{
    min = {std::min(min.x, p.x), std::min(min.y, p.y), std::min(min.z, p.z)};
    max = {std::max(max.x, p.x), std::max(max.y, p.y), std::max(max.z, p.z)};
}

void Bounds3::include(const Bounds3 &other)
{
    if (!other.isEmpty()) {
        include(other.min);
        include(other.max);
    }
}

Bounds3 Bounds3::expanded(double margin) const
{
    const Vec3 m{margin, margin, margin};
    return isEmpty() ? *this : Bounds3{min - m, max + m};
}

bool Bounds3::crossedBy(const Ray &ray) const
{
    return !isEmpty() && !slabInterval(ray, min, max).isEmpty();
}

Vec3 Bounds3::corner(int index) const
{
    return {index & 1 ? max.x : min.x, index & 2 ? max.y : min.y, index & 4 ? max.z : min.z};
}

} // namespace pen
