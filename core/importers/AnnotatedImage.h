// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Region.h"
#include "model/TruthLevel.h"

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace pen {

/// One annotated object as a dataset's annotation file gives it, before mapping and checking.
struct AnnotatedObject {
    QString className; ///< the dataset's own class name, e.g. "Handgun"
    Region region;     ///< in pixels of the image, view 0; unused for an image-level label
    QString location;  ///< where it was read, for messages: "a.xml:14" or "coco.json: annotations[3]"
};

/// One image of a dataset with its annotations: what a DatasetImporter reads without decoding pixels.
struct AnnotatedImage {
    QString imagePath; ///< absolute or relative to the working directory
    /// Where imagePath is the low-voltage volume of a dual-energy CT pair: the high-voltage one.
    QString highEnergyVolume;
    QString annotationFile;            ///< the file that named the image, for messages
    std::optional<QSize> declaredSize; ///< the size the annotation states, checked against the image
    QList<AnnotatedObject> objects;
    /// ImageLevel: objects are labels of the whole image (no region); Unknown: no annotation at all.
    TruthLevel truthLevel = TruthLevel::Localised;
};

} // namespace pen
