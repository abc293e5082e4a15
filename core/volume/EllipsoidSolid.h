// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

namespace pen {

/// An ellipsoid of semi-axes (cm) along its local x, y, z, centred on its placement; a sphere when
/// they are equal.
class EllipsoidSolid final : public Solid {
public:
    EllipsoidSolid(Vec3 semiAxes, const Placement &placement) : Solid(placement), m_semiAxes(semiAxes) {}
    static EllipsoidSolid sphere(double radius, Vec3 centre)
    {
        return EllipsoidSolid({radius, radius, radius}, Placement::at(centre));
    }

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override { return {-m_semiAxes, m_semiAxes}; }

private:
    Vec3 m_semiAxes;
};

} // namespace pen
