// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ImageSetReceiver.h"

#include "auth/TokenSecrets.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pen::server {

Expected<std::unique_ptr<ImageSetReceiver>> ImageSetReceiver::create(const QString &stagingRoot, qint64 announcedBytes)
{
    if (announcedBytes <= 0 || announcedBytes > MaxTotalBytes)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an image set of %1 bytes: announce 1 byte to %2 GiB")
                             .arg(announcedBytes)
                             .arg(MaxTotalBytes >> 30));
    const QString folder = QDir(stagingRoot).filePath(TokenSecrets::generateId(QStringLiteral("upload")));
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a staging folder on the server"));
    return std::unique_ptr<ImageSetReceiver>(new ImageSetReceiver(folder, announcedBytes));
}

ImageSetReceiver::~ImageSetReceiver()
{
    m_open.reset();
}

Expected<void> ImageSetReceiver::write(const QString &path, qint64 offset, const QByteArray &data)
{
    static const QRegularExpression component(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$"));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (path.size() > 400 || parts.size() > 8)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("file path \"%1\" is too long or too deep").arg(path.left(100)));
    for (const QString &part : parts) {
        if (!component.match(part).hasMatch())
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("file path \"%1\": each part is a plain name of letters, digits, '.', '-', '_'")
                    .arg(path.left(100)));
    }
    if (!m_sizes.contains(path) && m_sizes.size() >= MaxFiles)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("more than %1 files").arg(MaxFiles));
    const qint64 written = m_sizes.value(path, 0);
    if (offset != written)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: part at offset %2, but %3 bytes were written so far")
                             .arg(path)
                             .arg(offset)
                             .arg(written));
    if (m_received + data.size() > m_announced)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the upload is larger than the %1 bytes its header announced").arg(m_announced));
    if (m_openPath != path) {
        m_open.reset();
        const QString target = QDir(m_folder).filePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("%1: cannot create its folder").arg(path));
        m_open = std::make_unique<QFile>(target);
        if (!m_open->open(written == 0 ? QIODevice::WriteOnly : QIODevice::Append))
            return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write it on the server").arg(path));
        m_openPath = path;
    }
    if (m_open->write(data) != data.size())
        return makeError(ErrorCode::Io, QStringLiteral("%1: the server's disk refused the write").arg(path));
    m_sizes[path] = written + data.size();
    m_received += data.size();
    return {};
}

Expected<void> ImageSetReceiver::finish()
{
    if (m_open && !m_open->flush())
        return makeError(ErrorCode::Io, QStringLiteral("%1: the server's disk refused the write").arg(m_openPath));
    m_open.reset();
    m_openPath.clear();
    if (m_sizes.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the upload held no files"));
    return {};
}

void ImageSetReceiver::discard()
{
    m_open.reset();
    if (!m_discarded)
        QDir(m_folder).removeRecursively();
    m_discarded = true;
}

} // namespace pen::server
