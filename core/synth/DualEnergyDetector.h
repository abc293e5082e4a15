// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "synth/AttenuationTable.h"
#include "synth/DetectorChainSettings.h"
#include "synth/TubeSpectrum.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace pen {

/// Settings of the simulated scanner: tube, sandwich detector, noise, blur and the rest of the
/// detector chain. The defaults are a typical baggage/parcel scanner at 140 kV, TASMIP's highest
/// voltage; TubeSpectrum reaches 160 kV, where real scanners run, by Kramers' law. The material
/// bands, the demo sets' realism figures and the lead limit were tuned at 140 kV, and 160 kV moves
/// them (docs/physics.md, "Image model").
struct DetectorSettings {
    double incidentPhotons
        = 20000; ///< detected X-ray quanta per pixel and channel without an object; sets the quantum noise
    /// false: the ideal detector, the model's own transmissions with only the light spread
    /// (blurSigmaPx); true: quantum noise and the detector chain as `chain` sets it.
    bool noise = true;
    quint32 seed = 1;
    int tubeKVp = TubeSpectrum::TasmipMaxKVp; ///< clamped to TubeSpectrum's range (30–160 kV)
    double tubeFilterAlMm = 3.0;              ///< inherent + added aluminium filtration of the tube, mm
    double frontScintillatorMm = 0.3;         ///< CsI of the front (low-energy) detector, mm
    double interFilterCuMm = 0.6;             ///< copper between the front and rear detectors, mm
    double rearScintillatorMm = 4.0;          ///< CsI of the rear (high-energy) detector, mm
    double blurSigmaPx = 0.5; ///< front scintillator's light spread, Gaussian sigma in pixels; 0: none (both layers)
    DetectorChainSettings chain = {}; ///< scatter, afterglow, calibration residue, electronic noise
};

/// One homogeneous layer on a ray.
struct MaterialLayer {
    QString material;       ///< an AttenuationTable key
    double densityGcm3 = 0; ///< 0: the table's nominal density
    double thicknessCm = 0;
};

/// The response of a sandwich dual-energy detector to a filtered tube spectrum: the low channel is a
/// thin front CsI scintillator, the high channel a thick rear one behind a copper filter. Both are
/// energy-integrating: a photon of energy E adds E·η_c(E) to channel c, where η_c is the probability
/// that it is absorbed in that channel's scintillator. Immutable; the table must outlive it.
class DualEnergyDetector {
public:
    static constexpr int Low = 0;
    static constexpr int High = 1;

    static Expected<DualEnergyDetector> create(const AttenuationTable &table, const DetectorSettings &settings);
    /// Any other detector from its channels' signal per keV (index = keV − table.minKeV(), each
    /// normalised here to sum to 1) and the spectrum that reaches highest: how the MeV cargo
    /// detector (CargoScanner) is made. The table must reach spectrum.kVp().
    static DualEnergyDetector fromSignal(const AttenuationTable &table, TubeSpectrum spectrum,
                                         std::array<std::vector<double>, 2> signalPerKeV);

    const AttenuationTable &table() const { return *m_table; }
    const TubeSpectrum &spectrum() const { return m_spectrum; }
    int minKeV() const { return m_table->minKeV(); }
    int maxKeV() const { return m_spectrum.kVp(); }
    /// Share of channel's unattenuated signal carried by photons of keV: N(E)·E·η(E), summing to 1.
    double weight(int channel, int keV) const;
    /// Signal-weighted mean photon energy of a channel, keV.
    double meanKeV(int channel) const;
    /// Noise-free transmission of channel (signal with the layers / signal without), exact on the
    /// 1-keV grid; layers' materials must be in the table.
    double transmission(int channel, const QList<MaterialLayer> &layers) const;
    /// Density of a layer in g/cm³, the table's where the layer leaves it 0.
    double densityOf(const MaterialLayer &layer) const;

private:
    const AttenuationTable *m_table = nullptr;
    TubeSpectrum m_spectrum;
    std::array<std::vector<double>, 2> m_weights; ///< index = keV − minKeV()
};

} // namespace pen
