// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/DefaultDetector.h"

#include "synth/AttenuationTable.h"

namespace pen {

Expected<DualEnergyDetector> defaultDetector()
{
    // The detector keeps a reference to its table: the bundled one lives as long as the program.
    static const Expected<AttenuationTable> table = AttenuationTable::bundled();
    if (!table)
        return table.error();
    return DualEnergyDetector::create(*table, DetectorSettings{});
}

} // namespace pen
