// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "importers/DatasetImporter.h"

namespace pen {

/// A folder of DICOM or DICOS files (.dcm, .dcs): every image file becomes a scan whose truth is
/// unknown (TruthLevel::Unknown), never a clear bag, unless a DICOS Threat Detection Report in the
/// folder refers to it (by SOP instance UID): then the report's threats are its ground truth
/// (TruthLevel::Localised; a report without threats makes it clear). A report that cannot be read,
/// or that refers to an image not in the folder, is a problem naming the report. The folder is the
/// request's images folder.
///
/// A CT volume (DICOS CT, CT or Enhanced CT of several slices) becomes a scan of unknown truth with
/// a top and a side view, its projections (CtProjection). Two volumes of the same frame of
/// reference at two tube voltages are a dual-energy CT pair and become one dual-energy scan. A
/// report that refers to a volume is a problem: its threats are 3-D regions, which are not read.
class DicomFolderImporter final : public DatasetImporter {
public:
    QString name() const override { return QStringLiteral("DICOM folder"); }
    QString formatKey() const override { return QStringLiteral("dicom"); }
    ImporterCapabilities capabilities() const override;
    Expected<AnnotationRead> readAnnotations(const ImportRequest &request) const override;
};

} // namespace pen
