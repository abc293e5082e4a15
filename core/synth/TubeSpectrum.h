// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "synth/AttenuationTable.h"

#include <QByteArray>

#include <vector>

namespace pen {

/// Photon fluence of a tungsten-anode X-ray tube in 1-keV bins. Up to 140 kVp it is the TASMIP
/// model (Boone & Seibert 1997) bundled in assets/spectra; baggage scanners run at 140–160 kV, and
/// above TASMIP's range the 140 kV spectrum is carried on with Kramers' law (see tungsten() and
/// docs/physics.md, "Image model"). A value type, safe to share between threads.
class TubeSpectrum {
public:
    static constexpr int MinKVp = 30;
    static constexpr int TasmipMaxKVp = 140; ///< TASMIP's highest voltage
    static constexpr int MaxKVp = 160;       ///< the highest the Kramers extension is used for

    /// The bundled TASMIP spectrum at kVp (MinKVp..TasmipMaxKVp), without added filtration.
    static Expected<TubeSpectrum> tasmip(int kVp);
    /// Same, from the coefficient CSV's contents; errors name the line at fault.
    static Expected<TubeSpectrum> parseTasmip(const QByteArray &coefficientsCsv, int kVp);
    /// The bundled spectrum at kVp (MinKVp..MaxKVp): TASMIP up to 140 kVp, kramersExtended() above.
    static Expected<TubeSpectrum> tungsten(int kVp);
    /// A spectrum at a higher voltage kVp from one at a lower voltage V₀ (this), by Kramers' law
    /// for a thick target, N(E) ∝ (kVp − E) / E: each bin up to ExtensionJointKeV is scaled by
    /// (kVp − E) / (V₀ − E), which keeps its filtration and characteristic lines; above it the
    /// continuum is Kramers' with this spectrum's constant at ExtensionJointKeV. kVp must exceed
    /// kVp(), and this spectrum must be without added filtration.
    TubeSpectrum kramersExtended(int kVp) const;
    /// Highest energy, keV, whose bin is scaled rather than replaced by the Kramers continuum. In
    /// TASMIP's 140 kV spectrum N(E)·E / (140 − E) stays within 10 % of its mean from 72 to 110 keV;
    /// above, the polynomials near their end scatter (the 128 and 130 keV bins are a twelfth and a
    /// fortieth of their neighbours').
    static constexpr int ExtensionJointKeV = 110;

    /// Any spectrum from its photons per mm² in 1-keV bins (index = keV); its peak is the last bin.
    /// LinacSpectrum makes the MeV ones of cargo scanners this way.
    static TubeSpectrum fromFluence(std::vector<double> fluencePerKeV);

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
