// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/CylinderSolid.h"

#include "volume/ChordMath.h"

namespace pen {

double CylinderSolid::localChordLength(const Ray &localRay) const
{
    const Vec3 caps{m_radius, m_radius, m_halfLength};
    return zCylinderInterval(localRay, m_radius).intersected(slabInterval(localRay, -caps, caps)).length();
}

} // namespace pen
