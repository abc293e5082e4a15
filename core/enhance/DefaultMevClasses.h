// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "synth/MevMaterialClasses.h"

#include <QColor>

namespace pen {

/// The classes of the default interlaced 4/6 MV portal (CargoScannerSettings) at its default dose,
/// calibrated once. The viewer classifies every MeV view with them (MevClassTable::portal()): all
/// MeV scans the product makes come from that portal; a real scanner's would need its own
/// calibration on reference blocks.
const Expected<MevMaterialClasses> &defaultMevClasses();

/// Orange, green, blue and violet for organic, mixed, steel and heavy; grey and black for the rest.
/// The kV consoles' material palette cannot show MeV views: at MeV, R falls with Z where at kV it
/// rises, and four classes are all that the physics tells apart.
QColor mevClassColour(MevMaterial material);

} // namespace pen
