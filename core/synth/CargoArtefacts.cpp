// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/CargoArtefacts.h"

#include "synth/PhotonNoise.h"

#include <cmath>
#include <numbers>

namespace pen {
namespace {

// Streams of PhotonNoise apart from the detector chain's (which uses the row index and 1 << 24 up).
constexpr quint32 DoseStream = 0x40000000u;
constexpr quint32 BoardStream = 0x50000000u;
constexpr quint32 SwayStream = 0x60000000u;

// The row resampled so that element e shows what element e − shift saw (linear interpolation;
// beyond the ends the last element is repeated).
void shiftRow(float *row, int width, double shift, std::vector<float> &scratch)
{
    scratch.assign(row, row + width);
    for (int e = 0; e < width; ++e) {
        const double from = std::clamp(e - shift, 0.0, double(width - 1));
        const int left = std::min(int(from), width - 2);
        const double along = from - left;
        row[e] = float(scratch[size_t(left)] * (1 - along) + scratch[size_t(left) + 1] * along);
    }
}

} // namespace

void addCargoArtefacts(std::array<std::vector<float>, 2> &transmissions, int width, int height,
                       const CargoArtefactSettings &settings, quint32 seed)
{
    if (width < 2 || height < 1)
        return;
    PhotonNoise sway(seed, SwayStream);
    const double phase = 2 * std::numbers::pi * sway.uniform();
    std::vector<float> scratch;
    for (size_t c = 0; c < 2; ++c) {
        PhotonNoise boards(seed, BoardStream + quint32(c));
        std::vector<double> boardGain(size_t(width / std::max(1, settings.moduleElements) + 1));
        for (double &gain : boardGain)
            gain = 1 + settings.moduleGainResidue * boards.gaussian();
        PhotonNoise doses(seed, DoseStream + quint32(c));
        PhotonNoise jitter(seed, SwayStream + 1);
        for (int pulse = 0; pulse < height; ++pulse) {
            float *row = &transmissions[c][size_t(pulse) * size_t(width)];
            const double shift = settings.wobbleElements
                    * std::sin(2 * std::numbers::pi * pulse / std::max(1.0, settings.wobblePeriodPulses) + phase)
                + settings.wobbleJitterElements * jitter.gaussian();
            if (shift != 0)
                shiftRow(row, width, shift, scratch);
            const double dose = 1 + settings.pulseDoseResidue * doses.gaussian();
            for (int e = 0; e < width; ++e)
                row[e] = float(row[e] * dose * boardGain[size_t(e / std::max(1, settings.moduleElements))]);
        }
    }
}

} // namespace pen
