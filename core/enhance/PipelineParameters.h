// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/DisplaySettings.h"
#include "model/ScanView.h"
#include "synth/MaterialBands.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pen {

/// The attenuation range of one view's chosen signal, for DisplaySettings::autoWindow.
struct SignalRange {
    float low = 0;  ///< least attenuation in the view
    float high = 0; ///< most attenuation in the view
};

/// The constants of one rendering: DisplaySettings resolved for one kind of view (controls that do
/// not apply are off), the window in attenuation units and the colours as floats. The CPU pipeline
/// reads these fields and the shaders receive exactly them as uniforms, so both compute the same
/// picture. The per-pixel arithmetic that both share is spelled out here as inline functions and
/// repeated line by line in app/viewer/shaders/pipeline.frag.
///
/// Energy views: the signal is s = lowWeight·a_low + highWeight·a_high (a = −ln T); darkness
/// t = clamp((s − windowLow)·inverseWidth, 0, 1); lightness (1 − curve(t))^inverseGamma (in
/// ToneTable), where the normal window's console curve makes the lightness the transmission to a
/// power (toneCompression) and the penetration windows keep curve(t) = t. Material colours: a
/// linear normal window of their own, and the hue row of the pixel's hue step
/// (MaterialBandTable::hueStep) shaded to that lightness.
/// Colour views: each component c (or the luma) gives s = 1 − c/255 and goes through the same window.
struct PipelineParameters {
    enum Stripping { StripNone = 0, StripToOrganic = 1, StripToInorganic = 2 };

    ViewKind kind = ViewKind::SingleEnergy;
    bool materialColour = false; ///< dual energy with bands: material colours; colour view: its own colours
    /// A MeV cargo view (ScanView::isMegavolt): classes and colours come from MevClassTable, the
    /// material colour rows are ToneTable's MeV rows.
    bool megavolt = false;
    DisplaySettings::Palette palette = DisplaySettings::Palette::Green;
    int stripping = StripNone;
    float lowWeight = 0.5f; ///< energy views: weights of a_low and a_high in the signal
    float highWeight = 0.5f;
    float baseLow = 0; ///< the window before brightness and contrast (penetration or auto)
    float baseWidth = 1;
    float windowLow = 0;
    float inverseWidth = 1;
    float inverseGamma = 1;
    /// c of the console curve curve(t) = (1 − e^(−c·t)) / (1 − e^(−c)): lightness e^(−k·(s − windowLow)),
    /// normalised to black at the window's end, with c = k × the window's width. 0: linear (t itself).
    float toneCompression = 0;
    bool negative = false;
    float edgeGain = 0; ///< 0: no unsharp mask
    bool localContrast = false;
    float strippedDarkness = 0; ///< darkness of a stripped pixel (that of nothing on the ray)
    bool densityHighlight = false;
    float densityMin = 0;
    float densityMax = 0;
    std::array<float, 3> densityRgb{};

    /// hasBands: whether MaterialBands were given (material colour and stripping of energy views
    /// need them). range: only read when settings.autoWindow is set.
    static PipelineParameters make(ViewKind kind, const DisplaySettings &settings, bool hasBands,
                                   SignalRange range = {});
    /// make() for a view: a MeV view needs no bands but MevClassTable::portal().
    static PipelineParameters forView(const ScanView &view, const DisplaySettings &settings, bool hasBands,
                                      SignalRange range = {});

    float darkness(float signal) const { return std::clamp((signal - windowLow) * inverseWidth, 0.0f, 1.0f); }
    /// How dark a darkness t is shown: the console curve where the window has one, else t.
    float shownDarkness(float t) const
    {
        return toneCompression > 0 ? (1.0f - std::exp(-toneCompression * t)) / (1.0f - std::exp(-toneCompression)) : t;
    }
    /// Whether stripping turns a pixel of this class into background.
    bool strips(MaterialClass c) const
    {
        return (stripping == StripToOrganic && (c == MaterialClass::Mixed || c == MaterialClass::Inorganic))
            || (stripping == StripToInorganic && c == MaterialClass::Organic);
    }
    bool needsClasses() const { return kind == ViewKind::DualEnergy && (materialColour || stripping != StripNone); }
};

/// A colour component in 0..1 to 8 bits, rounded to nearest as the GL framebuffer conversion does.
inline int toByte(float value)
{
    return int(std::clamp(value, 0.0f, 1.0f) * 255.0f + 0.5f);
}

} // namespace pen
