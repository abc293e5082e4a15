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
/// so one instance can be shared between threads.
class AttenuationTable {
public:
    /// The bundled tables (a Qt resource compiled into core).
    static Expected<AttenuationTable> bundled();
    /// Parses the two CSV files' contents; errors name the file and line.
    static Expected<AttenuationTable> parse(const QByteArray &muRhoCsv, const QByteArray &materialsCsv);

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
