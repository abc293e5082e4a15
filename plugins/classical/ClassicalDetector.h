// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Finding.h"
#include "OrganicMassScale.h"

#include "Expected.h"
#include "enhance/MaterialBandTable.h"

#include <pentournament/atd_plugin.h>

#include <vector>

namespace pen::classical {

/// Narcotics and cigarettes in the first view of a dual-energy scan, by the project's material
/// bands and detector model. Immutable after create(); detect() may run on any thread.
class ClassicalDetector {
public:
    /// Working resolution: about 1.6 mm a pixel, and at most this many pixels along the longer side.
    static constexpr double WorkingPixelMm = 1.6;
    static constexpr int MaxWorkingSide = 1280;
    /// Taken for a view that does not say its pixel size: a parcel scanner's pitch.
    static constexpr double AssumedPixelMm = 1.0;

    static Expected<ClassicalDetector> create();

    /// Findings in the view's pixels, most probable first. The view must be dual-energy.
    std::vector<Finding> detect(const pen_atd_view &view) const;

private:
    ClassicalDetector(MaterialBandTable bands, OrganicMassScale mass)
        : m_bands(std::move(bands)), m_mass(std::move(mass))
    {
    }

    MaterialBandTable m_bands;
    OrganicMassScale m_mass;
};

} // namespace pen::classical
