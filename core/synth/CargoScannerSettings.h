// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/DetectorChainSettings.h"
#include "synth/LinacSpectrum.h"

#include <QtGlobal>

namespace pen {

/// What a MeV cargo scanner shows besides its physics, after its own corrections. Rows of the raw
/// image are linac pulses (positions along the rig), columns detector elements up the tower; in the
/// displayed image the pulses become columns, hence "column stripes" and "row banding". Every
/// effect is off at 0. See docs/physics.md, "MeV cargo scanners".
struct CargoArtefactSettings {
    /// Standard deviation of each pulse's dose error left over after the reference detector's
    /// correction: whole pulses a little brighter or darker, the vertical stripes of cargo images.
    double pulseDoseResidue = 0.004;
    int moduleElements = 32; ///< detector elements per board
    /// Standard deviation of each board's gain error after calibration: horizontal bands.
    double moduleGainResidue = 0.003;
    /// The detector tower sways as the linac fires and the ground shakes: a slow shift of the whole
    /// array along itself, in elements (amplitude) over this many pulses (period), plus a jitter.
    double wobbleElements = 0.35;
    double wobblePeriodPulses = 180;
    double wobbleJitterElements = 0.08;
};

/// An interlaced dual-energy linac cargo scanner: pulses of lowMV and highMV alternate, each pulse
/// train giving one channel of the same CdWO4 detector array.
struct CargoScannerSettings {
    int lowMV = 4;  ///< 0: single energy (both channels from highMV)
    int highMV = 6; ///< 4, 6 or 9 in the products of the trade; LinacSpectrum reaches 20
    LinacSpectrum::Target target;
    double crystalMm = 30; ///< depth of the CdWO4 crystals along the beam
    /// Detected quanta per pixel in the open beam at 6 MV. A linac's output grows steeply with its
    /// energy (LinacSpectrum::relativeOutput); both pulse trains are set to the same dose, as an
    /// interlaced linac's beam current per energy allows.
    double quantaAt6MV = 40000;
    bool noise = true;
    quint32 seed = 1;
    double blurSigmaPx = 0.6; ///< light and scatter spread in the crystal array, elements
    /// The detector chain of the baggage model with MeV values: one crystal for both channels (no
    /// colour fringes from two layers), little scatter reaching the collimated array, CdWO4's low
    /// afterglow.
    DetectorChainSettings chain = {.scatterFraction = 0.002,
                                   .scatterSigmaPx = 40,
                                   .quantumNoise = true,
                                   .highBlurScale = 1.0,
                                   .afterglowFraction = 0.0005,
                                   .afterglowRows = 1.0,
                                   .gainResidue = 0.002,
                                   .offsetResidueQuanta = 2.0,
                                   .deadElementRate = 0.002,
                                   .electronicNoiseQuanta = 4.0,
                                   .scannerSeed = 7};
    CargoArtefactSettings artefacts;
};

} // namespace pen
