// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MaterialBandTable.h"

#include "enhance/MaterialPalette.h"

namespace pen {

static_assert(MaterialBandTable::HueStepsPerReference == MaterialPalette::StepsPerReference,
              "a hue step of the table must be a row of the palette");

MaterialBandTable::MaterialBandTable(const MaterialBands &bands)
    : m_samples(size_t(CurveCount) * Size), m_starved(float(bands.starvedAttenuation()))
{
    for (int i = 0; i < Size; ++i) {
        const double aHigh = double(i) * double(Step);
        m_samples[size_t(i)] = float(bands.organicMaxRatio(aHigh));
        m_samples[size_t(Size + i)] = float(bands.mixedMaxRatio(aHigh));
        for (int k = 0; k < MaterialBands::ZReferenceCount; ++k)
            m_samples[size_t((FirstReferenceCurve + k) * Size + i)] = float(bands.referenceRatio(k, aHigh));
    }
}

} // namespace pen
