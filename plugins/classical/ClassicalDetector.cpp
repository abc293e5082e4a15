// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ClassicalDetector.h"

#include "AttenuationMaps.h"
#include "NarcoticsFinder.h"
#include "TobaccoFinder.h"

#include "enhance/DefaultMaterialBands.h"

#include <algorithm>

namespace pen::classical {

Expected<ClassicalDetector> ClassicalDetector::create()
{
    auto bands = defaultMaterialBands();
    if (!bands)
        return bands.error();
    auto mass = OrganicMassScale::calibrate();
    if (!mass)
        return mass.error();
    return ClassicalDetector(MaterialBandTable(*bands), *mass);
}

std::vector<Finding> ClassicalDetector::detect(const pen_atd_view &view) const
{
    const AttenuationMaps maps = AttenuationMaps::fromView(view, WorkingPixelMm, MaxWorkingSide, AssumedPixelMm);
    std::vector<Finding> findings = findNarcotics(maps, m_bands, m_mass);
    const std::vector<Finding> tobacco = findTobacco(view, maps, m_bands, m_mass);
    findings.insert(findings.end(), tobacco.begin(), tobacco.end());
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.probability > b.probability; });
    return findings;
}

} // namespace pen::classical
