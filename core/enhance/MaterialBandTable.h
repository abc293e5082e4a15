// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/MaterialBands.h"

#include <algorithm>
#include <vector>

namespace pen {

/// MaterialBands' curves sampled at Size evenly spaced a_high from 0 to MaxAttenuation and
/// interpolated linearly in float: the class boundaries (organic max R, mixed max R) and the
/// reference materials' R of the continuous hue. The CPU pipeline and the shaders (as a Size ×
/// CurveCount R32F texture) both classify and place pixels from these samples, so that they agree
/// by construction. Immutable, safe to share between threads.
class MaterialBandTable {
public:
    static constexpr int Size = 2048;
    static constexpr int FirstReferenceCurve = 2; ///< curves 0, 1: organic and mixed max R
    static constexpr int CurveCount = FirstReferenceCurve + MaterialBands::ZReferenceCount;
    static constexpr float BackgroundMaxAttenuation = float(MaterialBands::BackgroundMaxAttenuation);
    static constexpr float MaxAttenuation = float(MaterialBands::CalibratedMaxAttenuation);
    static constexpr float Step = MaxAttenuation / float(Size - 1); ///< a_high between samples
    /// Hue steps per reference interval (MaterialPalette::StepsPerReference).
    static constexpr float HueStepsPerReference = 4.0f;

    explicit MaterialBandTable(const MaterialBands &bands);

    /// Mean attenuation of a neighbourhood above which too few quanta were detected to tell its
    /// material (MaterialBands::starvedAttenuation).
    float starvedAttenuation() const { return m_starved; }

    /// Class of a ray from its attenuations a = −ln T (means over the pixel's neighbourhood).
    /// Inline: the CPU pipeline calls it for every pixel.
    MaterialClass classify(float aLow, float aHigh) const
    {
        if (aHigh < BackgroundMaxAttenuation)
            return MaterialClass::Background;
        if (std::max(aLow, aHigh) > m_starved)
            return MaterialClass::Impenetrable;
        const float ratio = aLow / aHigh;
        const Position at = position(aHigh);
        if (ratio <= curveAt(at, 0))
            return MaterialClass::Organic;
        return ratio <= curveAt(at, 1) ? MaterialClass::Mixed : MaterialClass::Inorganic;
    }

    /// The hue step (0 … (ZReferenceCount − 1)·HueStepsPerReference) of a ray's R on the reference
    /// scale: where R lies between the reference materials' R at its a_high, rounded.
    int hueStep(float aLow, float aHigh) const
    {
        const float ratio = aLow / aHigh;
        const Position at = position(aHigh);
        float below = curveAt(at, FirstReferenceCurve);
        float zPosition = 0.0f;
        if (ratio > below) {
            zPosition = float(MaterialBands::ZReferenceCount - 1);
            for (int k = 1; k < MaterialBands::ZReferenceCount; ++k) {
                const float above = curveAt(at, FirstReferenceCurve + k);
                if (ratio < above) {
                    zPosition = float(k - 1) + (ratio - below) / (above - below);
                    break;
                }
                below = above;
            }
        }
        return int(zPosition * HueStepsPerReference + 0.5f);
    }

    float organicMaxRatio(float aHigh) const { return curveAt(position(aHigh), 0); }
    float mixedMaxRatio(float aHigh) const { return curveAt(position(aHigh), 1); }

    /// CurveCount rows of Size samples, row by row, for an R32F texture.
    const std::vector<float> &samples() const { return m_samples; }

private:
    struct Position {
        int index = 0;    ///< the sample below
        float weight = 0; ///< of the sample above
    };
    std::vector<float> m_samples;
    float m_starved = 0;

    // The shader does the same arithmetic on the same samples (shaders/pipeline.frag, bandRatio).
    static Position position(float aHigh)
    {
        const float p = std::clamp(aHigh / Step, 0.0f, float(Size - 1));
        const int i = std::min(int(p), Size - 2);
        return {i, p - float(i)};
    }
    float curveAt(Position at, int curve) const
    {
        const float *s = &m_samples[size_t(curve) * Size + size_t(at.index)];
        return s[0] + at.weight * (s[1] - s[0]);
    }
};

} // namespace pen
