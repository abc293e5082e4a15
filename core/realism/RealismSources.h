// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QHash>
#include <QImage>
#include <QRectF>
#include <QStringList>

/// Where the realism harness gets its real images: folders of PNG, JPEG, TIFF and DICOM files (ours
/// come from renderInMode). Thread-safe.
namespace pen::realism {

/// The image files directly in folder (PNG, JPEG, TIFF, DICOM by suffix), sorted by name. Fails where
/// the folder does not exist, cannot be read or holds no such file.
Expected<QStringList> referenceImageFiles(const QString &folder);

/// The threat boxes (pixels) of a folder of real images, by image file name, from the annotations
/// that the project's dataset importers read beside it (DatasetLayout::detect on the folder, or on
/// its parent where the folder is called "images"; Pascal VOC preferred, then COCO, then YOLO).
/// Objects of category "other" (CategoryMapping::builtIn) are left out, as for our scans. Empty
/// where there are no annotations; an annotation that cannot be read fails, naming the file.
Expected<QHash<QString, QList<QRectF>>> referenceThreatBoxes(const QString &folder);

/// A real image as it is displayed: PNG, JPEG and TIFF as stored; DICOM read by readScanFile and
/// rendered in the console's grey mode. Errors name the file.
Expected<QImage> loadReferenceImage(const QString &path);

} // namespace pen::realism
