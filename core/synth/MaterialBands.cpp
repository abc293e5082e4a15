// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/MaterialBands.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

// A reference material for the boundary mixtures: its power-law Z_eff (materials.csv) and Z/A.
struct Reference {
    const char *key;
    double zEff;
    double zOverA;
};
constexpr Reference Water{"water", 7.42, 10.0 / 18.015};
constexpr Reference Aluminium{"aluminium", 13.0, 13.0 / 26.982};
constexpr Reference Iron{"iron", 26.0, 26.0 / 55.845};
constexpr double ZeffExponent = 2.94;

// One g/cm² of the mixture of a and b whose Z_eff is zEff, as two layers (Beer–Lambert does not
// care about the order): Z_eff^2.94 is the electron-fraction-weighted mean of Z^2.94.
QList<MaterialLayer> mixture(const Reference &a, const Reference &b, double zEff)
{
    const double electronsB = (std::pow(zEff, ZeffExponent) - std::pow(a.zEff, ZeffExponent))
        / (std::pow(b.zEff, ZeffExponent) - std::pow(a.zEff, ZeffExponent));
    const double massA = (1 - electronsB) / a.zOverA;
    const double massB = electronsB / b.zOverA;
    return {{QString::fromLatin1(a.key), 1.0, massA / (massA + massB)},
            {QString::fromLatin1(b.key), 1.0, massB / (massA + massB)}};
}

QList<MaterialLayer> pure(const char *key)
{
    return {{QString::fromLatin1(key), 1.0, 1.0}};
}

} // namespace

const std::array<ZReference, MaterialBands::ZReferenceCount> &MaterialBands::zReferences()
{
    static const std::array<ZReference, ZReferenceCount> references{{
        {"polyethylene", 5.44},
        {"water", Water.zEff},
        {"water+aluminium", OrganicMaxZeff},
        {"aluminium", Aluminium.zEff},
        {"aluminium+iron", MixedMaxZeff},
        {"titanium", 22.0},
        {"iron", Iron.zEff},
        {"copper", 29.0},
    }};
    return references;
}

MaterialBands MaterialBands::calibrate(const DualEnergyDetector &detector, double incidentPhotons)
{
    MaterialBands bands;
    bands.m_organicMax = boundary(detector, mixture(Water, Aluminium, OrganicMaxZeff));
    bands.m_mixedMax = boundary(detector, mixture(Aluminium, Iron, MixedMaxZeff));
    bands.m_references = {boundary(detector, pure("polyethylene")),
                          boundary(detector, pure(Water.key)),
                          bands.m_organicMax,
                          boundary(detector, pure(Aluminium.key)),
                          bands.m_mixedMax,
                          boundary(detector, pure("titanium")),
                          boundary(detector, pure(Iron.key)),
                          boundary(detector, pure("copper"))};
    bands.m_starvedAttenuation = std::log(NeighbourhoodPixels * incidentPhotons / MinDetectedQuanta);
    // Overlays from none to beyond what a bag or a parcel holds, in g/cm²: water for clothing,
    // paper, food and the other organics; aluminium for light metal and glass.
    const std::array<std::pair<const char *, std::vector<double>>, 2> overlays{{
        {Water.key, {0, 1, 2.5, 5, 8, 12, 18, 25, 35}},
        {Aluminium.key, {0, 0.3, 0.8, 1.5, 2.5, 4, 6, 9}},
    }};
    const QList<MaterialLayer> organicBoundary = mixture(Water, Aluminium, OrganicMaxZeff);
    const QList<MaterialLayer> mixedBoundary = mixture(Aluminium, Iron, MixedMaxZeff);
    for (size_t f = 0; f < overlays.size(); ++f) {
        for (double grams : overlays[f].second) {
            QList<MaterialLayer> overlay;
            if (grams > 0)
                overlay.append({QString::fromLatin1(overlays[f].first), 1.0, grams});
            const double overlayHigh
                = overlay.isEmpty() ? 0 : -std::log(detector.transmission(DualEnergyDetector::High, overlay));
            bands.m_underOverlay[f].push_back({overlayHigh, boundary(detector, organicBoundary, overlay),
                                               boundary(detector, mixedBoundary, overlay)});
        }
    }
    return bands;
}

double MaterialBands::overlaidRatio(size_t family, double overlayHigh, double ownHigh, bool organic) const
{
    const std::vector<Overlaid> &rows = m_underOverlay[family];
    const auto ratioIn
        = [&](const Overlaid &row) { return interpolate(organic ? row.organicMax : row.mixedMax, ownHigh); };
    if (overlayHigh <= rows.front().overlayHigh)
        return ratioIn(rows.front());
    for (size_t i = 1; i < rows.size(); ++i) {
        if (overlayHigh <= rows[i].overlayHigh) {
            const double f = (overlayHigh - rows[i - 1].overlayHigh) / (rows[i].overlayHigh - rows[i - 1].overlayHigh);
            return ratioIn(rows[i - 1]) + f * (ratioIn(rows[i]) - ratioIn(rows[i - 1]));
        }
    }
    return ratioIn(rows.back());
}

