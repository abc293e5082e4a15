// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ImageSetLoader.h"

#include "imageset/ImageSetFolder.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace pen::gui {

ImageSetLoader::ImageSetLoader(QObject *parent) : QObject(parent) {}

void ImageSetLoader::openSet(const QString &folder)
{
    const quint64 request = ++m_setRequest;
    ++m_scanRequest; // a scan of the previous set must not arrive after the new set
    started();
    QtConcurrent::run([folder] {
        return ImageSetFolder::open(folder);
    }).then(this, [this, folder, request](const Expected<ImageSet> &set) {
        finished();
        if (request != m_setRequest)
            return;
        if (set)
            emit setOpened(folder, *set);
        else
            emit failed(set.error().message);
    });
}

void ImageSetLoader::loadScan(const QString &folder, const ImageSetEntry &entry)
{
    const quint64 request = ++m_scanRequest;
    started();
    QtConcurrent::run([folder, entry] {
        return ImageSetFolder::loadScan(folder, entry);
    }).then(this, [this, request](const Expected<Scan> &scan) {
        finished();
        if (request != m_scanRequest)
            return;
        if (scan)
            emit scanLoaded(LoadedScan{*scan});
        else
            emit failed(scan.error().message);
    });
}

void ImageSetLoader::started()
{
    if (m_running++ == 0)
        emit busyChanged(true);
}

void ImageSetLoader::finished()
{
    if (--m_running == 0)
        emit busyChanged(false);
}

} // namespace pen::gui
