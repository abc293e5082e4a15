// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/DefaultMaterialBands.h"

#include "synth/DefaultDetector.h"

namespace pen {

Expected<MaterialBands> defaultMaterialBands()
{
    static const Expected<MaterialBands> bands = []() -> Expected<MaterialBands> {
        auto detector = defaultDetector();
        if (!detector)
            return detector.error();
        return MaterialBands::calibrate(*detector);
    }();
    return bands;
}

} // namespace pen
