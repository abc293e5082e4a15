// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "importers/DatasetImporter.h"

namespace pen {

/// COCO: one JSON file with images[] (id, file_name, width, height), categories[] (id, name)
/// and annotations[] (image_id, category_id, bbox [x, y, w, h] in pixels, optional segmentation).
/// A segmentation of exactly one polygon becomes a polygon region; several polygons or RLE masks
/// fall back to the bbox, as a region holds one outline. Images without annotations become
/// scans without truth (clean bags are part of training).
class CocoImporter final : public DatasetImporter {
public:
    QString name() const override { return QStringLiteral("COCO JSON"); }
    QString formatKey() const override { return QStringLiteral("coco"); }
    ImporterCapabilities capabilities() const override;
    Expected<AnnotationRead> readAnnotations(const ImportRequest &request) const override;
};

} // namespace pen
