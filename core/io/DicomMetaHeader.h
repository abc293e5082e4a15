// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class DcmFileFormat;

namespace pen {

/// How many leading bytes of a file checkMetaHeaderLengths needs at most.
inline constexpr qsizetype MetaHeaderCheckBytes = 64 * 1024;

/// Checks that no element of the file meta information (group 0002, explicit VR little endian,
/// after the 128-byte preamble and "DICM" or at the very start) claims more bytes than the file
/// has. DCMTK 3.6.7 allocates such a claimed length before it notices the end of the data, so a
/// few corrupt bytes could make it ask for gigabytes. head: the file's first bytes (up to
/// MetaHeaderCheckBytes); fileSize: the size of the whole file.
Expected<void> checkMetaHeaderLengths(const QByteArray &head, qint64 fileSize);

/// Loads a DICOM file from disk into file, once it is known to exist, to hold bytes and to have a
/// meta header that claims no more than the file has. Errors name the path.
/// maxReadLength: elements longer than this many bytes are left on disk (0: all are read), so that
/// reading a file's identity does not read its pixels.
Expected<void> loadDicomFile(const QString &path, DcmFileFormat &file, quint32 maxReadLength = 0);
/// The same for a file's bytes in memory (a download, a fuzzer's input). Errors name name.
Expected<void> loadDicomBuffer(const QByteArray &bytes, const QString &name, DcmFileFormat &file);

} // namespace pen
