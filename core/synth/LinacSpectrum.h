// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/AttenuationTable.h"
#include "synth/TubeSpectrum.h"

namespace pen {

/// The bremsstrahlung of the electron linear accelerators of cargo scanners (4, 6 and 9 MV, up to
/// 20 MV), in the forward direction, per 1-keV bin up to the peak. Kramers' thick-target law,
/// N(E) ∝ (E₀ − E) / E photons per keV, filtered by the target's own tungsten and its copper
/// backing; docs/physics.md ("MeV cargo scanners") compares its mean energies with published
/// spectra. No flattening filter: cargo linacs have none.
namespace LinacSpectrum {

constexpr int MinMV = 1;
constexpr int MaxMV = 20;
/// Photons below this energy do not leave the target and backing (transmission under 10⁻⁴).
constexpr int LowestKeV = 100;

struct Target {
    double tungstenMm = 1.0; ///< mean depth of tungsten the photons cross on their way out
    double copperMm = 2.0;   ///< the target's backing and the beam window
};

/// The spectrum of a linac at peakMV (MinMV..MaxMV) through target; table must reach peakMV
/// (AttenuationTable::bundledToMeV) and hold tungsten and copper.
TubeSpectrum bremsstrahlung(int peakMV, const AttenuationTable &table, const Target &target = {});

/// The forward dose output of a thick-target linac relative to 6 MV, at the same beam current:
/// about (E₀ / 6 MeV)^2.7 (the rule of thumb of radiotherapy and cargo linacs, where dose rate
/// grows as the cube of the energy at best and the square at worst).
double relativeOutput(int peakMV);

} // namespace LinacSpectrum
} // namespace pen
