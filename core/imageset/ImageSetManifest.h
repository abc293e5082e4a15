// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "imageset/ImageSet.h"

#include <QByteArray>
#include <QString>

namespace pen {

/// The JSON form of an ImageSet (manifest.json), format version ImageSet::FormatVersion.
namespace ImageSetManifest {

QByteArray toJson(const ImageSet &set);

/// Parses and checks the manifest's own content: types, required fields, known categories and
/// kinds, unique ids, regions inside their view. Every problem found is reported on its own line,
/// "fileName: scans[3].views[0].width: must be a positive integer". Does not touch scan files.
Expected<ImageSet> parse(const QByteArray &json, const QString &fileName);

} // namespace ImageSetManifest
} // namespace pen
