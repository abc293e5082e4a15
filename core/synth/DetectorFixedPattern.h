// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/DetectorChainSettings.h"

#include <vector>

namespace pen {

/// The calibration residue of one detector layer, fixed per element (column) for the life of a
/// simulated machine: a relative gain error, an offset error in quanta, and whether the element is
/// dead. Drawn from DetectorChainSettings::scannerSeed and the layer (0 low, 1 high), so the two
/// layers fail independently. Each element draws the same numbers whatever the rates, so changing
/// one effect does not reshuffle the others. Immutable.
class DetectorFixedPattern {
public:
    DetectorFixedPattern(int elements, int layer, const DetectorChainSettings &settings);

    double gain(int x) const { return m_gain[size_t(x)]; } ///< 1 + the element's relative gain error
    double offsetQuanta(int x) const { return m_offset[size_t(x)]; }
    bool isDead(int x) const { return m_dead[size_t(x)] != 0; }
    std::vector<int> deadElements() const;

private:
    std::vector<double> m_gain;
    std::vector<double> m_offset;
    std::vector<char> m_dead;
};

} // namespace pen
