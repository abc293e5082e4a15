// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/RealismMeasurement.h"

#include "enhance/ModeRendering.h"
#include "imageset/ImageSetFolder.h"
#include "realism/ObjectRegion.h"
#include "realism/RealismSources.h"

#include <QDir>
#include <QFileInfo>

namespace pen::realism {
namespace {

// Images without an object are a fact about the data, not a failure: they are listed as skipped.
void addMeasurement(MeasuredImages &group, const QImage &image, const QString &what)
{
    auto figures = measureImage(image);
    if (figures)
        group.images.append(std::move(*figures));
    else
        group.skipped.append(what + QStringLiteral(": ") + figures.error().message);
}

QList<ImageSetEntry> entriesOfKinds(const ImageSet &set, const QList<ObjectKind> &objectKinds)
{
    QList<ImageSetEntry> entries;
    for (const ImageSetEntry &entry : set.entries) {
        if (objectKinds.isEmpty() || objectKinds.contains(entry.scan.objectKind))
            entries.append(entry);
    }
    return entries;
}

cv::Rect pixelBox(const QRectF &bounds)
{
    const QRect box = bounds.toAlignedRect();
    return {box.x(), box.y(), box.width(), box.height()};
}

// The boxes of the scan's threats (every object but "other") in one view.
QList<cv::Rect> threatBoxes(const Scan &scan, int viewIndex)
{
    QList<cv::Rect> boxes;
    for (const GroundTruthObject &object : scan.truth) {
        if (object.category == QLatin1String("other"))
            continue;
        for (const Region &region : object.regions) {
            if (region.viewIndex != viewIndex)
                continue;
            boxes.append(pixelBox(region.bounds()));
        }
    }
    return boxes;
}

void addContextRings(MeasuredImages &group, const QImage &image, const QList<cv::Rect> &threats, quint64 seed)
{
    if (threats.isEmpty())
        return;
    const cv::Mat1b luma = lumaOf(image);
    auto region = findObjectRegion(luma);
    if (region)
        group.contextRings.append(contextRings(luma, region->mask, threats, seed));
}

void measureScan(const Scan &scan, const QList<const ViewMode *> &modes, QList<MeasuredImages> &groups)
{
    for (qsizetype m = 0; m < modes.size(); ++m) {
        ++groups[m].scans;
        for (int v = 0; v < scan.views.size(); ++v) {
            const ScanView &view = scan.views[v];
            const QString what = scan.id + QLatin1Char('/') + view.label;
            auto image = renderInMode(view, *modes[m]);
            if (!image) {
                groups[m].skipped.append(what + QStringLiteral(": ") + image.error().message);
                continue;
            }
            addMeasurement(groups[m], *image, what);
            addContextRings(groups[m], *image, threatBoxes(scan, v), qHash(what));
        }
    }
}

} // namespace

QList<ImagePatches> patchesOf(const MeasuredImages &group)
{
    QList<ImagePatches> patches;
    for (const RealismFigures &image : group.images)
        patches.append(image.patches);
    return patches;
}

QString folderDisplayName(const QString &folder)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    if (info.fileName().compare(QLatin1String("images"), Qt::CaseInsensitive) == 0)
        return info.dir().dirName();
    return info.fileName();
}

Expected<MeasuredImages> measureReferenceFolder(const QString &folder, const Progress &progress)
{
    auto files = referenceImageFiles(folder);
    if (!files)
        return files.error();
    const auto threats = referenceThreatBoxes(folder);
    if (!threats)
        return threats.error();
    MeasuredImages group;
    group.name = folderDisplayName(folder);
    for (qsizetype i = 0; i < files->size(); ++i) {
        auto image = loadReferenceImage(files->at(i));
        if (!image)
            return image.error();
        const QString name = QFileInfo(files->at(i)).fileName();
        addMeasurement(group, *image, name);
        QList<cv::Rect> boxes;
        for (const QRectF &box : threats->value(name))
            boxes.append(pixelBox(box));
        addContextRings(group, *image, boxes, qHash(name));
        if (progress)
            progress(int(i + 1), int(files->size()));
    }
    return group;
}

Expected<QList<MeasuredImages>> measureImageSet(const QString &folder, const QList<const ViewMode *> &modes,
                                                const QList<ObjectKind> &objectKinds, const Progress &progress)
{
    auto set = ImageSetFolder::open(folder);
    if (!set)
        return set.error();
    QList<MeasuredImages> groups;
    for (const ViewMode *mode : modes)
        groups.append(MeasuredImages{folderDisplayName(folder), QLatin1String(mode->name), 0, {}, {}, {}});
    const QList<ImageSetEntry> entries = entriesOfKinds(*set, objectKinds);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto scan = ImageSetFolder::loadScan(folder, entries[i]);
        if (!scan)
            return scan.error();
        measureScan(*scan, modes, groups);
        if (progress)
            progress(int(i + 1), int(entries.size()));
    }
    return groups;
}

} // namespace pen::realism
