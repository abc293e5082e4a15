// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/CargoScannerSettings.h"

#include <array>
#include <vector>

namespace pen {

/// Adds what a MeV cargo scanner's pulses and detector boards leave in its transmissions
/// (CargoArtefactSettings) to noise-free T_low, T_high, row-major width × height with a row per
/// pulse and a column per element, before the DetectorChain's noise. Each channel is its own pulse
/// train, so its dose residue is its own; the boards and the sway are shared. The same seed gives
/// the same artefacts on every platform.
void addCargoArtefacts(std::array<std::vector<float>, 2> &transmissions, int width, int height,
                       const CargoArtefactSettings &settings, quint32 seed);

} // namespace pen
