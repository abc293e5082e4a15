// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/CapsuleSolid.h"

#include "volume/ChordMath.h"

#include <algorithm>

namespace pen {

double CapsuleSolid::localChordLength(const Ray &localRay) const
{
    // The capsule is convex and the union of its straight part and two end spheres, so the line's
    // chord is one interval from the first entry into any part to the last exit.
    const Vec3 caps{m_radius, m_radius, m_halfLength};
    const Vec3 radii{m_radius, m_radius, m_radius};
    const Interval parts[]
        = {zCylinderInterval(localRay, m_radius).intersected(slabInterval(localRay, -caps, caps)),
           ellipsoidInterval({localRay.origin - Vec3{0, 0, m_halfLength}, localRay.direction}, radii),
           ellipsoidInterval({localRay.origin + Vec3{0, 0, m_halfLength}, localRay.direction}, radii)};
    Interval hull = Interval::empty();
    for (const Interval &part : parts) {
        if (part.isEmpty())
            continue;
        hull = hull.isEmpty() ? part : Interval{std::min(hull.enter, part.enter), std::max(hull.exit, part.exit)};
    }
    return hull.length();
}

} // namespace pen
