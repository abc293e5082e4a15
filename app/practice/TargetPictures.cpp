// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TargetPictures.h"

#include "enhance/EnhancementPipeline.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/TargetsAlone.h"

#include <QPainter>

namespace pen::gui {
namespace {

constexpr int Gap = 8;

QImage sideBySide(const QList<QImage> &views)
{
    int width = 0;
    int height = 0;
    for (const QImage &view : views) {
        width += view.width() + (width > 0 ? Gap : 0);
        height = std::max(height, view.height());
    }
    QImage joined(width, height, QImage::Format_RGB32);
    joined.fill(Qt::white); // the empty belt's colour
    QPainter painter(&joined);
    int x = 0;
    for (const QImage &view : views) {
        painter.drawImage(x, (height - view.height()) / 2, view);
        x += view.width() + Gap;
    }
    return joined;
}

QImage pictureOf(const QString &folder, const ImageSetEntry &entry, const MaterialBands *bands)
{
    const auto scan = ImageSetFolder::loadScan(folder, entry);
    if (!scan)
        return {};
    QList<QImage> views;
    for (const ScanView &view : scan->views) {
        auto rendered = EnhancementPipeline::render(view, bands, DisplaySettings{});
        if (rendered)
            views.append(*rendered);
    }
    return views.isEmpty() ? QImage() : sideBySide(views);
}

} // namespace

QList<QImage> TargetPictures::load(const QString &setFolder, const QString &scanId, const QStringList &objectIds,
                                   const MaterialBands *bands)
{
    QList<QImage> pictures(objectIds.size());
    if (setFolder.isEmpty()) // scans from elsewhere (a tournament's): no set, no targets alone
        return pictures;
    const QString folder = TargetsAlone::folderOf(setFolder);
    const auto set = ImageSetFolder::open(folder);
    if (!set)
        return pictures;
    for (qsizetype i = 0; i < objectIds.size(); ++i) {
        if (const ImageSetEntry *entry = set->find(TargetsAlone::scanIdOf(scanId, objectIds[i])))
            pictures[i] = pictureOf(folder, *entry, bands);
    }
    return pictures;
}

} // namespace pen::gui
