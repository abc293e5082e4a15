// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "NarcoticsFinder.h"

#include "ComponentFeatures.h"

#include <algorithm>

namespace pen::classical {
namespace {

// Objects up to this width count as objects; wider ones (garments, the goods of a pallet) are
// background. A 1 kg brick is 22 x 14 cm.
constexpr double ObjectWidthMm = 180;
// A pack of powder pressed 3 cm thick is about 2.7 g/cm²; layers of paper and fabric are mostly
// less, and a lower limit joins the clutter of a whole parcel into one component.
constexpr double MinGramsPerCm2 = 1.8;
constexpr double MinAreaCm2 = 25; // a 10 x 6 cm pack, less its thinner rim

double ramp(double value, double from, double to)
{
    return std::clamp((value - from) / (to - from), 0.0, 1.0);
}

double probabilityOf(const ComponentFeatures &c)
{
    // Each ramp runs from what clutter typically shows to what bricks and packs show; the organic
    // band's upper edge is Z_eff 10, so a ratio near 1 means Z_eff near 9 (cocaine HCl 8.8),
    // paper, fabric and plastics lie below 0.9 (Z_eff 5.4 to 7.4). Packs are ovals (π/4 of their box).
    return ramp(c.massKg, 0.05, 0.15) * ramp(c.rectangularity, 0.45, 0.7) * ramp(c.uniformity, 0.6, 0.85)
        * ramp(c.ratioToOrganicMax, 0.88, 0.94);
}

} // namespace

std::vector<Finding> findNarcotics(const AttenuationMaps &maps, const MaterialBandTable &bands,
                                   const OrganicMassScale &mass)
{
    const OrganicLayers layers = OrganicLayers::find(maps, bands, mass, ObjectWidthMm, MinGramsPerCm2);
    std::vector<Finding> findings;
    for (const ComponentFeatures &c : ComponentFeatures::measure(layers, maps, bands, mass, MinAreaCm2)) {
        const cv::Rect2d box = maps.toView(c.box);
        const double p = probabilityOf(c);
        if (p > 0)
            findings.push_back({"narcotics", box.x, box.y, box.width, box.height, p});
    }
    return findings;
}

} // namespace pen::classical
