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
    const double electronsB = (std::pow(zEff, ZeffExponent) - std::pow(a.zEff, ZeffExponent)) /
                              (std::pow(b.zEff, ZeffExponent) - std::pow(a.zEff, ZeffExponent));
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
    bands.m_references = {boundary(detector, pure("polyethylene")), boundary(detector, pure(Water.key)),
                          bands.m_organicMax, boundary(detector, pure(Aluminium.key)),
                          bands.m_mixedMax, boundary(detector, pure("titanium")),
                          boundary(detector, pure(Iron.key)), boundary(detector, pure("copper"))};
    bands.m_starvedAttenuation = std::log(NeighbourhoodPixels * incidentPhotons / MinDetectedQuanta);
    return bands;
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

// R of the mixture over areal densities that take a_high from background to impenetrable.
MaterialBands::Curve MaterialBands::boundary(const DualEnergyDetector &detector, const QList<MaterialLayer> &perGram)
{
    Curve curve;
    for (double grams = 0.02; curve.aHigh.empty() || curve.aHigh.back() < CalibratedMaxAttenuation; grams *= 1.25) {
        QList<MaterialLayer> layers = perGram;
        for (MaterialLayer &layer : layers)
            layer.thicknessCm *= grams;
        const double aLow = -std::log(detector.transmission(DualEnergyDetector::Low, layers));
        const double aHigh = -std::log(detector.transmission(DualEnergyDetector::High, layers));
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
    return band((aLow - aLowWithout) / ownHigh, aHigh);
}

} // namespace pen
