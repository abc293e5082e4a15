// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/CtVolume.h"

#include <QByteArray>
#include <QString>

namespace pen {

/// Reads a CT volume (DicomIdentity::isVolume()) through DCMTK: a multi-frame grey image (DICOS CT, CT or Enhanced CT
/// Image), one slice a frame, of 8- or 16-bit samples, signed or unsigned, in any transfer syntax DCMTK decodes here.
/// Values are the stored ones after Rescale Slope and Intercept, read from the data set or, as DICOS and Enhanced CT
/// write them, from the Shared Functional Groups (Pixel Value Transformation); spacing from Pixel Spacing and Spacing
/// Between Slices (else Slice Thickness), likewise (Pixel Measures); the peak voltage from KVP, likewise (CT X-Ray
/// Details).
///
/// Errors are one line naming the file and what it is (its SOP class) and why: no pixel data, a
/// single frame (a 2-D image, not a volume), colour, 32-bit or 1-bit samples, no spacing (the
/// volume's size would be unknown), pixel data shorter than the header says. DCMTK's own log stays
/// quiet (DicomLog.h). Thread-safe.
Expected<CtVolume> readDicomVolume(const QString &path);

/// The volume's grid, spacing and metadata as readDicomVolume() reads them, without its voxels
/// (values empty): the pixel data stays on disk. Uncompressed pixel data shorter than the header
/// says is an error here too; compressed pixel data that cannot be decoded is found only by
/// readDicomVolume().
Expected<CtVolume> readDicomVolumeHeader(const QString &path);

/// The same from bytes in memory; name is used in error messages only.
Expected<CtVolume> readDicomVolumeBuffer(const QByteArray &bytes, const QString &name);

} // namespace pen
