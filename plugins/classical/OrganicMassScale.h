// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <vector>

namespace pen::classical {

/// Areal density (g/cm²) of an organic layer from the high-energy attenuation it adds, by the
/// project's default detector model (DetectorSettings{}) with cellulose standing for organic
/// matter: organics differ little in μ/ρ at the high energy, where Compton scattering dominates.
/// Immutable, safe to share.
class OrganicMassScale {
public:
    static Expected<OrganicMassScale> calibrate();

    double gramsPerCm2(double aHigh) const;
    double aHighOf(double gramsPerCm2) const;

private:
    std::vector<double> m_grams; ///< increasing
    std::vector<double> m_aHigh; ///< increasing, the same length
};

} // namespace pen::classical
