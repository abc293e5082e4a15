// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/MevMaterialClasses.h"

#include "synth/EnergyBins.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

constexpr double SampleStep = 0.1;    // a_high between calibration samples
constexpr double OrderMargin = 0.005; // R by which neighbouring references must stand apart
constexpr double FirstAttenuation = 0.05;

// a_low and a_high of a block of material, areal density growing geometrically from 0.05 g/cm²
// to past where a_high reaches `until`.
struct BlockCurve {
    std::vector<double> aLow, aHigh;
};

BlockCurve blockCurve(const EnergyBins &bins, const QString &material, double until)
{
    const std::vector<float> muPerGram = bins.attenuation({material, 1.0, 1.0});
    BlockCurve curve;
    for (double grams = 0.05; curve.aHigh.empty() || curve.aHigh.back() < until; grams *= 1.02) {
        double low = 0, high = 0;
        for (int b = 0; b < bins.count(); ++b) {
            const double t = std::exp(-double(muPerGram[size_t(b)]) * grams);
            low += bins.weight(DualEnergyDetector::Low, b) * t;
            high += bins.weight(DualEnergyDetector::High, b) * t;
        }
        curve.aLow.push_back(-std::log(low));
        curve.aHigh.push_back(-std::log(high));
    }
    return curve;
}

// a_low of the block whose a_high is aHigh (a_high grows with the block).
double aLowAt(const BlockCurve &curve, double aHigh)
{
    const auto above = std::lower_bound(curve.aHigh.begin(), curve.aHigh.end(), aHigh);
    const size_t i = std::clamp(size_t(above - curve.aHigh.begin()), size_t(1), curve.aHigh.size() - 1);
    const double along = (aHigh - curve.aHigh[i - 1]) / (curve.aHigh[i] - curve.aHigh[i - 1]);
    return curve.aLow[i - 1] + along * (curve.aLow[i] - curve.aLow[i - 1]);
}

} // namespace

const std::array<const char *, MevMaterialClasses::ReferenceCount> &MevMaterialClasses::references()
{
    static const std::array<const char *, ReferenceCount> names{"polyethylene", "aluminium", "iron", "lead"};
    return names;
}

MevMaterialClasses MevMaterialClasses::calibrate(const DualEnergyDetector &detector, double incidentPhotons)
{
    MevMaterialClasses classes;
    for (double a = FirstAttenuation; a <= CalibratedMaxAttenuation + 1e-9; a += SampleStep)
        classes.m_aHigh.push_back(a);
    const EnergyBins bins(detector);
    for (int i = 0; i < ReferenceCount; ++i) {
        const BlockCurve curve
            = blockCurve(bins, QString::fromLatin1(references()[size_t(i)]), CalibratedMaxAttenuation + SampleStep);
        for (double aHigh : classes.m_aHigh)
            classes.m_ratio[size_t(i)].push_back(aLowAt(curve, aHigh) / aHigh);
    }
    // From the last sample down, the first a_high where the order breaks ends the ordered range.
    size_t first = classes.m_aHigh.size();
    while (first > 0) {
        bool ordered = true;
        for (size_t i = 0; i + 1 < ReferenceCount; ++i)
            ordered = ordered && classes.m_ratio[i][first - 1] > classes.m_ratio[i + 1][first - 1] + OrderMargin;
        if (!ordered)
            break;
        --first;
    }
    classes.m_orderedFrom = first < classes.m_aHigh.size() ? classes.m_aHigh[first] : CalibratedMaxAttenuation;
    classes.m_starved = std::log(NeighbourhoodPixels * incidentPhotons / MinDetectedQuanta);
    classes.m_incidentPhotons = incidentPhotons;
    return classes;
}

double MevMaterialClasses::referenceRatio(int i, double aHigh) const
{
    const std::vector<double> &ratio = m_ratio[size_t(i)];
    const double position = std::clamp((aHigh - FirstAttenuation) / SampleStep, 0.0, double(ratio.size() - 1));
    const size_t below = std::min(size_t(position), ratio.size() - 2);
    const double along = position - double(below);
    return ratio[below] * (1 - along) + ratio[below + 1] * along;
}

double MevMaterialClasses::boundary(int i, double aHigh) const
{
    return (referenceRatio(i, aHigh) + referenceRatio(i + 1, aHigh)) / 2;
}

MevMaterial MevMaterialClasses::classify(double aLow, double aHigh) const
{
    if (std::max(aLow, aHigh) > m_starved)
        return MevMaterial::Impenetrable;
    if (aHigh < m_orderedFrom)
        return MevMaterial::Unclassified;
    const double ratio = aLow / aHigh;
    for (int i = 0; i + 1 < ReferenceCount; ++i) {
        if (ratio > boundary(i, aHigh))
            return MevMaterial(int(MevMaterial::Organic) + i);
    }
    return MevMaterial::Heavy;
}

MevMaterial MevMaterialClasses::classifyMeasured(double aLow, double aHigh, double pixelsAveraged) const
{
    const MevMaterial material = classify(aLow, aHigh);
    if (material == MevMaterial::Impenetrable || material == MevMaterial::Unclassified || m_incidentPhotons <= 0)
        return material;
    // Poisson: a = −ln T from N·T quanta wavers by 1 / √(N·T) in each channel.
    const double quanta = m_incidentPhotons * std::max(1.0, pixelsAveraged);
    const double ratio = aLow / aHigh;
    const double poisson = (std::exp(aLow) + ratio * ratio * std::exp(aHigh)) / quanta / (aHigh * aHigh);
    const double spread = std::sqrt(poisson + SystematicRatioSpread * SystematicRatioSpread);
    for (int i = 0; i + 1 < ReferenceCount; ++i)
        if (std::abs(ratio - boundary(i, aHigh)) < UncertainSpreads * spread)
            return MevMaterial::Unclassified;
    return material;
}

} // namespace pen
