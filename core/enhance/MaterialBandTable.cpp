// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MaterialBandTable.h"

#include <algorithm>

namespace pen {

MaterialBandTable::MaterialBandTable(const MaterialBands &bands) : m_samples(size_t(2 * Size))
{
    for (int i = 0; i < Size; ++i) {
        const double aHigh = double(i) * double(Step);
        m_samples[size_t(2 * i)] = float(bands.organicMaxRatio(aHigh));
        m_samples[size_t(2 * i + 1)] = float(bands.mixedMaxRatio(aHigh));
    }
}

float MaterialBandTable::interpolate(float aHigh, int curve) const
{
    const Position at = position(aHigh);
    const float a = m_samples[size_t(2 * at.index + curve)];
    const float b = m_samples[size_t(2 * at.index + 2 + curve)];
    return a + at.weight * (b - a);
}

} // namespace pen
