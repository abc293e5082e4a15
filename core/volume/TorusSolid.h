// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

namespace pen {

/// A ring (tape roll, bangle, O-ring, coiled cable) round its local z axis, centred on its
/// placement: the tube's centre circle has majorRadius, the tube minorRadius < majorRadius; cm.
/// The chord solves the ray–torus quartic by root isolation inside the bounding sphere
/// (PolynomialRoots); lengths are exact to about 1e-9 cm, a little worse for a ray grazing the
/// tube, where the roots are ill-conditioned (about 1e-7 cm), never off by a whole interval.
class TorusSolid final : public Solid {
public:
    TorusSolid(double majorRadius, double minorRadius, const Placement &placement)
        : Solid(placement), m_major(majorRadius), m_minor(minorRadius)
    {
    }

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override
    {
        const double outer = m_major + m_minor;
        return {{-outer, -outer, -m_minor}, {outer, outer, m_minor}};
    }

private:
    double m_major;
    double m_minor;
};

} // namespace pen
