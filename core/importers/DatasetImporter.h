// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "importers/AnnotatedImage.h"
#include "importers/ImportProblems.h"
#include "importers/ImportRequest.h"

#include <QList>
#include <QString>

namespace pen {

/// What an importer can do, declared rather than probed, so that a front end can ask the right
/// questions (a file or a folder, a class-names file) before starting.
struct ImporterCapabilities {
    bool annotationsAreOneFile = false;    ///< COCO: one JSON file; VOC, YOLO: a folder of files
    bool polygons = false;                 ///< imports polygon outlines, not only boxes
    bool needsClassNames = false;          ///< YOLO: class indices need a names file
    bool importsUnannotatedImages = false; ///< images without annotation become scans without truth
};

/// What an importer read: the images whose annotations are sound, and every problem with the rest.
struct AnnotationRead {
    QList<AnnotatedImage> images; ///< without the images that have a problem
    ImportProblems problems;      ///< every problem, one a line, naming the file and line or field
    /// Images left out because of a problem in their annotation: their paths, or the annotation
    /// file where the image it names cannot be read from it.
    QStringList badImages;
    /// Files beside the images that hold annotations rather than pixels (DICOS Threat Detection
    /// Reports in a folder of DICOS images): not images, so no annotation needs to name them.
    QStringList annotationFiles;
};

/// Reads one annotation format of public X-ray datasets (images + annotation files).
///
/// An importer only parses annotations; DatasetReader checks them against the images and decodes
/// the pixels one scan at a time. Implementations are stateless: thread-safe.
class DatasetImporter {
public:
    virtual ~DatasetImporter() = default;

    virtual QString name() const = 0;      ///< for people, e.g. "Pascal VOC XML"
    virtual QString formatKey() const = 0; ///< stable, e.g. "voc"
    virtual ImporterCapabilities capabilities() const = 0;

    /// Parses every annotation of the request without decoding pixels, in a stable order. Every
    /// problem found (syntax, types, values) is reported on its own line naming the file and the
    /// line or field, and the image it concerns is left out, so that a caller may import the rest.
    /// An Error only when nothing can be read (no such folder, no class names).
    virtual Expected<AnnotationRead> readAnnotations(const ImportRequest &request) const = 0;
};

} // namespace pen
