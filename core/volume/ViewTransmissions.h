// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"
#include "synth/DualEnergyDetector.h"

#include <QString>

#include <array>
#include <vector>

namespace pen {

/// The noise-free transmissions of one line-scan view: channels[0] T_low, channels[1] T_high,
/// 0..1, row-major width × height (a row per belt step, a column per detector element). Kept apart
/// from noise and quantisation so that a detector chain can be applied to them first.
struct ViewTransmissions {
    QString label;
    int width = 0;
    int height = 0;
    double pitchMm = 0; ///< detector element pitch
    std::array<std::vector<float>, 2> channels;

    float at(int channel, int column, int row) const
    {
        return channels[size_t(channel)][size_t(row) * size_t(width) + size_t(column)];
    }
};

/// A DualEnergy ScanView of the transmissions as SceneProjector::project makes one: Poisson quantum
/// noise on settings.incidentPhotons (when settings.noise), the scintillator blur, 16 bits with
/// 65535 = nothing in the beam. Each row of each view has its own noise stream from (seed,
/// viewIndex, row), so the views of a scan get independent noise and the bytes do not depend on
/// the number of threads.
ScanView scanViewOf(const ViewTransmissions &view, const DetectorSettings &settings, int viewIndex);

} // namespace pen
