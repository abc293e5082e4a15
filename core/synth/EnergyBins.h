// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/DualEnergyDetector.h"

#include <vector>

namespace pen {

/// A detector's 1-keV response merged into a few dozen energy bins, so that a pixel costs one
/// exponential per bin instead of one per keV. Bins are narrow where attenuation changes fast
/// (low energies; a tenth of the energy wide above 200 keV, for MeV beams) and split at every absorption edge of the
/// table's materials; inside a bin, μ is averaged with the detector's weights. The error against the 1-keV sum is
/// checked by tst_sceneprojector. Immutable; the detector must outlive it.
class EnergyBins {
public:
    explicit EnergyBins(const DualEnergyDetector &detector);

    int count() const { return int(m_first.size()); }
    /// Share of channel's unattenuated signal in bin.
    float weight(int channel, int bin) const { return m_weights[size_t(channel)][size_t(bin)]; }
    /// Linear attenuation coefficient in 1/cm of a layer's material in each bin.
    std::vector<float> attenuation(const MaterialLayer &layer) const;

private:
    const DualEnergyDetector &m_detector;
    std::vector<int> m_first; ///< first keV of each bin; a bin ends where the next begins
    std::array<std::vector<float>, 2> m_weights;
    int endKeV(size_t bin) const;
};

} // namespace pen
