// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"

#include <QString>

namespace pen {

/// Which kind of DICOM object a view is written as.
enum class DicomFlavour {
    /// DICOS Digital X-Ray (SOP class 1.2.840.10008.5.1.4.1.1.501.2.1), energy channels as frames.
    DicosDx,
    /// Standard DICOM for ordinary tools: multi-frame grayscale word secondary capture for energy
    /// views, secondary capture RGB for colour views.
    SecondaryCapture,
};

/// Writes one view of a scan with its metadata (never its ground truth) atomically to path.
/// Errors name the file and the reason. Thread-safe.
Expected<void> writeDicomView(const Scan &scan, int viewIndex, const QString &path, DicomFlavour flavour);

} // namespace pen
