// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/EllipsoidSolid.h"

#include "volume/ChordMath.h"

namespace pen {

double EllipsoidSolid::localChordLength(const Ray &localRay) const
{
    return ellipsoidInterval(localRay, m_semiAxes).length();
}

} // namespace pen
