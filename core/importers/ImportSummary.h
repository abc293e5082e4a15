// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QStringList>

namespace pen {

/// What an import found besides the scans it imports, so that a front end can say what was left
/// out and why instead of reporting success on a fraction of a dataset.
struct ImportSummary {
    int imagesFound = 0;       ///< images named by an annotation or lying in the images folder
    int scans = 0;             ///< images that become scans
    int badImages = 0;         ///< left out: a problem in their annotation or their file
    int unannotatedImages = 0; ///< left out: in the images folder, but no readable annotation names them
    QStringList problems;      ///< every problem, one a line, naming the file and line or field

    int skipped() const { return imagesFound - scans; }
    bool isPartial() const { return scans < imagesFound; }
};

} // namespace pen
