// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MaterialPalette.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

using Palette = DisplaySettings::Palette;

// Hue in degrees at each reference of MaterialBands::zReferences() (polyethylene, water, Z 10,
// aluminium, Z 18, titanium, iron, copper), read off the object pixels of the two console styles
// in the PIDray samples (organics at hue 22–37, mixed matter at 100 or 118, metal at 218) and then
// fitted so that the demo sets' hue-value histogram comes closest to theirs (docs/realism.md).
// The class boundaries (Z 10, Z 18) lie within a few degrees of where HueClasses splits
// pre-rendered colour views, so that stripping treats both kinds of view alike.
constexpr std::array<float, MaterialBands::ZReferenceCount> OliveHues{24, 30, 68, 100, 175, 214, 220, 224};
constexpr std::array<float, MaterialBands::ZReferenceCount> GreenHues{26, 32, 70, 120, 175, 214, 220, 224};

// Saturation s = 1 − (1 − Tint)·v^SaturationExponent at HSV value v, fitted to the same pixels
// (s 0.2 at v 0.95, 0.55 at 0.75, 0.8 at 0.55, 0.94 at 0.35 in both styles).
constexpr float Tint = 0.09f;
constexpr float SaturationExponent = 2.5f;

MaterialPalette::Rgb hsvToRgb(float hueDegrees)
{
    const float h = std::fmod(hueDegrees, 360.0f) / 60.0f;
    const float x = 1.0f - std::fabs(std::fmod(h, 2.0f) - 1.0f);
    switch (int(h)) {
    case 0: return {1, x, 0};
    case 1: return {x, 1, 0};
    case 2: return {0, 1, x};
    case 3: return {0, x, 1};
    case 4: return {x, 0, 1};
    default: return {1, 0, x};
    }
}

} // namespace

QColor MaterialPalette::colour(MaterialClass materialClass)
{
    const auto full = [](int reference) {
        const Rgb c = pure(Palette::Green, int(float(reference) * StepsPerReference + 0.5f));
        return QColor::fromRgbF(c[0], c[1], c[2]);
    };
    switch (materialClass) {
    case MaterialClass::Background: return QColor(255, 255, 255);
    case MaterialClass::Organic: return full(1);
    case MaterialClass::Mixed: return full(3);
    case MaterialClass::Inorganic: return full(6);
    case MaterialClass::Impenetrable: return QColor(0, 0, 0);
    }
    return {};
}

float MaterialPalette::hueDegrees(DisplaySettings::Palette palette, float zPosition)
{
    const auto &hues = palette == Palette::Green ? GreenHues : OliveHues;
    const float p = std::clamp(zPosition, 0.0f, float(hues.size() - 1));
    const size_t i = std::min(size_t(p), hues.size() - 2);
    return hues[i] + (p - float(i)) * (hues[i + 1] - hues[i]);
}

MaterialPalette::Rgb MaterialPalette::pure(DisplaySettings::Palette palette, int hueStep)
{
    return hsvToRgb(hueDegrees(palette, float(hueStep) / StepsPerReference));
}

float MaterialPalette::saturation(float lightness)
{
    return 1.0f - (1.0f - Tint) * std::pow(std::clamp(lightness, 0.0f, 1.0f), SaturationExponent);
}

} // namespace pen
