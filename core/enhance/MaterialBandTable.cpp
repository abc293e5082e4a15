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

// The shader does the same arithmetic on the same samples (shaders/pipeline.frag, bandRatio).
float MaterialBandTable::interpolate(float aHigh, int curve) const
{
    const float position = std::clamp(aHigh / Step, 0.0f, float(Size - 1));
    const int i = std::min(int(position), Size - 2);
    const float f = position - float(i);
    const float a = m_samples[size_t(2 * i + curve)];
    const float b = m_samples[size_t(2 * i + 2 + curve)];
    return a + f * (b - a);
}

MaterialClass MaterialBandTable::classify(float aLow, float aHigh) const
{
    if (aHigh < BackgroundMaxAttenuation)
        return MaterialClass::Background;
    if (aHigh > ImpenetrableMinAttenuation)
        return MaterialClass::Impenetrable;
    const float ratio = aLow / aHigh;
    if (ratio <= organicMaxRatio(aHigh))
        return MaterialClass::Organic;
    return ratio <= mixedMaxRatio(aHigh) ? MaterialClass::Mixed : MaterialClass::Inorganic;
}

} // namespace pen
