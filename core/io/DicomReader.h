// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"

#include <QByteArray>
#include <QString>

namespace pen {

/// Reads DICOM and DICOS image files through DCMTK into a Scan with one view (no ground truth).
///
/// Supported: 8/16-bit MONOCHROME1 and MONOCHROME2 (MONOCHROME1 is inverted so that bright always
/// means "more transmitted"), RGB, 1 frame (single energy) or 2 frames (dual energy: low, high),
/// uncompressed and the compressed transfer syntaxes that DCMTK decodes (JPEG, JPEG-LS, RLE).
/// Anything else (JPEG 2000, 3 or more frames, absurd dimensions) is an Error naming the file and
/// the reason. Pixel values are kept as stored (no windowing, 8-bit values are not scaled; only the
/// bits given by BitsStored/HighBit are kept; MONOCHROME1 becomes 2^BitsStored - 1 - value). Signed
/// pixels and colour models other than RGB are Unsupported. Thread-safe.
///
/// Metadata: the scan id, object kind, scanner, view label and provenance come from the JSON that
/// writeDicomView() puts in Image Comments; in files from elsewhere the id is the file's base name,
/// the scanner is Manufacturer + Manufacturer's Model Name, the label is View Position and the
/// object kind Other. The pixel size is Pixel Spacing, else Imager Pixel Spacing (row spacing).
Expected<Scan> readDicomFile(const QString &path);

/// The same from bytes in memory; name is used in error messages only.
Expected<Scan> readDicomBuffer(const QByteArray &bytes, const QString &name);

} // namespace pen
