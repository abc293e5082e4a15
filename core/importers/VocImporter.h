// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "importers/DatasetImporter.h"

namespace pen {

/// Pascal VOC: one XML file per image in the annotations folder (<filename>, <size>, and an
/// <object> with <name> and a pixel <bndbox> per object). Only annotated images are imported, as
/// VOC lists its images by their annotation files.
class VocImporter final : public DatasetImporter {
public:
    QString name() const override { return QStringLiteral("Pascal VOC XML"); }
    QString formatKey() const override { return QStringLiteral("voc"); }
    ImporterCapabilities capabilities() const override;
    Expected<AnnotationRead> readAnnotations(const ImportRequest &request) const override;
};

} // namespace pen