double MaterialBands::zPosition(double aLow, double aHigh) const
{
    const double ratio = aLow / aHigh;
    double below = referenceRatio(0, aHigh);
    if (ratio <= below)
        return 0;
    for (int i = 1; i < ZReferenceCount; ++i) {
        const double above = referenceRatio(i, aHigh);
        if (ratio < above) // then below < above: R rises with Z at every a_high (tst_materialbands)
            return i - 1 + (ratio - below) / (above - below);
        below = above;
    }
    return ZReferenceCount - 1;
}

double MaterialBands::zEffective(double aLow, double aHigh) const
{
    const double position = zPosition(aLow, aHigh);
    const int i = std::min(int(position), ZReferenceCount - 2);
    const double f = position - i;
    return zReferences()[size_t(i)].zEff + f * (zReferences()[size_t(i + 1)].zEff - zReferences()[size_t(i)].zEff);
}

// R of the material over areal densities that take its a_high from background to impenetrable.
// Under an overlay, its own R and a_high: the differences with and without it.
MaterialBands::Curve MaterialBands::boundary(const DualEnergyDetector &detector, const QList<MaterialLayer> &perGram,
                                             const QList<MaterialLayer> &overlay)
{
    const double lowWithout
        = overlay.isEmpty() ? 0 : -std::log(detector.transmission(DualEnergyDetector::Low, overlay));
    const double highWithout
        = overlay.isEmpty() ? 0 : -std::log(detector.transmission(DualEnergyDetector::High, overlay));
    Curve curve;
    for (double grams = 0.02; curve.aHigh.empty() || curve.aHigh.back() < CalibratedMaxAttenuation; grams *= 1.25) {
        QList<MaterialLayer> layers = overlay;
        for (MaterialLayer layer : perGram) {
            layer.thicknessCm *= grams;
            layers.append(layer);
        }
        const double aLow = -std::log(detector.transmission(DualEnergyDetector::Low, layers)) - lowWithout;
        const double aHigh = -std::log(detector.transmission(DualEnergyDetector::High, layers)) - highWithout;
        curve.aHigh.push_back(aHigh);
        curve.ratio.push_back(aLow / aHigh);
    }
    return curve;
}

double MaterialBands::interpolate(const Curve &curve, double aHigh)
{
    if (curve.aHigh.empty())
        return 0;
    const auto upper = std::lower_bound(curve.aHigh.begin(), curve.aHigh.end(), aHigh);
    if (upper == curve.aHigh.begin())
        return curve.ratio.front();
    if (upper == curve.aHigh.end())
        return curve.ratio.back();
    const size_t i = size_t(upper - curve.aHigh.begin());
    const double f = (aHigh - curve.aHigh[i - 1]) / (curve.aHigh[i] - curve.aHigh[i - 1]);
    return curve.ratio[i - 1] + f * (curve.ratio[i] - curve.ratio[i - 1]);
}

MaterialClass MaterialBands::band(double ratio, double aHighForBands) const
{
    if (ratio <= organicMaxRatio(aHighForBands))
        return MaterialClass::Organic;
    return ratio <= mixedMaxRatio(aHighForBands) ? MaterialClass::Mixed : MaterialClass::Inorganic;
}

MaterialClass MaterialBands::classify(double aLow, double aHigh) const
{
    if (aHigh < BackgroundMaxAttenuation)
        return MaterialClass::Background;
    if (impenetrable(aLow, aHigh))
        return MaterialClass::Impenetrable;
    return band(aLow / aHigh, aHigh);
}

MaterialClass MaterialBands::classifyLayer(double aLow, double aHigh, double aLowWithout, double aHighWithout) const
{
    const double ownHigh = aHigh - aHighWithout;
    if (ownHigh < BackgroundMaxAttenuation)
        return MaterialClass::Background;
    if (impenetrable(aLow, aHigh))
        return MaterialClass::Impenetrable;
    const double ratio = (aLow - aLowWithout) / ownHigh;
    const Limits limits = layerLimits(aLowWithout, aHighWithout, ownHigh);
    if (ratio <= limits.organicMax)
        return MaterialClass::Organic;
    return ratio <= limits.mixedMax ? MaterialClass::Mixed : MaterialClass::Inorganic;
}

MaterialBands::Limits MaterialBands::layerLimits(double aLowWithout, double aHighWithout, double ownHigh) const
{
    if (aHighWithout < BackgroundMaxAttenuation)
        return {organicMaxRatio(ownHigh), mixedMaxRatio(ownHigh)};
    // 0 for an overlay with water's R, 1 for aluminium's or heavier.
    const double water = referenceRatio(1, aHighWithout), aluminium = referenceRatio(3, aHighWithout);
    const double metal = std::clamp((aLowWithout / aHighWithout - water) / (aluminium - water), 0.0, 1.0);
    const auto limit = [&](bool organic) {
        return (1 - metal) * overlaidRatio(0, aHighWithout, ownHigh, organic)
            + metal * overlaidRatio(1, aHighWithout, ownHigh, organic);
    };
    return {limit(true), limit(false)};
}

} // namespace pen
