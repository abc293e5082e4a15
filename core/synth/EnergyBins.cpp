// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/EnergyBins.h"

#include <algorithm>

namespace pen {
namespace {

// Absorption edges all lie below 200 keV; above it (MeV beams) μ changes by a few per cent per tenth
// of energy, and rises with energy only through pair production, smoothly.
constexpr int HighestEdgeKeV = 200;

// Widths in keV: attenuation falls roughly as E⁻³ at low energies, so bins widen with energy.
int binWidth(int keV)
{
    return keV < 40 ? 2 : keV < 80 ? 4 : keV < HighestEdgeKeV ? 8 : keV / 10;
}

// μ/ρ rises with energy only across an absorption edge (K edges of Sn, W, Au, Pb in 10-140 keV).
bool edgeBetween(const AttenuationTable &table, int keV)
{
    if (keV > HighestEdgeKeV)
        return false;
    const QStringList materials = table.materials();
    return std::any_of(materials.begin(), materials.end(),
                       [&](const QString &m) { return table.muRho(m, keV) > table.muRho(m, keV - 1); });
}

// Weight below which a bin is dropped: it carries too little signal to change a 16-bit pixel.
constexpr double NegligibleWeight = 1e-7;

} // namespace

EnergyBins::EnergyBins(const DualEnergyDetector &detector) : m_detector(detector)
{
    int start = detector.minKeV();
    for (int keV = start + 1; keV <= detector.maxKeV() + 1; ++keV) {
        const bool last = keV == detector.maxKeV() + 1;
        if (!last && keV - start < binWidth(start) && !edgeBetween(detector.table(), keV))
            continue;
        double low = 0, high = 0;
        for (int e = start; e < keV; ++e) {
            low += detector.weight(DualEnergyDetector::Low, e);
            high += detector.weight(DualEnergyDetector::High, e);
        }
        if (low + high > NegligibleWeight) {
            m_first.push_back(start);
            m_weights[0].push_back(float(low));
            m_weights[1].push_back(float(high));
        }
        start = keV;
    }
}

int EnergyBins::endKeV(size_t bin) const
{
    return bin + 1 < m_first.size() ? m_first[bin + 1] : m_detector.maxKeV() + 1;
}

std::vector<float> EnergyBins::attenuation(const MaterialLayer &layer) const
{
    const double density = m_detector.densityOf(layer);
    std::vector<float> mu;
    for (size_t bin = 0; bin < m_first.size(); ++bin) {
        double weighted = 0, total = 0;
        for (int keV = m_first[bin]; keV < endKeV(bin); ++keV) {
            const double w = m_detector.weight(0, keV) + m_detector.weight(1, keV);
            weighted += w * m_detector.table().muRho(layer.material, keV);
            total += w;
        }
        mu.push_back(
            float(density * (total > 0 ? weighted / total : m_detector.table().muRho(layer.material, m_first[bin]))));
    }
    return mu;
}

} // namespace pen
