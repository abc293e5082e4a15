// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ObjectKind.h"
#include "model/Provenance.h"

#include <QString>

namespace pen {

/// What to import from a public dataset and how to describe the scans it becomes.
struct ImportRequest {
    QString formatKey;      ///< "voc", "coco", "yolo", "labels" or "dicom": see DatasetImporters
    QString annotations;    ///< VOC: folder of .xml; COCO: the .json file; YOLO: folder of .txt labels;
                            ///< labels: the CSV of image-level labels; dicom: unused
    QString imagesFolder;   ///< image names in the annotations are relative to it (absolute ones are kept)
    QString classNamesFile; ///< YOLO: one class name a line; empty: classes.txt in the labels folder or its parent
    QString mappingFile;    ///< JSON dataset class -> category key; empty: CategoryMapping::builtIn()

    ObjectKind objectKind = ObjectKind::Baggage;
    QString scanner = QStringLiteral("unknown");
    Provenance provenance; ///< source and licence are required: public datasets restrict their use
    QString viewLabel = QStringLiteral("top");

    bool skipBad = false; ///< import the sound images and leave out those with a problem (else refuse all)

    QString outputFolder; ///< importDataset: the new image set's folder (empty or absent)
    QString setName;      ///< importDataset: the image set's name
    QString description;
};

} // namespace pen
