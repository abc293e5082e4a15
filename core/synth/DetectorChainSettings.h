// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QtGlobal>

namespace pen {

/// What a real dual-energy line scanner's detector adds to the ideal transmissions, after its own
/// calibration. Rows are belt positions (the scan runs towards larger rows), columns are detector
/// elements across the belt. Quanta are detected X-ray quanta, as DetectorSettings::incidentPhotons.
/// Every effect is off at 0 (highBlurScale: at 1). Defaults: a typical 0.8 mm-pitch baggage scanner,
/// mild enough that the material classes and the impenetrable limit stay where docs/physics.md
/// puts them. See docs/physics.md, "The detector chain".
struct DetectorChainSettings {
    /// Scatter reaching the detector per unit primary behind a wide opaque object (scatter-to-primary
    /// ratio there); each pixel scatters T·(1 − T) of the open beam, nothing in air. 0.5 %: more
    /// lightens dense items among clutter past what the material bands were calibrated for.
    double scatterFraction = 0.005;
    double scatterSigmaPx = 50; ///< spread of the scatter along the detector line, pixels
    bool quantumNoise = true;   ///< Poisson noise on the detected quanta
    /// Light spread of the thick rear (high-energy) scintillator relative to the front one's
    /// DetectorSettings::blurSigmaPx: the two layers blur differently, hence colour fringes. From
    /// 1.6 the one-pixel card walls of cigarette cartons blur away for pen-classical.
    double highBlurScale = 1.3;
    /// Share of each row's signal that a scintillator element releases late, decaying over the
    /// following rows (residual afterglow, after the scanner's own afterglow correction).
    double afterglowFraction = 0.002;
    double afterglowRows = 1.5;         ///< e-folding length of that afterglow, rows
    double gainResidue = 0.002;         ///< standard deviation of each element's relative gain error
    double offsetResidueQuanta = 0.3;   ///< standard deviation of each element's offset error, quanta
    double deadElementRate = 0.001;     ///< share of detector elements that are dead (per layer)
    double electronicNoiseQuanta = 1.0; ///< standard deviation of the dark floor, quanta
    /// Seed of the fixed pattern (gains, offsets, dead elements): one simulated machine shows the
    /// same streaks in every scan, whatever DetectorSettings::seed draws for the noise.
    quint32 scannerSeed = 1;
};

} // namespace pen
