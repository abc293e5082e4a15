// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/LinacSpectrum.h"

#include <algorithm>
#include <cmath>

namespace pen::LinacSpectrum {

TubeSpectrum bremsstrahlung(int peakMV, const AttenuationTable &table, const Target &target)
{
    const int peakKeV = std::clamp(peakMV, MinMV, MaxMV) * 1000;
    std::vector<double> fluence(size_t(peakKeV) + 1, 0.0);
    for (int keV = LowestKeV; keV < peakKeV; ++keV)
        fluence[size_t(keV)] = double(peakKeV - keV) / keV;
    return TubeSpectrum::fromFluence(std::move(fluence))
        .filtered(table, QStringLiteral("tungsten"), target.tungstenMm)
        .filtered(table, QStringLiteral("copper"), target.copperMm);
}

double relativeOutput(int peakMV)
{
    return std::pow(std::clamp(peakMV, MinMV, MaxMV) / 6.0, 2.7);
}

} // namespace pen::LinacSpectrum
