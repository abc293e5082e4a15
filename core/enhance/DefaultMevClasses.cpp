// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/DefaultMevClasses.h"

#include "synth/CargoDetector.h"

namespace pen {

QColor mevClassColour(MevMaterial material)
{
    switch (material) {
    case MevMaterial::Organic: return QColor(236, 140, 30);
    case MevMaterial::Mixed: return QColor(60, 170, 60);
    case MevMaterial::Steel: return QColor(50, 110, 220);
    case MevMaterial::Heavy: return QColor(150, 60, 200);
    case MevMaterial::Unclassified: return QColor(200, 200, 200);
    case MevMaterial::Impenetrable: return QColor(0, 0, 0);
    }
    return QColor(200, 200, 200);
}

const Expected<MevMaterialClasses> &defaultMevClasses()
{
    static const Expected<MevMaterialClasses> classes = []() -> Expected<MevMaterialClasses> {
        static const Expected<AttenuationTable> table = AttenuationTable::bundledToMeV();
        if (!table)
            return table.error();
        const CargoScannerSettings settings;
        auto detector = CargoDetector::create(*table, settings);
        if (!detector)
            return detector.error();
        return MevMaterialClasses::calibrate(*detector, CargoDetector::chainSettings(settings).incidentPhotons);
    }();
    return classes;
}

} // namespace pen
