// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"

#include <QString>

namespace pen {

/// Reads any scan file the product knows (DICOM/DICOS by content, else PNG/TIFF/JPEG by suffix)
/// into a Scan with one view and the metadata the file carries.
Expected<Scan> readScanFile(const QString &path);

/// The file suffix a view is stored under inside an image set: ".dcm" (DICOS) for energy views,
/// ".png" for colour views.
QString storageSuffix(const ScanView &view);

/// Writes one view in its storage format (see storageSuffix).
Expected<void> writeStoredView(const Scan &scan, int viewIndex, const QString &path);

} // namespace pen
