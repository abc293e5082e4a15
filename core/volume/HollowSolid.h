// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <memory>

namespace pen {

/// A shell: the outer solid less a cavity, for suitcases, bottles, cans, pipes, boxes of goods.
/// The chord is outer chord − inner chord, exact when the cavity lies inside the outer solid (the
/// factories below make sure of it; a cavity poking out would give a chord that is too short).
class HollowSolid final : public Solid {
public:
    HollowSolid(std::shared_ptr<const Solid> outer, std::shared_ptr<const Solid> cavity)
        : m_outer(std::move(outer)), m_cavity(std::move(cavity))
    {
    }

    Bounds3 bounds() const override { return m_outer->bounds(); }

protected:
    // The parts are placed in the world already; this solid's own placement is the identity.
    double localChordLength(const Ray &ray) const override;
    Bounds3 localBounds() const override { return m_outer->bounds(); }

private:
    std::shared_ptr<const Solid> m_outer;
    std::shared_ptr<const Solid> m_cavity;
};

/// Shells of wall thickness wall (cm) round the named solids, with the same sizes and placement
/// as BoxSolid, EllipsoidSolid, CylinderSolid (closed at both caps) and TorusSolid.
std::shared_ptr<const Solid> hollowBox(Vec3 size, double wall, const Placement &placement);
std::shared_ptr<const Solid> hollowEllipsoid(Vec3 semiAxes, double wall, const Placement &placement);
std::shared_ptr<const Solid> hollowCylinder(double radius, double length, double wall, const Placement &placement);
std::shared_ptr<const Solid> hollowTorus(double majorRadius, double minorRadius, double wall,
                                         const Placement &placement);

} // namespace pen
