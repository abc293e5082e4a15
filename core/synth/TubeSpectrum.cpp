// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/TubeSpectrum.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <cmath>

namespace pen {

Expected<TubeSpectrum> TubeSpectrum::tasmip(int kVp)
{
    const QString path = QStringLiteral(":/pen/spectra/tasmip_boone_seibert_1997_coefficients.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, path + QStringLiteral(": bundled spectrum missing"));
    return parseTasmip(file.readAll(), kVp);
}

Expected<TubeSpectrum> TubeSpectrum::parseTasmip(const QByteArray &coefficientsCsv, int kVp)
{
    if (kVp < MinKVp || kVp > TasmipMaxKVp)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("tube voltage %1 kV: TASMIP covers %2-%3 kV").arg(kVp).arg(MinKVp).arg(TasmipMaxKVp));
    TubeSpectrum spectrum;
    spectrum.m_kVp = kVp;
    spectrum.m_fluence.assign(size_t(kVp) + 1, 0.0);
    const QList<QByteArray> lines = coefficientsCsv.split('\n');
    for (qsizetype row = 0; row < lines.size(); ++row) {
        const QByteArray line = lines[row].trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith("energy"))
            continue;
        const QList<QByteArray> fields = line.split(',');
        bool ok = fields.size() == 5;
        const int keV = fields.value(0).toInt(&ok);
        double fluence = 0;
        for (qsizetype i = 1; ok && i < 5; ++i)
            fluence += fields[i].toDouble(&ok) * std::pow(double(kVp), double(i - 1));
        if (!ok || keV < 0)
            return makeError(ErrorCode::Format, QStringLiteral("TASMIP coefficients: line %1: malformed").arg(row + 1));
        // TASMIP's polynomials are meaningless above the tube voltage and may dip below zero.
        if (keV - 0.5 <= kVp && keV <= kVp)
            spectrum.m_fluence[size_t(keV)] = std::max(fluence, 0.0);
    }
    return spectrum;
}

Expected<TubeSpectrum> TubeSpectrum::tungsten(int kVp)
{
    if (kVp < MinKVp || kVp > MaxKVp)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("tube voltage %1 kV: the tungsten spectra cover %2-%3 kV").arg(kVp).arg(MinKVp).arg(MaxKVp));
    if (kVp <= TasmipMaxKVp)
        return tasmip(kVp);
    auto highest = tasmip(TasmipMaxKVp);
    if (!highest)
        return highest.error();
    return highest->kramersExtended(kVp);
}

TubeSpectrum TubeSpectrum::kramersExtended(int kVp) const
{
    // Kramers (1923): a thick tungsten target gives N(E) = k Z (V − E) / E photons per keV. The ratio
    // of two voltages' spectra then holds bin by bin, filtration and all, as long as both are
    // continuum; TASMIP's 140 kV spectrum follows it within 10 % from 72 to 110 keV.
    TubeSpectrum result;
    result.m_kVp = kVp;
    result.m_fluence.assign(size_t(kVp) + 1, 0.0);
    const int joint = std::min(ExtensionJointKeV, m_kVp - 1);
    const double kramers = fluence(joint) * joint / double(m_kVp - joint);
    for (int keV = 1; keV < kVp; ++keV) {
        result.m_fluence[size_t(keV)]
            = keV <= joint ? fluence(keV) * double(kVp - keV) / double(m_kVp - keV) : kramers * double(kVp - keV) / keV;
    }
    return result;
}

TubeSpectrum TubeSpectrum::fromFluence(std::vector<double> fluencePerKeV)
{
    TubeSpectrum spectrum;
    spectrum.m_kVp = std::max(0, int(fluencePerKeV.size()) - 1);
    spectrum.m_fluence = std::move(fluencePerKeV);
    return spectrum;
}

TubeSpectrum TubeSpectrum::filtered(const AttenuationTable &table, const QString &material, double mm) const
{
    TubeSpectrum result = *this;
    const double density = table.density(material);
    for (size_t keV = 0; keV < result.m_fluence.size(); ++keV) {
        if (int(keV) < table.minKeV())
            result.m_fluence[keV] = 0;
        else
            result.m_fluence[keV] *= std::exp(-table.muRho(material, int(keV)) * density * mm / 10.0);
    }
    return result;
}

double TubeSpectrum::fluence(int keV) const
{
    return keV >= 0 && size_t(keV) < m_fluence.size() ? m_fluence[size_t(keV)] : 0.0;
}

double TubeSpectrum::meanKeV() const
{
    double photons = 0, energy = 0;
    for (size_t keV = 0; keV < m_fluence.size(); ++keV) {
        photons += m_fluence[keV];
        energy += m_fluence[keV] * double(keV);
    }
    return photons > 0 ? energy / photons : 0.0;
}

} // namespace pen
