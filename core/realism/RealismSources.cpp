// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/RealismSources.h"

#include "enhance/ModeRendering.h"
#include "importers/CategoryMapping.h"
#include "importers/DatasetImporters.h"
#include "importers/DatasetLayout.h"
#include "io/ScanFileIO.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace pen::realism {
namespace {

bool isDicom(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("dcm"), Qt::CaseInsensitive) == 0;
}

Expected<QImage> renderDicom(const QString &path)
{
    auto scan = readScanFile(path);
    if (!scan)
        return scan.error();
    if (scan->views.isEmpty())
        return makeError(ErrorCode::Format, path + QStringLiteral(": no image in the file"));
    auto image = renderInMode(scan->views.first(), *ViewModes::find(QStringLiteral("grey")));
    if (!image)
        return image.error().withContext(path);
    return image;
}

// The dataset folder of a folder of images: its parent where it is called "images".
QString datasetFolderOf(const QString &imagesFolder)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(imagesFolder).absoluteFilePath()));
    if (info.fileName().compare(QLatin1String("images"), Qt::CaseInsensitive) == 0)
        return info.dir().path();
    return info.filePath();
}

} // namespace

Expected<QHash<QString, QList<QRectF>>> referenceThreatBoxes(const QString &folder)
{
    QHash<QString, QList<QRectF>> boxes;
    for (const char *format : {"voc", "coco", "yolo"}) {
        const auto layout = DatasetLayout::detect(datasetFolderOf(folder), QLatin1String(format));
        if (!layout)
            continue;
        ImportRequest request;
        request.formatKey = layout->formatKey;
        request.annotations = layout->annotations;
        request.imagesFolder = layout->imagesFolder;
        auto read = DatasetImporters::byFormat(layout->formatKey)->readAnnotations(request);
        if (!read)
            return read.error().withContext(folder);
        if (!read->problems.isEmpty())
            return makeError(ErrorCode::Format,
                             QStringLiteral("%1: the annotations in %2 cannot be read: %3")
                                 .arg(folder, layout->annotations, read->problems.lines().first()));
        // As for our scans, things of category "other" (tools, power banks) are not threats; a
        // class the built-in mapping does not know counts as one.
        const CategoryMapping categories = CategoryMapping::builtIn();
        for (const AnnotatedImage &image : read->images) {
            for (const AnnotatedObject &object : image.objects) {
                const Expected<QString> category = categories.categoryFor(object.className);
                if (!category || *category != QLatin1String("other"))
                    boxes[QFileInfo(image.imagePath).fileName()].append(object.region.bounds());
            }
        }
        return boxes;
    }
    return boxes;
}

Expected<QStringList> referenceImageFiles(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return makeError(ErrorCode::NotFound, folder + QStringLiteral(": no such folder"));
    if (!QFileInfo(folder).isReadable())
        return makeError(ErrorCode::Io, folder + QStringLiteral(": cannot read the folder"));
    const QStringList patterns{QStringLiteral("*.png"), QStringLiteral("*.jpg"),  QStringLiteral("*.jpeg"),
                               QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.dcm")};
    QStringList files;
    for (const QString &name : dir.entryList(patterns, QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase))
        files << dir.filePath(name);
    if (files.isEmpty())
        return makeError(ErrorCode::NotFound,
                         folder + QStringLiteral(": no PNG, JPEG, TIFF or DICOM (.dcm) images in the folder"));
    return files;
}

Expected<QImage> loadReferenceImage(const QString &path)
{
    if (isDicom(path))
        return renderDicom(path);
    QImageReader reader(path);
    QImage image;
    if (!reader.read(&image))
        return makeError(ErrorCode::Format,
                         QStringLiteral("%1: cannot read the image: %2").arg(path, reader.errorString()));
    return image;
}

} // namespace pen::realism
