// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/MaterialBands.h"

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
    MaterialClass classify(float aLow, float aHigh) const;
    float organicMaxRatio(float aHigh) const { return interpolate(aHigh, 0); }
    float mixedMaxRatio(float aHigh) const { return interpolate(aHigh, 1); }

    /// Size pairs (organic max R, mixed max R), interleaved, for an RG32F texture.
    const std::vector<float> &samples() const { return m_samples; }

private:
    std::vector<float> m_samples;
    float interpolate(float aHigh, int curve) const;
};

} // namespace pen
