// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/AttenuationTable.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

Expected<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, path + QStringLiteral(": bundled table missing"));
    return file.readAll();
}

// Splits one CSV line, honouring double quotes (descriptions contain commas).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            fields.append(std::exchange(current, QString()));
        else
            current.append(c);
    }
    fields.append(current);
    return fields;
}

// Field c of data row `row` (0-based line index) as a positive number, or an error naming line and column.
Expected<double> positiveField(const QStringList &fields, const QStringList &header, qsizetype c, qsizetype row)
{
    bool ok = false;
    const double value = fields[c].toDouble(&ok);
    if (!ok || value <= 0)
        return makeError(
            ErrorCode::Format,
            QStringLiteral("mu_rho table: line %1, %2: not a positive number").arg(row + 1).arg(header[c]));
    return value;
}

} // namespace

Expected<AttenuationTable> AttenuationTable::bundled()
{
    auto muRho = readResource(QStringLiteral(":/pen/attenuation/mu_rho_total_10_200keV.csv"));
    if (!muRho)
        return muRho.error();
    auto materials = readResource(QStringLiteral(":/pen/attenuation/materials.csv"));
    if (!materials)
        return materials.error();
    return parse(*muRho, *materials);
}

Expected<AttenuationTable> AttenuationTable::bundledToMeV()
{
    auto kiloelectronvolts = bundled();
    if (!kiloelectronvolts)
        return kiloelectronvolts.error();
    auto lowest = readResource(QStringLiteral(":/pen/attenuation/mu_rho_total_1_9keV.csv"));
    if (!lowest)
        return lowest.error();
    auto materials = readResource(QStringLiteral(":/pen/attenuation/materials.csv"));
    if (!materials)
        return materials.error();
    auto below = parse(*lowest, *materials);
    if (!below)
        return below.error();
    auto muRho = readResource(QStringLiteral(":/pen/attenuation/mu_rho_total_100keV_20MeV.csv"));
    if (!muRho)
        return muRho.error();
    auto megaelectronvolts = parseSampled(*muRho, QByteArrayLiteral("key\n"));
    if (!megaelectronvolts)
        return megaelectronvolts.error();
    auto toBaggage = below->extendedBy(*kiloelectronvolts);
    if (!toBaggage)
        return toBaggage.error();
    return toBaggage->extendedBy(*megaelectronvolts);
}

Expected<AttenuationTable> AttenuationTable::parseSampled(const QByteArray &muRhoCsv, const QByteArray &materialsCsv)
{
    const QList<QByteArray> lines = muRhoCsv.trimmed().split('\n');
    const QStringList header = csvFields(QString::fromUtf8(lines.value(0)).trimmed());
    if (header.size() < 2 || header.first() != u"energy_keV" || lines.size() < 3)
        return makeError(
            ErrorCode::Format,
            QStringLiteral("mu_rho table: line 1: expected energy_keV and material columns, and two rows"));
    std::vector<double> energies;
    QHash<QString, std::vector<double>> samples;
    for (qsizetype row = 1; row < lines.size(); ++row) {
        const QStringList fields = csvFields(QString::fromUtf8(lines[row]).trimmed());
        bool ok = fields.size() == header.size();
        const double keV = fields.value(0).toDouble(&ok);
        if (!ok || keV <= 0 || (!energies.empty() && keV <= energies.back()))
            return makeError(ErrorCode::Format,
                             QStringLiteral("mu_rho table: line %1: malformed or energy not increasing").arg(row + 1));
        energies.push_back(keV);
        for (qsizetype c = 1; c < header.size(); ++c) {
            const Expected<double> value = positiveField(fields, header, c, row);
            if (!value)
                return value.error();
            samples[header[c]].push_back(std::log(*value));
        }
    }
    AttenuationTable table;
    table.m_minKeV = int(std::ceil(energies.front()));
    const int maxKeV = int(std::floor(energies.back()));
    table.m_energyCount = size_t(maxKeV - table.m_minKeV + 1);
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        std::vector<double> &values = table.m_muRho[it.key()];
        size_t below = 0;
        for (int keV = table.m_minKeV; keV <= maxKeV; ++keV) {
            while (below + 2 < energies.size() && energies[below + 1] <= keV)
                ++below;
            const double along = std::log(keV / energies[below]) / std::log(energies[below + 1] / energies[below]);
            values.push_back(std::exp(it.value()[below] + along * (it.value()[below + 1] - it.value()[below])));
        }
    }
    // The densities, where a materials table is given.
    auto densities = parse(QByteArrayLiteral("energy_keV,unused\n1,1\n"), materialsCsv);
    if (!densities)
        return densities.error();
    table.m_density = densities->m_density;
    return table;
}

