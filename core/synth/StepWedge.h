// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"
#include "synth/AttenuationTable.h"
#include "synth/DualEnergyDetector.h"

#include <QList>
#include <QString>

namespace pen {

/// A material-discrimination test piece in the manner of ASTM F792: one row of steps per
/// material (polyethylene, aluminium, steel 304, lead), thinnest on the left, on an empty
/// background so that each step's transmission is its own. Thicknesses keep T_high well inside
/// (0, 1) at the default detector settings.
namespace StepWedge {

struct Step {
    QString material; ///< an AttenuationTable key
    double thicknessMm = 0;
    friend bool operator==(const Step &, const Step &) = default;
};

constexpr int StepPx = 48; ///< each step is a StepPx × StepPx square
constexpr int GapPx = 16;  ///< empty space around and between steps

/// The materials, from low to high Z_eff.
QStringList materials();
/// Every step, row by row (materials() order), thinnest first within a row.
QList<Step> steps();
/// A scan of the wedge with one DualEnergy view; each step is a ground-truth object of
/// category "other" with its material, thicknessMm and box, in steps() order.
Scan scan(const AttenuationTable &table, const DetectorSettings &settings = {});

} // namespace StepWedge
} // namespace pen
