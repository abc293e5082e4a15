// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ScanView.h"
#include "synth/MevMaterialClasses.h"

#include <QColor>
#include <QImage>

namespace pen {

/// A MeV cargo view as its scanner's material display shows it: each pixel's class from the mean
/// a_low and a_high of its 5 × 5 neighbourhood (MevMaterialClasses::classifyMeasured), in the
/// class's colour (mevClassColour) with a lightness that follows the attenuation. Rays whose class
/// cannot be told (too little matter, the thin high-Z ambiguity, R within noise of a class
/// boundary, or an edge, where the light spread mixes transmissions and R reads as heavy metal)
/// are grey with dark diagonal hatching,
/// so that an officer sees where the colours say nothing; impenetrable rays are black. The
/// kV consoles' material mode cannot show these views: at MeV, R falls with Z where at kV it
/// rises. Fails (Unsupported) on a view that is not dual-energy.
Expected<QImage> renderMevClasses(const ScanView &view, const MevMaterialClasses &classes);

/// Orange, green, blue and violet for organic, mixed, steel and heavy; grey and black for the rest.
QColor mevClassColour(MevMaterial material);

/// The classes of the default interlaced 4/6 MV portal (CargoScannerSettings) at its default dose,
/// calibrated once.
const Expected<MevMaterialClasses> &defaultMevClasses();

} // namespace pen
