// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QColor>

namespace pen {

/// What the officer chose on the console: every control of the viewer's enhancement pipeline.
/// The CPU reference (EnhancementPipeline) and the OpenGL shaders read the same struct and must
/// give the same picture; a default-constructed value is the console's start-up view (material
/// colour, nothing enhanced).
struct DisplaySettings {
    enum class Colouring {
        Material, ///< dual-energy material colour: hue from orange (organic) over green to blue (metal)
        Grey,     ///< greyscale of the chosen channel
    };
    enum class Channel {
        Fused, ///< mean of the low- and high-energy attenuations
        Low,
        High,
    };
    enum class Stripping {
        None,
        OrganicOnly,   ///< only organic matter stays; mixed and inorganic become background
        InorganicOnly, ///< only inorganic matter (and mixed) stays; organic becomes background
    };
    enum class Penetration {
        Normal,
        High, ///< window moved to dense matter: what lies behind thick goods becomes readable
        Low,  ///< window moved to light matter: thin organics stand out
    };

    /// The material view's colours, after two vendors' consoles: both run orange → green → blue
    /// with the effective atomic number and differ in their mixed matter and organics.
    enum class Palette {
        Green, ///< orange organics, pure green mixed matter
        Olive, ///< slightly redder organics, olive-green mixed matter
    };

    Colouring colouring = Colouring::Material;
    Palette palette = Palette::Green;
    Channel channel = Channel::Fused;
    Stripping stripping = Stripping::None;
    Penetration penetration = Penetration::Normal;
    double brightness = 0; ///< −1..1, shifts the window level
    double contrast = 1;   ///< 0.25..8, divides the window width
    double gamma = 1;      ///< 0.2..5, applied after the window
    bool negative = false;
    double edgeEnhancement = 0;     ///< 0..4, unsharp-mask gain
    bool localContrast = false;     ///< CLAHE-like "super enhancement"
    double localContrastClip = 2.5; ///< CLAHE clip limit, multiples of the mean bin count
    bool densityHighlight = false;
    double densityMin = 1.0; ///< high-energy attenuation −ln T_high where highlighting starts
    double densityMax = 2.0; ///< and ends
    QColor densityColour = QColor(255, 0, 255);
    /// The window spans the chosen channel's own attenuation range in the view (least to most
    /// attenuating pixel) instead of the penetration's fixed window; brightness and contrast still apply.
    bool autoWindow = false;

    bool operator==(const DisplaySettings &) const = default;
};

} // namespace pen
