// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "OrganicMassScale.h"

#include "synth/DefaultDetector.h"

#include <algorithm>
#include <cmath>

namespace pen::classical {
namespace {

double interpolate(const std::vector<double> &from, const std::vector<double> &to, double x)
{
    const auto upper = std::lower_bound(from.begin(), from.end(), x);
    if (upper == from.begin())
        return to.front() * x / from.front();
    if (upper == from.end())
        return to.back();
    const size_t i = size_t(upper - from.begin());
    const double f = (x - from[i - 1]) / (from[i] - from[i - 1]);
    return to[i - 1] + f * (to[i] - to[i - 1]);
}

} // namespace

Expected<OrganicMassScale> OrganicMassScale::calibrate()
{
    auto detector = defaultDetector();
    if (!detector)
        return detector.error();
    OrganicMassScale scale;
    for (double grams = 0.01; grams < 60; grams *= 1.15) {
        const MaterialLayer layer{QStringLiteral("cellulose"), 1.0, grams};
        scale.m_grams.push_back(grams);
        scale.m_aHigh.push_back(-std::log(detector->transmission(DualEnergyDetector::High, {layer})));
    }
    return scale;
}

double OrganicMassScale::gramsPerCm2(double aHigh) const
{
    return aHigh <= 0 ? 0 : interpolate(m_aHigh, m_grams, aHigh);
}

double OrganicMassScale::aHighOf(double gramsPerCm2) const
{
    return gramsPerCm2 <= 0 ? 0 : interpolate(m_grams, m_aHigh, gramsPerCm2);
}

} // namespace pen::classical
