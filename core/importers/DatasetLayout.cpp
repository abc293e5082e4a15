// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetLayout.h"

#include <QDir>
#include <QFile>

namespace pen {
namespace {

/// The first of names that is a sub-folder of root holding files matching patterns.
QString subFolderWith(const QDir &root, const QStringList &names, const QStringList &patterns)
{
    for (const QString &name : names) {
        const QDir candidate(root.filePath(name));
        if (candidate.exists() && !candidate.entryList(patterns, QDir::Files).isEmpty())
            return candidate.path();
    }
    return {};
}

// For people: where a part lies inside the dataset, whether the folder was named relatively or not.
QString relative(const QDir &root, const QString &path)
{
    return QDir(root.absolutePath()).relativeFilePath(QFileInfo(path).absoluteFilePath());
}

QString imagesFolderOf(const QDir &root)
{
    for (const char *name : {"images", "Images", "JPEGImages", "imgs"}) {
        if (root.exists(QLatin1String(name)) && QFileInfo(root.filePath(QLatin1String(name))).isDir())
            return root.filePath(QLatin1String(name));
    }
    return root.path();
}

QStringList filesIn(const QDir &root, const QStringList &folders, const QString &pattern)
{
    QStringList files;
    for (const QString &folder : folders) {
        const QDir dir(folder.isEmpty() ? root.path() : root.filePath(folder));
        for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

// Image-level labels name an image column; a CSV of boxes (xmin...) is a reference, not labels.
bool isLabelsCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().toLower().split(QLatin1Char(','));
    const bool namesImage = header.contains(u"file") || header.contains(u"filename") || header.contains(u"image")
        || header.contains(u"name") || header.contains(u"file_name");
    return namesImage && !header.contains(u"xmin") && !header.contains(u"bbox");
}

QList<DatasetLayout> candidates(const QDir &root)
{
    const QString images = imagesFolderOf(root);
    const QString imagesName = relative(root, images);
    const auto layout = [&](const char *key, const QString &annotations, const QString &what) {
        return DatasetLayout{QLatin1String(key), annotations, images,
                             what + QStringLiteral(", images in ")
                                 + (imagesName.isEmpty() ? QStringLiteral(".") : imagesName)};
    };
    QList<DatasetLayout> found;
    const QString voc = subFolderWith(root,
                                      {QStringLiteral("Annotations"), QStringLiteral("annotations"),
                                       QStringLiteral("annotations_voc"), QStringLiteral("xml")},
                                      {QStringLiteral("*.xml")});
    if (!voc.isEmpty())
        found.append(layout("voc", voc, QStringLiteral("Pascal VOC XML in ") + relative(root, voc)));
    const QString yolo
        = subFolderWith(root, {QStringLiteral("labels"), QStringLiteral("labels_yolo")}, {QStringLiteral("*.txt")});
    if (!yolo.isEmpty())
        found.append(layout("yolo", yolo, QStringLiteral("YOLO labels in ") + relative(root, yolo)));
    const QStringList json = filesIn(root, {QString(), QStringLiteral("annotations")}, QStringLiteral("*.json"));
    if (json.size() == 1)
        found.append(layout("coco", json.first(), QStringLiteral("COCO JSON ") + relative(root, json.first())));
    QStringList csv = filesIn(root, {QString()}, QStringLiteral("*.csv"));
    csv.removeIf([](const QString &path) { return !isLabelsCsv(path); });
    if (csv.size() == 1)
        found.append(
            layout("labels", csv.first(), QStringLiteral("image-level labels ") + relative(root, csv.first())));
    const bool hasDicom
        = !QDir(images).entryList({QStringLiteral("*.dcm"), QStringLiteral("*.dcs")}, QDir::Files).isEmpty();
    if (found.isEmpty() && hasDicom)
        found.append(layout("dicom", {}, QStringLiteral("DICOM files without annotations")));
    return found;
}

} // namespace

Expected<DatasetLayout> DatasetLayout::detect(const QString &folder, const QString &formatKey)
{
    const QDir root(folder);
    const QString where = QDir::toNativeSeparators(folder);
    if (folder.isEmpty() || !root.exists())
        return makeError(ErrorCode::NotFound, where + QStringLiteral(": no such dataset folder"));
    QList<DatasetLayout> found = candidates(root);
    if (!formatKey.isEmpty())
        found.removeIf([&](const DatasetLayout &layout) { return layout.formatKey != formatKey; });
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound,
                         where
                             + QStringLiteral(": no %1dataset layout found: expected Annotations/ with VOC XML, "
                                              "labels/ with YOLO text, one COCO .json, one labels .csv, or "
                                              "DICOM files")
                                   .arg(formatKey.isEmpty() ? QString() : formatKey + QLatin1Char(' ')));
    QStringList names;
    for (const DatasetLayout &layout : found)
        names.append(layout.formatKey + QStringLiteral(" (") + layout.description + QLatin1Char(')'));
    return makeError(ErrorCode::InvalidArgument,
                     where + QStringLiteral(": several layouts fit: ") + names.join(QStringLiteral("; "))
                         + QStringLiteral("; choose one with --format"));
}

} // namespace pen
