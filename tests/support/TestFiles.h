// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSize>
#include <QString>

namespace pen::test {

/// Writes bytes to path, making its folder first; false if either fails.
inline bool writeTestFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A plain light-grey PNG of the given size at path (its folder made first), as a dataset's image.
inline bool writeGreyPng(const QString &path, QSize size)
{
    QDir().mkpath(QFileInfo(path).path());
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(200);
    return image.save(path);
}

} // namespace pen::test
