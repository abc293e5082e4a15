// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "importers/DatasetImporter.h"

namespace pen {

/// Image-level labels (SIXray-style: "this bag holds a gun", no boxes): a CSV file whose first line
/// names its columns. The image column is "file", "filename", "image" or "name" (a name without a
/// suffix finds the image of any known suffix). Labels come either from one column "labels",
/// "classes", "class" or "categories" holding class names separated by ';' or '|' (empty: nothing),
/// or, without such a column, from one column per class holding 1 (present), 0 or -1 (absent).
/// Fields hold no commas. Every labelled image becomes a scan with TruthLevel::ImageLevel: its
/// objects are the labels, without regions; an image with no label is clear at the image level.
/// Images are in the request's images folder, by default the CSV's own folder.
class ImageLabelsImporter final : public DatasetImporter {
public:
    QString name() const override { return QStringLiteral("image-level labels CSV"); }
    QString formatKey() const override { return QStringLiteral("labels"); }
    ImporterCapabilities capabilities() const override;
    Expected<AnnotationRead> readAnnotations(const ImportRequest &request) const override;
};

} // namespace pen