Expected<AttenuationTable> AttenuationTable::extendedBy(const AttenuationTable &higher) const
{
    if (higher.maxKeV() <= maxKeV() || higher.minKeV() > maxKeV() + 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("mu_rho tables: %1-%2 keV does not carry on %3-%4 keV")
                             .arg(higher.minKeV())
                             .arg(higher.maxKeV())
                             .arg(minKeV())
                             .arg(maxKeV()));
    AttenuationTable table = *this;
    for (auto it = table.m_muRho.begin(); it != table.m_muRho.end(); ++it) {
        if (!higher.contains(it.key()))
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("mu_rho tables: %1 missing above %2 keV").arg(it.key()).arg(maxKeV()));
        for (int keV = maxKeV() + 1; keV <= higher.maxKeV(); ++keV)
            it.value().push_back(higher.muRho(it.key(), keV));
    }
    table.m_energyCount = size_t(higher.maxKeV() - minKeV() + 1);
    return table;
}

Expected<AttenuationTable> AttenuationTable::parse(const QByteArray &muRhoCsv, const QByteArray &materialsCsv)
{
    AttenuationTable table;
    const QList<QByteArray> lines = muRhoCsv.trimmed().split('\n');
    const QStringList header = csvFields(QString::fromUtf8(lines.value(0)).trimmed());
    if (header.size() < 2 || header.first() != u"energy_keV")
        return makeError(ErrorCode::Format,
                         QStringLiteral("mu_rho table: line 1: expected energy_keV and material columns"));
    for (qsizetype row = 1; row < lines.size(); ++row) {
        const QStringList fields = csvFields(QString::fromUtf8(lines[row]).trimmed());
        bool ok = fields.size() == header.size();
        const int keV = fields.value(0).toInt(&ok);
        if (!ok || (row > 1 && keV != table.m_minKeV + row - 1))
            return makeError(ErrorCode::Format,
                             QStringLiteral("mu_rho table: line %1: malformed or off the 1-keV grid").arg(row + 1));
        if (row == 1)
            table.m_minKeV = keV;
        for (qsizetype c = 1; c < header.size(); ++c) {
            const Expected<double> value = positiveField(fields, header, c, row);
            if (!value)
                return value.error();
            table.m_muRho[header[c]].push_back(*value);
        }
    }
    table.m_energyCount = size_t(lines.size() - 1);
    const QList<QByteArray> materialLines = materialsCsv.trimmed().split('\n');
    for (qsizetype row = 1; row < materialLines.size(); ++row) {
        const QStringList fields = csvFields(QString::fromUtf8(materialLines[row]).trimmed());
        if (fields.size() < 4)
            return makeError(ErrorCode::Format,
                             QStringLiteral("materials table: line %1: too few fields").arg(row + 1));
        table.m_density.insert(fields[0], fields[3].toDouble());
    }
    return table;
}

double AttenuationTable::muRho(const QString &material, int keV) const
{
    const std::vector<double> &values = *m_muRho.constFind(material);
    const int index = std::clamp(keV - m_minKeV, 0, int(m_energyCount) - 1);
    return values[size_t(index)];
}

} // namespace pen
