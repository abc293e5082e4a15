// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/DualEnergyDetector.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

constexpr double CsiDensity = 4.51; // g/cm³

// μ/ρ of the scintillators (assets/spectra/detector_mu_rho_10_200keV.csv), parsed once: it is
// the same for every detector and immutable.
const Expected<AttenuationTable> &scintillatorTable()
{
    static const Expected<AttenuationTable> table = []() -> Expected<AttenuationTable> {
        const QString path = QStringLiteral(":/pen/spectra/detector_mu_rho_10_200keV.csv");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, path + QStringLiteral(": bundled detector table missing"));
        return AttenuationTable::parse(file.readAll(), QByteArrayLiteral("key\n"));
    }();
    return table;
}

double absorbed(double muRho, double density, double mm)
{
    return 1.0 - std::exp(-muRho * density * mm / 10.0);
}

void normalise(std::vector<double> &weights)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    for (double &w : weights)
        w = sum > 0 ? w / sum : 0.0;
}

} // namespace

Expected<DualEnergyDetector> DualEnergyDetector::create(const AttenuationTable &table, const DetectorSettings &settings)
{
    const Expected<AttenuationTable> &csi = scintillatorTable();
    if (!csi)
        return csi.error();
    auto tube = TubeSpectrum::tungsten(std::clamp(settings.tubeKVp, TubeSpectrum::MinKVp, TubeSpectrum::MaxKVp));
    if (!tube)
        return tube.error();
    DualEnergyDetector detector;
    detector.m_table = &table;
    detector.m_spectrum = tube->filtered(table, QStringLiteral("aluminium"), settings.tubeFilterAlMm);
    const double copperDensity = table.density(QStringLiteral("copper"));
    for (int keV = table.minKeV(); keV <= detector.maxKeV(); ++keV) {
        const double scintillator = csi->muRho(QStringLiteral("csi"), keV);
        const double front = absorbed(scintillator, CsiDensity, settings.frontScintillatorMm);
        // What reaches the rear scintillator passed the front one and the copper.
        const double reachesRear = (1.0 - front)
            * (1.0 - absorbed(table.muRho(QStringLiteral("copper"), keV), copperDensity, settings.interFilterCuMm));
        const double rear = reachesRear * absorbed(scintillator, CsiDensity, settings.rearScintillatorMm);
        const double energy = detector.m_spectrum.fluence(keV) * keV;
        detector.m_weights[Low].push_back(energy * front);
        detector.m_weights[High].push_back(energy * rear);
    }
    normalise(detector.m_weights[Low]);
    normalise(detector.m_weights[High]);
    return detector;
}

DualEnergyDetector DualEnergyDetector::fromSignal(const AttenuationTable &table, TubeSpectrum spectrum,
                                                  std::array<std::vector<double>, 2> signalPerKeV)
{
    DualEnergyDetector detector;
    detector.m_table = &table;
    detector.m_spectrum = std::move(spectrum);
    detector.m_weights = std::move(signalPerKeV);
    normalise(detector.m_weights[Low]);
    normalise(detector.m_weights[High]);
    return detector;
}

double DualEnergyDetector::weight(int channel, int keV) const
{
    const std::vector<double> &weights = m_weights[size_t(channel)];
    const int index = keV - minKeV();
    return index >= 0 && size_t(index) < weights.size() ? weights[size_t(index)] : 0.0;
}

double DualEnergyDetector::meanKeV(int channel) const
{
    double sum = 0;
    for (int keV = minKeV(); keV <= maxKeV(); ++keV)
        sum += weight(channel, keV) * keV;
    return sum;
}

double DualEnergyDetector::densityOf(const MaterialLayer &layer) const
{
    return layer.densityGcm3 > 0 ? layer.densityGcm3 : m_table->density(layer.material);
}

double DualEnergyDetector::transmission(int channel, const QList<MaterialLayer> &layers) const
{
    double signal = 0;
    for (int keV = minKeV(); keV <= maxKeV(); ++keV) {
        double lineIntegral = 0;
        for (const MaterialLayer &layer : layers)
            lineIntegral += m_table->muRho(layer.material, keV) * densityOf(layer) * layer.thicknessCm;
        signal += weight(channel, keV) * std::exp(-lineIntegral);
    }
    return signal;
}

} // namespace pen
