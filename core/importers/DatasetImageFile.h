// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ScanView.h"

#include <QList>
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
/// The image's size in pixels (a raster header, the DICOM file's first view, or a CT volume's
/// top projection).
Expected<QSize> readSize(const QString &path);
/// The image as one view: grey becomes SingleEnergy, colour Colour (see RasterImageIO.h and
/// DicomReader.h); a DICOM file's own label is replaced by the caller.
Expected<ScanView> readView(const QString &path);
/// Whether the file is a DICOM or DICOS CT volume (DicomIdentity::isVolume()).
bool isVolume(const QString &path);
/// The views a file gives: readView() of an image; of a CT volume its top and side projections
/// (CtProjection), single-energy with the default scanner's high channel's water attenuation, or
/// dual-energy where highEnergyVolume names the high-voltage volume of its dual-energy pair.
Expected<QList<ScanView>> readViews(const QString &path, const QString &highEnergyVolume = {});

} // namespace DatasetImageFile
} // namespace pen
