// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/TorusSolid.h"

#include "volume/PolynomialRoots.h"

#include <cmath>

namespace pen {

double TorusSolid::localChordLength(const Ray &localRay) const
{
    // Parametrise from the point of the line closest to the centre: |p|² = s² + |o|² has no odd
    // term there, and the coefficients stay of the size of the torus (well conditioned).
    const Vec3 d = localRay.direction;
    const Vec3 o = localRay.origin - dot(localRay.origin, d) * d;
    const double outer = m_major + m_minor, closest2 = dot(o, o);
    if (closest2 >= outer * outer)
        return 0;
    const double reach = std::sqrt(outer * outer - closest2);
    // (|p|² + R² − r²)² − 4R²(x² + y²) < 0 inside.
    const double k = closest2 + m_major * m_major - m_minor * m_minor, fourR2 = 4 * m_major * m_major;
    const Polynomial f{{k * k - fourR2 * (o.x * o.x + o.y * o.y), -2 * fourR2 * (o.x * d.x + o.y * d.y),
                        2 * k - fourR2 * (d.x * d.x + d.y * d.y), 0, 1},
                       4};
    double inside = 0, from = -reach;
    const auto addIfInside = [&](double to) {
        if (f.at(0.5 * (from + to)) < 0)
            inside += to - from;
        from = to;
    };
    for (double root : realRootsBetween(f, -reach, reach))
        addIfInside(root);
    addIfInside(reach);
    return inside;
}

} // namespace pen
