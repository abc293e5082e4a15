// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "imageset/ImageSet.h"
#include "importers/DatasetReader.h"
#include "importers/ImportRequest.h"

namespace pen {

/// Imports a public dataset into a new image set folder (request.outputFolder, empty or absent).
///
/// Everything that needs no pixels is checked first (DatasetReader::open), so a dataset with any
/// problem writes nothing and the Error lists every problem, one a line, unless request.skipBad
/// leaves the images with problems out. An import that would write no scan at all is an Error and
/// writes nothing. summary, when given, is filled whenever the dataset could be read (also when
/// the Error lists its problems), so that a caller can say how much was left out. Then the scans are
/// decoded and written one at a time with ImageSetWriter; progress is told (done, total) after
/// each. If a scan fails to decode or write midway, no manifest is written and a folder that this
/// call created is removed again. Returns the set as written (no pixels). Blocking; run it off
/// the GUI thread.
Expected<ImageSet> importDataset(const ImportRequest &request, const DatasetReader::Progress &progress = {},
                                 ImportSummary *summary = nullptr);

} // namespace pen
