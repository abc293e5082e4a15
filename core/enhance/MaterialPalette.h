// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/DisplaySettings.h"
#include "synth/MaterialBands.h"

#include <QColor>

#include <algorithm>
#include <array>

namespace pen {

/// The colours of the material view. The hue follows the estimated effective atomic number
/// continuously, orange (organic) through olive and green (mixed) and cyan to blue (inorganic),
/// along MaterialBands' reference scale; the brightness follows the attenuation down to black, and
/// thin matter is a pale tint of its hue that saturates as the matter thickens, as on a scanner's
/// console. The two palettes are fitted to two vendors' consoles (docs/physics.md). ToneTable bakes
/// shade() into the table that the CPU pipeline and the shader both read.
class MaterialPalette {
public:
    using Rgb = std::array<float, 3>; ///< components in 0..1

    /// Steps of the hue along the reference scale: HueSteps − 1 is copper, 0 polyethylene.
    static constexpr int HueSteps = 29;
    static constexpr float StepsPerReference = float(HueSteps - 1) / float(MaterialBands::ZReferenceCount - 1);

    /// A class's colour at full strength in the default palette, for legends: organic at water's
    /// Z, mixed at aluminium's, inorganic at iron's; impenetrable black, background white.
    static QColor colour(MaterialClass materialClass);

    /// Hue in degrees at a position on the reference scale (0 … ZReferenceCount − 1).
    static float hueDegrees(DisplaySettings::Palette palette, float zPosition);
    /// The fully saturated colour (HSV value 1) of a hue step.
    static Rgb pure(DisplaySettings::Palette palette, int hueStep);
    /// The colour shown at lightness v (0..1, after window, curve and gamma): HSV value v, the
    /// saturation rising from a tint at v = 1 to the full colour as v falls.
    static Rgb shade(const Rgb &pure, float lightness) { return shade(pure, lightness, saturation(lightness)); }
    static float saturation(float lightness);
    static Rgb shade(const Rgb &pure, float lightness, float saturation)
    {
        const float v = std::clamp(lightness, 0.0f, 1.0f);
        return {v * (1.0f - saturation + saturation * pure[0]), v * (1.0f - saturation + saturation * pure[1]),
                v * (1.0f - saturation + saturation * pure[2])};
    }
};

} // namespace pen
