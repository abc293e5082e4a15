// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"

#include <QByteArray>
#include <QString>

namespace pen::gui {

/// Decodes one view as the server sends it: DICOS/DICOM bytes ("application/dicom") or a PNG
/// ("image/png"), into a Scan with that one view. name is for error messages. Thread-safe.
Expected<Scan> decodeDownloadedView(const QByteArray &bytes, const QString &mediaType, const QString &name);

/// Whether bytes have the SHA-256 the server announced (hex); an empty announcement checks nothing.
bool matchesSha256(const QByteArray &bytes, const QString &sha256Hex);

} // namespace pen::gui
