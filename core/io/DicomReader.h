// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pen {

/// Which part of a DICOM file becomes the view.
struct DicomReadOptions {
    /// The frame of a multi-frame image (0-based). Unset: the first frame, except that an image of
    /// exactly two grey frames is read as dual energy (low, high), as our own files are written.
    std::optional<int> frame;
};

/// Reads DICOM and DICOS image files through DCMTK into a Scan with one view (no ground truth).
///
/// Reads whatever DCMTK's decoders decode: grey (MONOCHROME1/2) of 1, 8, 12, 16 or 32 bits,
/// signed or unsigned; RGB of 8, 16 or 32 bits, planar or not; YBR_FULL, YBR_FULL_422 and
/// YBR_PARTIAL; palette colour; uncompressed (little or big endian, deflated), JPEG, JPEG-LS and
/// RLE. Grey becomes 16-bit channels, colour 8-bit RGB. Unsigned grey of up to 16 bits keeps its
/// stored values (only the bits given by BitsStored/HighBit, no windowing; MONOCHROME1 becomes
/// 2^BitsStored - 1 - value, so that bright always means "more transmitted"); signed and 32-bit
/// grey are mapped into 16 bits as readRenderedPixels() in DicomRenderedPixels.h says.
///
/// What cannot be shown is an Error of one line naming the file, what it is (its SOP class, e.g.
/// "DICOS Threat Detection Report") and why: no pixel data, JPEG 2000 (no decoder in DCMTK here),
/// absurd dimensions, a frame the file does not have. DCMTK's own log stays quiet (DicomLog.h).
/// Thread-safe.
///
/// Metadata: the scan id, object kind, scanner, view label and provenance come from the JSON that
/// writeDicomView() puts in Image Comments; in files from elsewhere the id is the file's base name,
/// the scanner is Manufacturer + Manufacturer's Model Name, the label is View Position and the
/// object kind Other. The pixel size is Pixel Spacing, else Imager Pixel Spacing (row spacing).
Expected<Scan> readDicomFile(const QString &path, const DicomReadOptions &options = {});

/// The same from bytes in memory; name is used in error messages only.
Expected<Scan> readDicomBuffer(const QByteArray &bytes, const QString &name, const DicomReadOptions &options = {});

} // namespace pen
