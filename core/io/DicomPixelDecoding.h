// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "io/DicomPixelLayout.h"

#include <dcmtk/dcmdata/dcdatset.h>

namespace pen {

/// DCMTK's decoders and image module read NumberOfFrames only as IS; DICOS writes it as US, which
/// they would take for one frame. Rewritten as IS, every frame is decoded.
Expected<void> normaliseNumberOfFrames(DcmDataset &dataset, const PixelLayout &layout);

/// Decompresses the pixel data in place (uncompressed little endian), with DCMTK's registered
/// codecs. JPEG 2000, which DCMTK here cannot decode, and a syntax without a decoder are errors
/// that name the transfer syntax.
Expected<void> decodePixelData(DcmDataset &dataset);

} // namespace pen
