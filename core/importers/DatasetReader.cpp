// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetReader.h"

#include "importers/DatasetImageFile.h"
#include "importers/ImportProblems.h"
#include "importers/ScanIdAllocator.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace pen {
namespace {

// Normalised formats (YOLO) round box edges; anything further out is a wrong annotation.
constexpr qreal EdgeTolerance = 0.5;

QString describe(const QRectF &r)
{
    return QStringLiteral("(x %1, y %2, w %3, h %4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QPointF clipped(QPointF p, QSize size)
{
    return {std::clamp(p.x(), 0.0, qreal(size.width())), std::clamp(p.y(), 0.0, qreal(size.height()))};
}

QString canonical(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

void clip(Region &region, QSize size)
{
    if (region.isPolygon()) {
        for (QPointF &p : region.polygon)
            p = clipped(p, size);
    } else {
        region.box = QRectF(clipped(region.box.topLeft(), size), clipped(region.box.bottomRight(), size));
    }
}

} // namespace

DatasetReader::DatasetReader(const DatasetImporter &importer, ImportRequest request)
    : m_importer(importer), m_request(std::move(request))
{
}

Expected<CategoryMapping> DatasetReader::loadMapping() const
{
    if (m_request.mappingFile.isEmpty())
        return CategoryMapping::builtIn();
    return CategoryMapping::fromJsonFile(m_request.mappingFile);
}

Expected<void> DatasetReader::open()
{
    m_images.clear();
    m_scanIds.clear();
    auto mapping = loadMapping();
    if (!mapping)
        return mapping.error();
    m_mapping = std::move(*mapping);
    auto read = m_importer.readAnnotations(m_request);
    if (!read)
        return read.error();
    ImportProblems problems = read->problems;
    m_summary = {};
    m_summary.badImages = int(read->badImages.size());
    QList<AnnotatedImage> sound;
    for (AnnotatedImage &image : read->images) {
        const int before = problems.count();
        checkImage(image, problems);
        if (problems.count() > before)
            ++m_summary.badImages;
        else
            sound.append(image);
    }
    reportUnannotated(read->images, read->badImages, read->annotationFiles, problems);
    m_summary.scans = int(sound.size());
    m_summary.problems = problems.lines();
    if (!problems.isEmpty() && !m_request.skipBad)
        return problems.toError();
    ScanIdAllocator ids;
    for (const AnnotatedImage &image : sound)
        m_scanIds.append(ids.allocate(image.imagePath));
    m_images = std::move(sound);
    return {};
}

// VOC and COCO list their images by annotation: an image that none names would vanish unseen.
void DatasetReader::reportUnannotated(const QList<AnnotatedImage> &named, const QStringList &bad,
                                      const QStringList &notImages, ImportProblems &problems)
{
    QSet<QString> skipped;
    for (const QString &path : notImages)
        skipped.insert(canonical(path));
    QSet<QString> found;
    for (const AnnotatedImage &image : named) {
        found.insert(canonical(image.imagePath));
        if (!image.highEnergyVolume.isEmpty())
            found.insert(canonical(image.highEnergyVolume));
    }
    for (const QString &path : bad)
        found.insert(canonical(path));
    const QDir folder(m_request.imagesFolder);
    if (!m_request.imagesFolder.isEmpty() && folder.exists()) {
        for (const QString &name : folder.entryList(DatasetImageFile::patterns(), QDir::Files, QDir::Name)) {
            const QString path = canonical(folder.filePath(name));
            if (found.contains(path) || skipped.contains(path))
                continue;
            found.insert(path);
            problems.add(ErrorCode::NotFound, folder.filePath(name),
                         QStringLiteral("no readable annotation names this image"));
            ++m_summary.unannotatedImages;
        }
    }
    m_summary.imagesFound = int(found.size());
}

void DatasetReader::checkImage(AnnotatedImage &image, ImportProblems &problems) const
{
    const auto size = DatasetImageFile::readSize(image.imagePath);
    if (!size) {
        problems.add(size.error().withContext(QDir::toNativeSeparators(image.annotationFile)));
        return;
    }
    if (image.declaredSize && *image.declaredSize != *size) {
        problems.add(ErrorCode::Validation, image.annotationFile,
                     QStringLiteral("the annotation says %1 x %2 pixels but %3 is %4 x %5")
                         .arg(image.declaredSize->width())
                         .arg(image.declaredSize->height())
                         .arg(QDir::toNativeSeparators(image.imagePath))
                         .arg(size->width())
                         .arg(size->height()));
        return;
    }
    for (AnnotatedObject &object : image.objects) {
        if (image.truthLevel == TruthLevel::ImageLevel) { // a label of the whole image: no geometry to check
            if (const auto category = m_mapping.categoryFor(object.className); !category)
                problems.add(category.error().withContext(object.location));
        } else {
            checkObject(object, *size, problems);
        }
    }
}

void DatasetReader::checkObject(AnnotatedObject &object, QSize size, ImportProblems &problems) const
{
    if (const auto category = m_mapping.categoryFor(object.className); !category)
        problems.add(category.error().withContext(object.location));
    const QRectF bounds = object.region.bounds();
    const QRectF allowed
        = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(-EdgeTolerance, -EdgeTolerance, EdgeTolerance, EdgeTolerance);
    if (bounds.width() <= 0 || bounds.height() <= 0) {
        problems.add(ErrorCode::Validation, object.location,
                     QStringLiteral("box %1 has no area").arg(describe(bounds)));
    } else if (!allowed.contains(bounds)) {
        problems.add(ErrorCode::Validation, object.location,
                     QStringLiteral("box %1 lies outside the %2 x %3 image")
                         .arg(describe(bounds))
                         .arg(size.width())
                         .arg(size.height()));
    } else {
        clip(object.region, size);
    }
}

int DatasetReader::objectCount() const
{
    int count = 0;
    for (const AnnotatedImage &image : m_images)
        count += int(image.objects.size());
    return count;
}

GroundTruthObject DatasetReader::truthObject(const AnnotatedObject &object, int number, TruthLevel level) const
{
    GroundTruthObject truth;
    truth.id = QStringLiteral("o%1").arg(number);
    truth.category = m_mapping.categoryFor(object.className).value(); // checked by open()
    if (level == TruthLevel::ImageLevel) {
        truth.note = QStringLiteral("image-level label: %1").arg(object.className);
        return truth;
    }
    Region region = object.region;
    region.viewIndex = 0;
    truth.regions = {region};
    truth.note = QStringLiteral("original class: %1").arg(object.className);
    return truth;
}

Expected<Scan> DatasetReader::scanAt(int index) const
{
    const AnnotatedImage &image = m_images.at(index);
    auto views = DatasetImageFile::readViews(image.imagePath, image.highEnergyVolume);
    if (!views)
        return views.error();
    if (views->size() == 1) // a CT volume's projections keep their own labels, top and side
        views->first().label = m_request.viewLabel;
    Scan scan;
    scan.id = m_scanIds.at(index);
    scan.objectKind = m_request.objectKind;
    scan.scanner = m_request.scanner;
    scan.provenance = m_request.provenance;
    scan.views = std::move(*views);
    scan.truthLevel = image.truthLevel;
    for (qsizetype i = 0; i < image.objects.size(); ++i)
        scan.truth.append(truthObject(image.objects[i], int(i) + 1, image.truthLevel));
    return scan;
}

Expected<void> DatasetReader::forEachScan(const ScanSink &sink, const Progress &progress) const
{
    for (int i = 0; i < scanCount(); ++i) {
        const auto scan = scanAt(i);
        if (!scan)
            return scan.error();
        if (const auto taken = sink(*scan); !taken)
            return taken.error();
        if (progress)
            progress(i + 1, scanCount());
    }
    return {};
}

} // namespace pen
