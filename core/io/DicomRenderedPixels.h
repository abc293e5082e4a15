// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "io/DicomPixelLayout.h"
#include "model/ScanView.h"

#include <dcmtk/dcmdata/dcdatset.h>

namespace pen {

/// Reads what holdsStoredPixels() does not take, through DCMTK's image module (DicomImage), from
/// uncompressed pixel data: it unpacks 1-bit samples, sign-extends signed ones, and turns palette
/// colour and YBR (full, 422, partial) into RGB.
///
/// Grey frames become 16-bit channels, each value v (as stored, before the modality rescale:
/// Rescale Slope/Intercept are linear, so a display window over the stored values shows the same):
/// - BitsStored <= 16, unsigned: v, unchanged;
/// - BitsStored <= 16, signed: v + 2^(BitsStored-1), which keeps every value and its order;
/// - BitsStored > 16 (32-bit data): the data's own range over the frames read, [min, max], mapped
///   linearly onto [0, 65535], rounded to nearest ((v - min) * 65535 / (max - min)); 0 where max == min.
/// MONOCHROME1 is then inverted against the top of that range (2^BitsStored - 1, or 65535).
/// Colour frames become 8-bit RGB by DCMTK: samples of more than 8 bits keep their top 8 bits,
/// YBR is converted with DCMTK's formula, palette entries of 16 bits keep their top 8 bits.
/// Two grey frames make a dual-energy view (low, high).
Expected<ScanView> readRenderedPixels(DcmDataset &dataset, const PixelLayout &layout, FrameRange frames);

} // namespace pen
