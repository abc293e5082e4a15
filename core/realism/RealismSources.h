// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "enhance/ViewModes.h"
#include "model/ScanView.h"

#include <QImage>
#include <QStringList>

/// Where the realism harness gets its images: real ones from a folder, ours rendered as the console
/// shows them. Thread-safe.
namespace pen::realism {

/// The image files directly in folder (PNG, JPEG, TIFF, DICOM by suffix), sorted by name. Fails where
/// the folder does not exist, cannot be read or holds no such file.
Expected<QStringList> referenceImageFiles(const QString &folder);

/// A real image as it is displayed: PNG, JPEG and TIFF as stored; DICOM read by readScanFile and
/// rendered in the console's grey mode. Errors name the file.
Expected<QImage> loadReferenceImage(const QString &path);

/// view as the console shows it in mode: the CPU EnhancementPipeline with the default material
/// bands, as `pentournament-imageset render` draws it. Fails (ErrorCode::Unsupported) where the mode
/// does not apply to the view's kind.
Expected<QImage> renderView(const ScanView &view, const ViewMode &mode);

} // namespace pen::realism
