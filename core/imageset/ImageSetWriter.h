// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "imageset/ImageSet.h"

#include <QString>

namespace pen {

/// Writes an image set into a folder scan by scan, so that a large import never holds every
/// scan's pixels at once. Views are stored as DICOS (energy) or PNG (colour) under scans/; the
/// manifest is written last and atomically by finish(), so an interrupted import leaves no
/// manifest that points at missing files. Not thread-safe.
class ImageSetWriter {
public:
    /// header: name, description, provenance, extraCategories, groundTruthIncluded (entries ignored).
    ImageSetWriter(QString folder, ImageSet header);

    /// Creates the folder (it must be empty or absent).
    Expected<void> begin();
    /// Writes the scan's view files and records its entry; truth is dropped if the header says so.
    Expected<void> addScan(const Scan &scan);
    /// Checks the manifest (ImageSetManifest::parse) and writes it.
    Expected<void> finish();

    const ImageSet &imageSet() const { return m_set; }

private:
    QString m_folder;
    ImageSet m_set;
};

} // namespace pen
