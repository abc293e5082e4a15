// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/BoxSolid.h"

#include "volume/ChordMath.h"

namespace pen {

double BoxSolid::localChordLength(const Ray &localRay) const
{
    return slabInterval(localRay, -m_half, m_half).length();
}

} // namespace pen
