// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetImporters.h"

#include "importers/CocoImporter.h"
#include "importers/DicomFolderImporter.h"
#include "importers/ImageLabelsImporter.h"
#include "importers/VocImporter.h"
#include "importers/YoloImporter.h"

namespace pen::DatasetImporters {

QList<const DatasetImporter *> all()
{
    static const VocImporter voc;
    static const CocoImporter coco;
    static const YoloImporter yolo;
    static const ImageLabelsImporter labels;
    static const DicomFolderImporter dicom;
    return {&voc, &coco, &yolo, &labels, &dicom};
}

const DatasetImporter *byFormat(const QString &formatKey)
{
    for (const DatasetImporter *importer : all()) {
        if (importer->formatKey() == formatKey)
            return importer;
    }
    return nullptr;
}

} // namespace pen::DatasetImporters
