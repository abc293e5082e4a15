// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

namespace pen::gui {

/// The view at half its resolution, as a detector of twice the pitch would record it: each pixel is
/// the mean (rounded half up) of a 2 × 2 block of the view's 16-bit values, or for colour views of
/// each 8-bit component; an odd last column or row averages the 2 or 1 pixels it has there.
/// Applied L times it gives the 2^L × 2^L box average wherever the size divides. The size is
/// ((width + 1) / 2) × ((height + 1) / 2); the view must have pixels. Pure, thread-safe, runs on
/// all cores.
ScanView halvedView(const ScanView &view);

} // namespace pen::gui
