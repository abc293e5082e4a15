// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "synth/AttenuationTable.h"

#include <QByteArray>

#include <vector>

namespace pen {

/// Photon fluence of a tungsten-anode X-ray tube in 1-keV bins, from the TASMIP model (Boone &
/// Seibert 1997) bundled in assets/spectra. TASMIP is valid from 30 to 140 kVp; baggage scanners
/// run at 140–160 kV, and we stop at 140 rather than extrapolate the polynomials. A value type,
/// safe to share between threads.
class TubeSpectrum {
public:
    static constexpr int MinKVp = 30;
    static constexpr int MaxKVp = 140;

    /// The bundled TASMIP spectrum at kVp (MinKVp..MaxKVp), without added filtration.
    static Expected<TubeSpectrum> tasmip(int kVp);
    /// Same, from the coefficient CSV's contents; errors name the line at fault.
    static Expected<TubeSpectrum> parseTasmip(const QByteArray &coefficientsCsv, int kVp);

    /// The spectrum behind mm millimetres of material (Beer–Lambert in each bin; material must be
    /// in table, and bins below the table's first energy are dropped as fully absorbed).
    TubeSpectrum filtered(const AttenuationTable &table, const QString &material, double mm) const;

    int kVp() const { return m_kVp; }
    /// Photons per mm² in the 1-keV bin centred on keV (TASMIP's units); 0 outside 0..kVp.
    double fluence(int keV) const;
    /// Fluence-weighted mean photon energy in keV.
    double meanKeV() const;

private:
    int m_kVp = 0;
    std::vector<double> m_fluence; ///< index = keV
};

} // namespace pen
