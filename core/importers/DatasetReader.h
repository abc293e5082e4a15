// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "importers/AnnotatedImage.h"
#include "importers/CategoryMapping.h"
#include "importers/DatasetImporter.h"
#include "importers/ImportRequest.h"
#include "importers/ImportSummary.h"
#include "model/Scan.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace pen {

class ImportProblems;

/// Reads a dataset as a stream of scans.
///
/// open() does all that needs no pixels: it parses every annotation, reads every image's header
/// and checks image sizes, boxes inside their image, categories, missing images and images in the
/// images folder that no annotation names, reporting every problem at once. A dataset with any
/// problem is refused as a whole unless the request says skipBad: an import that silently drops a
/// badly annotated threat would teach officers that the bag is clean. With skipBad the images with
/// a problem are left out, and summary() says how many and why.
/// forEachScan() then decodes one image at a time, so a large dataset never sits in memory.
///
/// Every scan gets its id from the image's file name, one view (single-energy for grey images,
/// colour for RGB), and ground-truth objects "o1", "o2", ... whose note keeps the dataset's class
/// name. Boxes within half a pixel outside the image (rounding in normalised formats) are clipped.
/// Not thread-safe; the importer must outlive the reader.
class DatasetReader {
public:
    using ScanSink = std::function<Expected<void>(const Scan &scan)>;
    using Progress = std::function<void(int done, int total)>;

    DatasetReader(const DatasetImporter &importer, ImportRequest request);

    Expected<void> open();
    int scanCount() const { return int(m_images.size()); }
    const ImportSummary &summary() const { return m_summary; }
    int objectCount() const;

    /// Decodes scan index (0 .. scanCount() - 1) with its pixels.
    Expected<Scan> scanAt(int index) const;
    /// Hands every scan to sink in order; stops at the first error, of decoding or of the sink.
    Expected<void> forEachScan(const ScanSink &sink, const Progress &progress = {}) const;

private:
    Expected<CategoryMapping> loadMapping() const;
    void checkImage(AnnotatedImage &image, ImportProblems &problems) const;
    void checkObject(AnnotatedObject &object, QSize size, ImportProblems &problems) const;
    void reportUnannotated(const QList<AnnotatedImage> &named, const QStringList &bad, const QStringList &notImages,
                           ImportProblems &problems);
    GroundTruthObject truthObject(const AnnotatedObject &object, int number, TruthLevel level) const;

    const DatasetImporter &m_importer;
    ImportRequest m_request;
    CategoryMapping m_mapping;
    QList<AnnotatedImage> m_images;
    QStringList m_scanIds;
    ImportSummary m_summary;
};

} // namespace pen
