// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace pen {

/// Mass attenuation coefficients μ/ρ (cm²/g) by material and photon energy (keV, 1-keV grid), and
/// nominal densities (g/cm³), from the tables bundled in assets/attenuation. Immutable after load,
/// so one instance can be shared between threads. The baggage scanners' table covers 10–200 keV;
/// the MeV cargo scanners' (bundledToMeV) carries it on to 20 MeV, pair production included.
class AttenuationTable {
public:
    /// The bundled tables (a Qt resource compiled into core).
    static Expected<AttenuationTable> bundled();
    /// The bundled table reaching down to 1 keV (the 1–9 keV table) and carried on from 200 keV to
    /// 20 MeV by the MeV table (NIST SRD 126 energies, resampled log-log onto the 1-keV grid): what a
    /// linac's bremsstrahlung meets. About 6 MB; keep one instance.
    static Expected<AttenuationTable> bundledToMeV();
    /// Parses the two CSV files' contents; errors name the file and line.
    static Expected<AttenuationTable> parse(const QByteArray &muRhoCsv, const QByteArray &materialsCsv);
    /// Parses a μ/ρ table on any increasing energies (keV, as NIST tabulates them) and resamples it
    /// onto the 1-keV grid from its first to its last energy, interpolating log-log as NIST advises.
    static Expected<AttenuationTable> parseSampled(const QByteArray &muRhoCsv, const QByteArray &materialsCsv);
    /// This table carried on above its last energy by `higher` (which must hold every material of
    /// this one and reach further); the densities stay this table's.
    Expected<AttenuationTable> extendedBy(const AttenuationTable &higher) const;

    bool contains(const QString &material) const { return m_muRho.contains(material); }
    QStringList materials() const { return m_muRho.keys(); }
    int minKeV() const { return m_minKeV; }
    int maxKeV() const { return m_minKeV + int(m_energyCount) - 1; }

    /// μ/ρ in cm²/g; the energy is clamped to the table's range. material must be contained.
    double muRho(const QString &material, int keV) const;
    /// Nominal density in g/cm³, or 0 where the table leaves it to the scene (drug powders).
    double density(const QString &material) const { return m_density.value(material); }

private:
    int m_minKeV = 0;
    size_t m_energyCount = 0;
    QHash<QString, std::vector<double>> m_muRho;
    QHash<QString, double> m_density;
};

} // namespace pen
