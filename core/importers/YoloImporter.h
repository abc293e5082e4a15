// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "importers/DatasetImporter.h"

namespace pen {

/// YOLO: a labels folder with one .txt per image, a line per object: "class cx cy w h" normalised
/// to 0..1 (or "class x1 y1 x2 y2 ...", a normalised polygon of three points or more), and the
/// class names one a line in classes.txt. Every image in the images folder is imported; one
/// without a label file is a clean scan. A label file without an image is an error.
class YoloImporter final : public DatasetImporter {
public:
    QString name() const override { return QStringLiteral("YOLO text"); }
    QString formatKey() const override { return QStringLiteral("yolo"); }
    ImporterCapabilities capabilities() const override;
    Expected<AnnotationRead> readAnnotations(const ImportRequest &request) const override;
};

} // namespace pen
