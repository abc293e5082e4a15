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
/// the reason. Pixel values are kept as stored (no windowing). Thread-safe.
Expected<Scan> readDicomFile(const QString &path);

/// The same from bytes in memory; name is used in error messages only.
Expected<Scan> readDicomBuffer(const QByteArray &bytes, const QString &name);

} // namespace pen
