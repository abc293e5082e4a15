// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/CargoDetector.h"

#include <QFile>

#include <cmath>

namespace pen::CargoDetector {
namespace {

const Expected<AttenuationTable> &crystalTable()
{
    static const Expected<AttenuationTable> table = []() -> Expected<AttenuationTable> {
        const QString path = QStringLiteral(":/pen/spectra/detector_mu_rho_100keV_20MeV.csv");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, path + QStringLiteral(": bundled detector table missing"));
        return AttenuationTable::parseSampled(file.readAll(), QByteArrayLiteral("key\n"));
    }();
    return table;
}

std::vector<double> signalPerKeV(const AttenuationTable &table, const AttenuationTable &crystal,
                                 const TubeSpectrum &spectrum, double crystalMm)
{
    std::vector<double> signal;
    for (int keV = table.minKeV(); keV <= table.maxKeV(); ++keV) {
        const double fluence = spectrum.fluence(keV);
        if (fluence <= 0 || keV < crystal.minKeV()) {
            signal.push_back(0);
            continue;
        }
        const double mu = crystal.muRho(QStringLiteral("cdwo4"), keV);
        const double kept = crystal.muRho(QStringLiteral("cdwo4_energy_absorption"), keV) / mu;
        signal.push_back(fluence * keV * (1 - std::exp(-mu * CdWO4Density * crystalMm / 10)) * kept);
    }
    return signal;
}

} // namespace

Expected<DualEnergyDetector> create(const AttenuationTable &table, const CargoScannerSettings &settings)
{
    const Expected<AttenuationTable> &crystal = crystalTable();
    if (!crystal)
        return crystal.error();
    const int highMV = std::clamp(settings.highMV, LinacSpectrum::MinMV, LinacSpectrum::MaxMV);
    const int lowMV = settings.lowMV > 0 ? std::clamp(settings.lowMV, LinacSpectrum::MinMV, highMV) : highMV;
    if (table.maxKeV() < highMV * 1000)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("attenuation table ends at %1 keV, below the %2 MV linac's peak")
                             .arg(table.maxKeV())
                             .arg(highMV));
    TubeSpectrum high = LinacSpectrum::bremsstrahlung(highMV, table, settings.target);
    const TubeSpectrum low = LinacSpectrum::bremsstrahlung(lowMV, table, settings.target);
    std::array<std::vector<double>, 2> signal{signalPerKeV(table, *crystal, low, settings.crystalMm),
                                              signalPerKeV(table, *crystal, high, settings.crystalMm)};
    return DualEnergyDetector::fromSignal(table, std::move(high), std::move(signal));
}

DetectorSettings chainSettings(const CargoScannerSettings &settings)
{
    DetectorSettings detector;
    detector.incidentPhotons = settings.quantaAt6MV * LinacSpectrum::relativeOutput(settings.highMV);
    detector.noise = settings.noise;
    detector.seed = settings.seed;
    detector.blurSigmaPx = settings.blurSigmaPx;
    detector.chain = settings.chain;
    return detector;
}

} // namespace pen::CargoDetector
