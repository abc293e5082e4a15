// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

namespace pen {

/// A cylinder with hemispherical ends round its local z axis, centred on its placement: the
/// straight part is length long, the whole capsule length + 2·radius; cm.
class CapsuleSolid final : public Solid {
public:
    CapsuleSolid(double radius, double length, const Placement &placement)
        : Solid(placement), m_radius(radius), m_halfLength(length / 2)
    {
    }

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override
    {
        return {{-m_radius, -m_radius, -m_halfLength - m_radius}, {m_radius, m_radius, m_halfLength + m_radius}};
    }

private:
    double m_radius;
    double m_halfLength;
};

} // namespace pen
