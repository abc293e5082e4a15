// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ScanView.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace pen {

/// The image files a dataset may hold: PNG, TIFF and JPEG through RasterImageIO, DICOM and DICOS
/// (.dcm, .dcs) through the DICOM reader. Thread-safe.
namespace DatasetImageFile {

/// Name patterns of every image file an import reads ("*.png", ..., "*.dcm", "*.dcs").
const QStringList &patterns();
/// Whether the file is DICOM or DICOS, by its suffix.
bool isDicom(const QString &path);
/// The image's size in pixels (a raster header, or the DICOM file's first view).
Expected<QSize> readSize(const QString &path);
/// The image as one view: grey becomes SingleEnergy, colour Colour (see RasterImageIO.h and
/// DicomReader.h); a DICOM file's own label is replaced by the caller.
Expected<ScanView> readView(const QString &path);

} // namespace DatasetImageFile
} // namespace pen
