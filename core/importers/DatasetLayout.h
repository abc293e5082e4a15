// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

namespace pen {

/// The parts of a dataset as found in its folder, so that an import needs only the folder.
struct DatasetLayout {
    QString formatKey;    ///< "voc", "coco", "yolo", "labels" or "dicom"
    QString annotations;  ///< as ImportRequest::annotations
    QString imagesFolder; ///< as ImportRequest::imagesFolder
    QString description;  ///< for people: "Pascal VOC XML: annotations in Annotations, images in JPEGImages"

    /// Looks in folder for images/ (or Images, JPEGImages, imgs; else the folder itself) and for
    /// VOC XML in Annotations/ (annotations, annotations_voc, xml), YOLO labels in labels/
    /// (labels_yolo), one COCO .json (in the folder or annotations/), one image-level labels .csv
    /// (one without box columns), or else DICOM files (.dcm, .dcs) in the images folder. formatKey,
    /// when given, picks that format where several fit; without it several fitting is an Error
    /// that names them. Reads only names and the first line of CSV files. Thread-safe.
    static Expected<DatasetLayout> detect(const QString &folder, const QString &formatKey = {});
};

} // namespace pen
