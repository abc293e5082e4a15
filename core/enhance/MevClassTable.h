// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/MaterialBands.h"
#include "synth/MevMaterialClasses.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace pen {

/// MevMaterialClasses as the viewer's pipeline classifies a MeV cargo view, in float on sampled
/// curves: the CPU pipeline and the shaders (as a Size × BoundaryCount R32F texture,
/// shaders/pipeline.frag, mevClass) do the same arithmetic on the same samples, so that they agree.
///
/// A pixel's class comes from the means of a_low and a_high over its 5 × 5 neighbourhood (MeV
/// classes lie a few hundredths of R apart, a pixel's noise is of that order) and, as in
/// MevMaterialClasses::classifyMeasured, stays unclassified where noise could move R across a
/// boundary, where the beam is too little hardened for R to follow Z (the thin high-Z ambiguity), or
/// on an edge: there the detector's light spread mixes transmissions and R reads as heavy metal.
/// Unclassified rays through matter are drawn hatched, so that an officer sees where the colours say
/// nothing. Immutable, safe to share between threads.
class MevClassTable {
public:
    static constexpr int Size = 1024;
    static constexpr int BoundaryCount = MevMaterialClasses::ReferenceCount - 1;
    static constexpr float MaxAttenuation = float(MevMaterialClasses::CalibratedMaxAttenuation);
    static constexpr float Step = MaxAttenuation / float(Size - 1); ///< a_high between samples
    static constexpr int Radius = 2;                                ///< of the square neighbourhood
    /// The neighbourhood's pixels count as half as many independent ones: the light spread makes
    /// neighbours share noise.
    static constexpr float IndependentPixels = 12.5f;
    /// A neighbourhood whose a_high ranges over more than this share of its mean is an edge.
    static constexpr float EdgeRange = 0.3f;
    static constexpr int HatchPeriod = 6; ///< pixels between the hatching lines, along x + y
    /// MevMaterialClasses' constants in float, as the shader receives them.
    static constexpr float EmptyAttenuation = float(MevMaterialClasses::EmptyAttenuation);
    static constexpr float Systematic = float(MevMaterialClasses::SystematicRatioSpread);
    static constexpr float Uncertain = float(MevMaterialClasses::UncertainSpreads);

    /// Where a pixel's colour comes from: ToneTable::FirstMev + step.
    enum Step { OrganicStep, MixedStep, SteelStep, HeavyStep, UnclassifiedStep, HatchedStep, StepCount };
    struct Pixel {
        MaterialClass materialClass = MaterialClass::Background; ///< for stripping: steel and heavy are inorganic
        int step = UnclassifiedStep;
    };

    explicit MevClassTable(const MevMaterialClasses &classes);
    /// The table of the default interlaced 4/6 MV portal (defaultMevClasses()); nullptr where its
    /// calibration failed.
    static const MevClassTable *portal();

    float orderedFromAttenuation() const { return m_orderedFrom; }
    float starvedAttenuation() const { return m_starved; }
    /// Detected quanta per neighbourhood and channel in the open beam.
    float neighbourhoodQuanta() const { return m_quanta; }
    /// BoundaryCount rows of Size samples of R, organic|mixed first, row by row.
    const std::vector<float> &samples() const { return m_samples; }

    /// The pixel at (x, y) whose neighbourhood has mean attenuations aLow, aHigh and a_high ranging
    /// over highRange. Inline: the CPU pipeline calls it for every pixel.
    Pixel classify(float aLow, float aHigh, float highRange, int x, int y) const
    {
        if (std::max(aLow, aHigh) > m_starved)
            return {MaterialClass::Impenetrable, OrganicStep};
        const Pixel unclassified{MaterialClass::Background,
                                 aHigh > EmptyAttenuation && (x + y) % HatchPeriod == 0 ? HatchedStep
                                                                                        : UnclassifiedStep};
        if (aHigh < m_orderedFrom || highRange > EdgeRange * aHigh)
            return unclassified;
        const float ratio = aLow / aHigh;
        // Poisson: a = −ln T from N·T quanta wavers by 1 / √(N·T) in each channel.
        const float poisson = (std::exp(aLow) + ratio * ratio * std::exp(aHigh)) / m_quanta / (aHigh * aHigh);
        const float spread = std::sqrt(poisson + Systematic * Systematic);
        const float position = std::clamp(aHigh / Step, 0.0f, float(Size - 1));
        const int index = std::min(int(position), Size - 2);
        const float weight = position - float(index);
        int step = HeavyStep;
        for (int b = BoundaryCount - 1; b >= 0; --b) {
            const float *s = &m_samples[size_t(b) * Size + size_t(index)];
            const float boundary = s[0] + weight * (s[1] - s[0]);
            if (std::abs(ratio - boundary) < Uncertain * spread)
                return unclassified;
            if (ratio > boundary)
                step = b;
        }
        return {step == OrganicStep     ? MaterialClass::Organic
                    : step == MixedStep ? MaterialClass::Mixed
                                        : MaterialClass::Inorganic,
                step};
    }

private:
    std::vector<float> m_samples;
    float m_orderedFrom = 0;
    float m_starved = 0;
    float m_quanta = 1;
};

} // namespace pen
