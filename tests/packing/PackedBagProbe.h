// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackedBag.h"
#include "synth/AttenuationTable.h"

#include <vector>

namespace pen {

/// What vertical rays through a packed bag meet, from the solids' exact chords: how many items
/// (the container not counted) and how much matter (Σ chord × density, g/cm², container included).
class PackedBagProbe {
public:
    PackedBagProbe(const PackedBag &bag, const AttenuationTable &table) : m_bag(bag), m_table(table) {}

    /// The items whose parts a vertical line at (x, y) crosses, by index into bag.items.
    std::vector<int> itemsCrossed(double x, double y) const;
    /// Σ chord × density along the vertical line at (x, y), g/cm².
    double arealDensity(double x, double y) const;
    /// Samples every step cm over the inner footprint: the median of itemsCrossed's counts.
    double medianItemsCrossed(double step) const;
    /// Samples every step cm over the inner footprint: the mean areal density.
    double meanArealDensity(double step) const;

private:
    const PackedBag &m_bag;
    const AttenuationTable &m_table;

    double density(const VolumeObject &object) const;
    template <typename Visit> void forSamples(double step, Visit visit) const;
};

} // namespace pen
