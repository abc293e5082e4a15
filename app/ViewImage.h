// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Image16.h"
#include "model/ScanView.h"

#include <QImage>

namespace pen::gui {

/// The 8-bit pictures the browser shows. Pure functions, safe on any thread.
namespace ViewImage {

/// Maps a 16-bit channel linearly from its own min..max to 0..255 (a flat image maps by value).
QImage windowedGrey(const Image16 &channel);

/// What the browser shows for a view: energy views as grey (the high-energy channel of a
/// dual-energy view), colour views as they are. A null image when the view has no pixels.
QImage render(const ScanView &view);

} // namespace ViewImage
} // namespace pen::gui
