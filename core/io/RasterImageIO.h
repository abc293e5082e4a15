// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ScanView.h"

#include <QSize>
#include <QString>

namespace pen {

/// The largest image, in pixels, that the raster functions accept (2^28, e.g. 16384 x 16384);
/// larger dimensions are refused from the file's header, before anything is decoded.
inline constexpr qint64 MaxRasterPixels = qint64(1) << 28;

/// Reads a PNG, TIFF or JPEG file (8 or 16 bit) into a view: grey images become SingleEnergy
/// (8-bit values scaled to 16 bit by 257), colour images become Colour. A truncated or corrupt file
/// is an Error naming the file and the reason. Thread-safe.
///
/// The format is decided by the file's content, not its suffix. PNG and JPEG files must end with
/// their end chunk / end-of-image marker: Qt decodes a truncated file into a partly grey image
/// with only a warning, so the trailer is checked before decoding. On first use this raises Qt's
/// process-wide QImageReader::allocationLimit() to 1 GiB (never lowers it), so that every image
/// within MaxRasterPixels can be decoded.
Expected<ScanView> readRasterView(const QString &path);

/// Reads only the header of a PNG, TIFF or JPEG file: its size in pixels. Cheap enough to check
/// every image of a large dataset before importing any. Thread-safe.
Expected<QSize> readRasterSize(const QString &path);

/// Writes a SingleEnergy view as 16-bit grey or a Colour view as RGB, the format chosen by the
/// file's suffix (.png, .tif/.tiff, .jpg/.jpeg). DualEnergy views have two channels and are
/// refused: use DICOM. Atomic. Thread-safe.
///
/// JPEG stores 8 bits and is lossy: a SingleEnergy view written as JPEG is reduced to 8 bits
/// (each value rounded to value / 257) at quality 95, so reading it back gives neither the 16-bit
/// values nor exactly the 8-bit ones. Use PNG or TIFF wherever the values matter.
Expected<void> writeRasterView(const ScanView &view, const QString &path);

} // namespace pen
