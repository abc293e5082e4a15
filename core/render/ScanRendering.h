// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ScanView.h"
#include "synth/MaterialBands.h"

#include <QColor>
#include <QImage>

namespace pen {

/// Headless renderings of a view to an 8-bit image, for documentation, checks and the command line:
/// shorthands for the enhancement pipeline (EnhancementPipeline) at its console defaults.
/// Pure functions, thread-safe.
namespace ScanRendering {

/// A material class's colour at full strength in the default palette, for legends.
QColor materialColour(MaterialClass materialClass);

/// One energy channel (0 low, 1 high) or the single-energy channel in grey, windowed over the
/// channel's own attenuation range (least attenuating pixel white, most black); colour views are
/// returned as they are.
Expected<QImage> grey(const ScanView &view, int channel);

/// The dual-energy material view: hue by estimated effective atomic number (orange organic through
/// green to blue metal), brightness by attenuation down to black, impenetrable black,
/// nothing-on-the-ray white. The attenuations are averaged over 3x3 pixels first so that quantum
/// noise does not speckle the colours. Only for DualEnergy views; DisplaySettings' defaults.
Expected<QImage> materialColour(const ScanView &view, const MaterialBands &bands);

} // namespace ScanRendering
} // namespace pen
