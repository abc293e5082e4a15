// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/HollowSolid.h"

#include "volume/BoxSolid.h"
#include "volume/CylinderSolid.h"
#include "volume/EllipsoidSolid.h"
#include "volume/TorusSolid.h"

#include <algorithm>

namespace pen {

double HollowSolid::localChordLength(const Ray &ray) const
{
    const double outer = m_outer->chordLength(ray);
    if (outer <= 0)
        return 0;
    // The cavity is inside the outer solid, so a ray that misses the outer misses it too.
    return std::max(0.0, outer - m_cavity->chordLength(ray));
}

std::shared_ptr<const Solid> hollowBox(Vec3 size, double wall, const Placement &placement)
{
    const Vec3 inner = size - Vec3{2 * wall, 2 * wall, 2 * wall};
    return std::make_shared<HollowSolid>(std::make_shared<BoxSolid>(size, placement),
                                         std::make_shared<BoxSolid>(inner, placement));
}

std::shared_ptr<const Solid> hollowEllipsoid(Vec3 semiAxes, double wall, const Placement &placement)
{
    // A cavity with semi-axes shorter by wall: the wall is exactly wall thick on the axes and
    // at least as thick elsewhere (exact for a sphere).
    const Vec3 inner = semiAxes - Vec3{wall, wall, wall};
    return std::make_shared<HollowSolid>(std::make_shared<EllipsoidSolid>(semiAxes, placement),
                                         std::make_shared<EllipsoidSolid>(inner, placement));
}

std::shared_ptr<const Solid> hollowCylinder(double radius, double length, double wall, const Placement &placement)
{
    return std::make_shared<HollowSolid>(std::make_shared<CylinderSolid>(radius, length, placement),
                                         std::make_shared<CylinderSolid>(radius - wall, length - 2 * wall, placement));
}

std::shared_ptr<const Solid> hollowTorus(double majorRadius, double minorRadius, double wall,
                                         const Placement &placement)
{
    return std::make_shared<HollowSolid>(std::make_shared<TorusSolid>(majorRadius, minorRadius, placement),
                                         std::make_shared<TorusSolid>(majorRadius, minorRadius - wall, placement));
}

} // namespace pen
