// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/ToneTable.h"

#include "enhance/MaterialPalette.h"

namespace pen {
namespace {

QRgb toRgb(const MaterialPalette::Rgb &rgb)
{
    return qRgb(toByte(rgb[0]), toByte(rgb[1]), toByte(rgb[2]));
}

MaterialPalette::Rgb negated(const MaterialPalette::Rgb &rgb, bool negative)
{
    return negative ? MaterialPalette::Rgb{1.0f - rgb[0], 1.0f - rgb[1], 1.0f - rgb[2]} : rgb;
}

} // namespace

ToneTable::ToneTable(const PipelineParameters &p) : m_entries(size_t(RowCount) * Levels)
{
    const std::array<MaterialClass, 4> classes{MaterialClass::Organic, MaterialClass::Mixed, MaterialClass::Inorganic,
                                               MaterialClass::Impenetrable};
    for (int level = 0; level < Levels; ++level) {
        const float darkness = p.shownDarkness(float(level) / float(Levels - 1));
        const float linear = 1.0f - darkness;
        const float lightness = p.inverseGamma == 1.0f ? linear : std::pow(linear, p.inverseGamma);
        m_entries[size_t(level)] = toRgb(negated({lightness, lightness, lightness}, p.negative));
        for (MaterialClass c : classes) {
            const MaterialPalette::Rgb colour = MaterialPalette::rgb(c);
            const MaterialPalette::Rgb shaded =
                c == MaterialClass::Impenetrable ? colour : MaterialPalette::shade(colour, 1.0f - lightness);
            m_entries[size_t(c) * Levels + size_t(level)] = toRgb(negated(shaded, p.negative));
        }
        const float shading = 0.4f + 0.6f * lightness;
        m_entries[size_t(Density) * Levels + size_t(level)] =
            toRgb({p.densityRgb[0] * shading, p.densityRgb[1] * shading, p.densityRgb[2] * shading});
    }
}

} // namespace pen
