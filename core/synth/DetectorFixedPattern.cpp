// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/DetectorFixedPattern.h"

#include "synth/PhotonNoise.h"

namespace pen {

namespace {
// Streams of the scanner seed, far above any image row, which the noise streams use.
constexpr quint32 FixedPatternStream = 0xF0000000u;
} // namespace

DetectorFixedPattern::DetectorFixedPattern(int elements, int layer, const DetectorChainSettings &settings)
    : m_gain(size_t(elements)), m_offset(size_t(elements)), m_dead(size_t(elements))
{
    PhotonNoise random(settings.scannerSeed, FixedPatternStream + quint32(layer));
    for (size_t x = 0; x < size_t(elements); ++x) {
        m_gain[x] = 1.0 + settings.gainResidue * random.gaussian();
        m_offset[x] = settings.offsetResidueQuanta * random.gaussian();
        m_dead[x] = random.uniform() <= settings.deadElementRate ? 1 : 0;
    }
}

std::vector<int> DetectorFixedPattern::deadElements() const
{
    std::vector<int> dead;
    for (size_t x = 0; x < m_dead.size(); ++x) {
        if (m_dead[x])
            dead.push_back(int(x));
    }
    return dead;
}

} // namespace pen
