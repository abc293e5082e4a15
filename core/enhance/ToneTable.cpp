// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/ToneTable.h"

#include "enhance/DefaultMevClasses.h"
#include "synth/ParallelRows.h"

#include <algorithm>

namespace pen {
namespace {

constexpr float HatchShade = 0.8f; // of the grey of an unclassified ray: visible, yet the picture reads through

QRgb toRgb(const MaterialPalette::Rgb &rgb)
{
    return qRgb(toByte(rgb[0]), toByte(rgb[1]), toByte(rgb[2]));
}

MaterialPalette::Rgb negated(const MaterialPalette::Rgb &rgb, bool negative)
{
    return negative ? MaterialPalette::Rgb{1.0f - rgb[0], 1.0f - rgb[1], 1.0f - rgb[2]} : rgb;
}

// The MeV classes' colours at full strength (HSV value 1); unclassified rays are grey as in the
// grey view. Hatched ones (setLevel) are a darker grey, so that the hatching shows on thin matter too.
std::array<MaterialPalette::Rgb, MevClassTable::StepCount> mevRowColours()
{
    std::array<MaterialPalette::Rgb, MevClassTable::StepCount> colours{};
    const auto pure = [](MevMaterial material) {
        const QColor c = mevClassColour(material);
        const float value = float(std::max({c.redF(), c.greenF(), c.blueF()}));
        return MaterialPalette::Rgb{float(c.redF()) / value, float(c.greenF()) / value, float(c.blueF()) / value};
    };
    colours[MevClassTable::OrganicStep] = pure(MevMaterial::Organic);
    colours[MevClassTable::MixedStep] = pure(MevMaterial::Mixed);
    colours[MevClassTable::SteelStep] = pure(MevMaterial::Steel);
    colours[MevClassTable::HeavyStep] = pure(MevMaterial::Heavy);
    colours[MevClassTable::UnclassifiedStep] = {1, 1, 1};
    return colours;
}

} // namespace

void ToneTable::setLevel(const PipelineParameters &p,
                         const std::array<MaterialPalette::Rgb, MaterialPalette::HueSteps> &hues,
                         const std::array<MaterialPalette::Rgb, MevClassTable::StepCount> &mevColours,
                         QRgb impenetrable, int level)
{
    const float darkness = p.shownDarkness(float(level) / float(Levels - 1));
    const float linear = 1.0f - darkness;
    const float lightness = p.inverseGamma == 1.0f ? linear : std::pow(linear, p.inverseGamma);
    m_entries[size_t(level)] = toRgb(negated({lightness, lightness, lightness}, p.negative));
    m_entries[size_t(Impenetrable) * Levels + size_t(level)] = impenetrable;
    const float shading = 0.4f + 0.6f * lightness;
    m_entries[size_t(Density) * Levels + size_t(level)]
        = toRgb({p.densityRgb[0] * shading, p.densityRgb[1] * shading, p.densityRgb[2] * shading});
    const float saturation = MaterialPalette::saturation(lightness);
    for (int step = 0; step < MaterialPalette::HueSteps; ++step)
        m_entries[size_t(FirstHue + step) * Levels + size_t(level)]
            = toRgb(negated(MaterialPalette::shade(hues[size_t(step)], lightness, saturation), p.negative));
    for (int step = 0; step < MevClassTable::HatchedStep; ++step)
        m_entries[size_t(FirstMev + step) * Levels + size_t(level)]
            = toRgb(negated(MaterialPalette::shade(mevColours[size_t(step)], lightness, saturation), p.negative));
    const float hatch = HatchShade * lightness;
    m_entries[size_t(FirstMev + int(MevClassTable::HatchedStep)) * Levels + size_t(level)]
        = toRgb(negated({hatch, hatch, hatch}, p.negative));
}

ToneTable::ToneTable(const PipelineParameters &p) : m_entries(size_t(RowCount) * Levels)
{
    std::array<MaterialPalette::Rgb, MaterialPalette::HueSteps> hues{};
    for (int step = 0; step < MaterialPalette::HueSteps; ++step)
        hues[size_t(step)] = MaterialPalette::pure(p.palette, step);
    const std::array<MaterialPalette::Rgb, MevClassTable::StepCount> mevColours = mevRowColours();
    const QRgb impenetrable = toRgb(negated({0, 0, 0}, p.negative));
    // Levels are independent of each other: they run over threads (a settings change waits on this table).
    forEachRowRange(Levels, [&](int first, int last) {
        for (int level = first; level < last; ++level)
            setLevel(p, hues, mevColours, impenetrable, level);
    });
}

} // namespace pen
