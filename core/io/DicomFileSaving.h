// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>

class DcmFileFormat;

namespace pen {

/// A UID under the 2.25 root (ITU-T X.667: the decimal form of a 128-bit number) from the first
/// 128 bits of a SHA-256 digest: the same content always gets the same UID, so writing the same
/// content twice gives the same bytes, and different content gets different UIDs.
QString uidFromDigest(const QByteArray &digest);

/// Writes a DICOM file (explicit VR little endian) through a buffer into a QSaveFile, so that a
/// failure never leaves half a file.
Expected<void> saveDicomAtomically(DcmFileFormat &file, const QString &path);

} // namespace pen
