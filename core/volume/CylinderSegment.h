// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <algorithm>

namespace pen {

/// The part of a cylinder (round its local z axis, centred on its placement, cm) where local
/// y ≤ level: the liquid in a lying tank or drum, with level measured from the axis (−radius:
/// empty, radius: full). Turn local y upwards with the placement (ItemShapes' alongX or alongY do).
class CylinderSegment final : public Solid {
public:
    CylinderSegment(double radius, double length, double level, const Placement &placement)
        : Solid(placement), m_radius(radius), m_halfLength(length / 2), m_level(level)
    {
    }

    double crossSectionCm2() const; ///< the area of the filled part of the circle

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override
    {
        return {{-m_radius, -m_radius, -m_halfLength}, {m_radius, std::min(m_level, m_radius), m_halfLength}};
    }

private:
    double m_radius;
    double m_halfLength;
    double m_level;
};

} // namespace pen
