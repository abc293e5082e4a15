// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetImporters.h"

#include "importers/CocoImporter.h"
#include "importers/VocImporter.h"
#include "importers/YoloImporter.h"

namespace pen::DatasetImporters {

QList<const DatasetImporter *> all()
{
    static const VocImporter voc;
    static const CocoImporter coco;
    static const YoloImporter yolo;
    return {&voc, &coco, &yolo};
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
