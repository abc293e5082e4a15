// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "synth/CargoScannerSettings.h"
#include "synth/DualEnergyDetector.h"

namespace pen {

/// The energy response of a MeV cargo scanner's CdWO4 array to its linac's two pulse trains, as a
/// DualEnergyDetector (low channel: lowMV pulses, high: highMV), so that the projectors and the
/// material calibration of the baggage model serve it unchanged. A photon of energy E adds
/// E·(1 − e^(−μ d))·μ_en/μ to its channel: it interacts in the crystal of depth d, and of what it
/// gives the electrons, the share μ_en/μ stays (the rest escapes as scattered or annihilation
/// photons; a thick array keeps more of it, so this is the conservative end).
namespace CargoDetector {

constexpr double CdWO4Density = 7.9; ///< g/cm³

/// table must reach highMV (AttenuationTable::bundledToMeV) and outlive the detector.
Expected<DualEnergyDetector> create(const AttenuationTable &table, const CargoScannerSettings &settings);

/// The baggage model's DetectorSettings that make DetectorChain apply the scanner's noise, blur and
/// residues: the open beam's detected quanta at highMV, and the chain of settings.
DetectorSettings chainSettings(const CargoScannerSettings &settings);

} // namespace CargoDetector
} // namespace pen
