// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/MaterialBands.h"

#include <algorithm>
#include <vector>

namespace pen {

/// MaterialBands' threshold curves sampled at Size evenly spaced a_high from 0 to the impenetrable
/// limit and interpolated linearly in float: the form in which the CPU pipeline and the shaders
/// (as a Size × 1 RG32F texture) both classify pixels, so that they agree by construction.
/// Immutable, safe to share between threads.
class MaterialBandTable {
public:
    static constexpr int Size = 1024;
    static constexpr float BackgroundMaxAttenuation = float(MaterialBands::BackgroundMaxAttenuation);
    static constexpr float ImpenetrableMinAttenuation = float(MaterialBands::ImpenetrableMinAttenuation);
    static constexpr float Step = ImpenetrableMinAttenuation / float(Size - 1); ///< a_high between samples

    explicit MaterialBandTable(const MaterialBands &bands);

    /// Class of a ray from its attenuations a = −ln T (means over the pixel's neighbourhood).
    /// Inline: the CPU pipeline calls it for every pixel.
    MaterialClass classify(float aLow, float aHigh) const
    {
        if (aHigh < BackgroundMaxAttenuation)
            return MaterialClass::Background;
        if (aHigh > ImpenetrableMinAttenuation)
            return MaterialClass::Impenetrable;
        const float ratio = aLow / aHigh;
        const Position at = position(aHigh);
        const float *s = &m_samples[size_t(2 * at.index)];
        if (ratio <= s[0] + at.weight * (s[2] - s[0]))
            return MaterialClass::Organic;
        return ratio <= s[1] + at.weight * (s[3] - s[1]) ? MaterialClass::Mixed : MaterialClass::Inorganic;
    }
    float organicMaxRatio(float aHigh) const { return interpolate(aHigh, 0); }
    float mixedMaxRatio(float aHigh) const { return interpolate(aHigh, 1); }

    /// Size pairs (organic max R, mixed max R), interleaved, for an RG32F texture.
    const std::vector<float> &samples() const { return m_samples; }

private:
    struct Position {
        int index = 0;     ///< the sample below
        float weight = 0;  ///< of the sample above
    };
    std::vector<float> m_samples;

    // The shader does the same arithmetic on the same samples (shaders/pipeline.frag, bandRatio).
    static Position position(float aHigh)
    {
        const float p = std::clamp(aHigh / Step, 0.0f, float(Size - 1));
        const int i = std::min(int(p), Size - 2);
        return {i, p - float(i)};
    }
    float interpolate(float aHigh, int curve) const;
};

} // namespace pen
