// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "io/DicomPixelLayout.h"
#include "model/ScanView.h"

#include <dcmtk/dcmdata/dcdatset.h>

namespace pen {

/// Whether the pixels can be taken as stored, without DCMTK's image module: unsigned grey of 8 or
/// 16 bits (our own files and most X-ray images) and RGB of 8 bits. The fast path.
bool holdsStoredPixels(const PixelLayout &layout);

/// Reads the frames of such uncompressed pixel data into a view: only the bits given by
/// BitsStored/HighBit are kept, MONOCHROME1 becomes 2^BitsStored - 1 - value, RGB planes are
/// interleaved. Two grey frames make a dual-energy view (low, high). Only the frames asked for are
/// read, straight from the file when DCMTK has left the value on disk.
Expected<ScanView> readStoredPixels(DcmDataset &dataset, const PixelLayout &layout, FrameRange frames);

/// The Pixel Data element, once it is known to hold at least the bytes the layout needs.
Expected<DcmElement *> pixelDataElement(DcmDataset &dataset, const PixelLayout &layout);

} // namespace pen
