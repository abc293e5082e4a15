// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/CylinderSegment.h"

#include "volume/ChordMath.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pen {

double CylinderSegment::localChordLength(const Ray &localRay) const
{
    const Vec3 caps{m_radius, m_radius, m_halfLength};
    const Interval round = zCylinderInterval(localRay, m_radius).intersected(slabInterval(localRay, -caps, caps));
    return clippedToHalfSpace(localRay, round, {0, 1, 0}, m_level).length();
}

double CylinderSegment::crossSectionCm2() const
{
    // The circle less the cap above the level.
    const double h = std::clamp(m_level, -m_radius, m_radius), r = m_radius;
    const double cap = r * r * std::acos(h / r) - h * std::sqrt(r * r - h * h);
    return std::numbers::pi * r * r - cap;
}

} // namespace pen
