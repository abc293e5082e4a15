// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginUploadReceiver.h"

#include "auth/TokenSecrets.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace pen::server {

namespace {

Expected<void> refuse(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

QString quoted(const QString &path)
{
    return QLatin1Char('"') + path.left(100) + QLatin1Char('"');
}

Expected<void> checkFileList(const QList<AnnouncedFile> &files, const PluginUploadLimits &limits)
{
    if (files.isEmpty())
        return refuse(QStringLiteral("the upload names no files"));
    if (files.size() > limits.maxFiles)
        return refuse(QStringLiteral("the upload names %1 files: at most %2").arg(files.size()).arg(limits.maxFiles));
    QSet<QString> names;
    QSet<QString> folders;
    qint64 total = 0;
    for (const AnnouncedFile &file : files) {
        if (auto checked = PluginUploadReceiver::checkPath(file.path); !checked)
            return checked;
        if (names.contains(file.path))
            return refuse(QStringLiteral("file path %1 is named twice").arg(quoted(file.path)));
        names.insert(file.path);
        for (qsizetype slash = file.path.indexOf(QLatin1Char('/')); slash > 0;
             slash = file.path.indexOf(QLatin1Char('/'), slash + 1))
            folders.insert(file.path.left(slash));
        if (file.size < 0 || file.size > limits.maxTotalBytes - total)
            return refuse(QStringLiteral("file %1 (%2 bytes) goes past the upload limit of %3 bytes")
                              .arg(quoted(file.path))
                              .arg(file.size)
                              .arg(limits.maxTotalBytes));
        total += file.size;
    }
    for (const QString &folder : folders) {
        if (names.contains(folder))
            return refuse(QStringLiteral("%1 is named as a file and as a folder").arg(quoted(folder)));
    }
    return {};
}

} // namespace

Expected<void> PluginUploadReceiver::checkPath(const QString &path)
{
    static const QRegularExpression component(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._+-]{0,99}$"));
    if (path.isEmpty())
        return refuse(QStringLiteral("a file with an empty path"));
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')) || path.contains(QLatin1Char(':')))
        return refuse(
            QStringLiteral("file path %1 is absolute: give it relative to the plugin's folder").arg(quoted(path)));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return refuse(QStringLiteral("file path %1 leaves the plugin's folder (\"..\")").arg(quoted(path)));
    if (path.size() > 255 || parts.size() > 16)
        return refuse(QStringLiteral("file path %1 is too long or too deep: at most 255 characters and 16 levels")
                          .arg(quoted(path)));
    for (const QString &part : parts) {
        if (!component.match(part).hasMatch())
            return refuse(QStringLiteral("file path %1: each part is a name of letters, digits, '.', '-', '_', '+' "
                                         "that starts with a letter, a digit or '_'")
                              .arg(quoted(path)));
    }
    return {};
}

Expected<std::unique_ptr<PluginUploadReceiver>> PluginUploadReceiver::create(const QString &stagingRoot,
                                                                             const QList<AnnouncedFile> &files,
                                                                             const PluginUploadLimits &limits)
{
    if (auto checked = checkFileList(files, limits); !checked)
        return checked.error();
    const QString folder = QDir(stagingRoot).filePath(TokenSecrets::generateId(QStringLiteral("plugin-upload")));
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a staging folder on the server"));
    std::unique_ptr<PluginUploadReceiver> receiver(new PluginUploadReceiver(folder, files));
    // Empty files are complete from the start; they are created with the others in finish().
    receiver->skipCompleteFiles();
    return receiver;
}

PluginUploadReceiver::~PluginUploadReceiver()
{
    m_open.reset();
    if (!m_kept)
        QDir(m_folder).removeRecursively();
}

void PluginUploadReceiver::skipCompleteFiles()
{
    while (m_current < m_files.size() && m_written == m_files[m_current].size) {
        m_open.reset();
        ++m_current;
        m_written = 0;
    }
}

Expected<void> PluginUploadReceiver::openCurrent()
{
    const QString path = m_files[m_current].path;
    const QString target = QDir(m_folder).filePath(path);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot create its folder").arg(path));
    m_open = std::make_unique<QFile>(target);
    if (!m_open->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write it on the server").arg(path));
    return {};
}

Expected<void> PluginUploadReceiver::write(const QString &path, qint64 offset, const QByteArray &data)
{
    if (data.isEmpty() || data.size() > PluginUploadLimits::MaxChunkBytes)
        return refuse(QStringLiteral("%1: a chunk of %2 bytes: send 1 byte to 1 MiB at a time")
                          .arg(quoted(path))
                          .arg(data.size()));
    if (m_current >= m_files.size())
        return refuse(
            QStringLiteral("%1: more bytes than the header announced: every file is complete").arg(quoted(path)));
    const AnnouncedFile &file = m_files[m_current];
    if (path != file.path)
        return refuse(QStringLiteral("a chunk of %1 while %2 is incomplete (%3 of %4 bytes): files come in the "
                                     "header's order")
                          .arg(quoted(path), quoted(file.path))
                          .arg(m_written)
                          .arg(file.size));
    if (offset != m_written)
        return refuse(QStringLiteral("%1: a chunk at offset %2, but %3 bytes came so far")
                          .arg(quoted(path))
                          .arg(offset)
                          .arg(m_written));
    if (data.size() > file.size - m_written)
        return refuse(
            QStringLiteral("%1: more bytes than the %2 the header announced").arg(quoted(path)).arg(file.size));
    if (!m_open) {
        if (auto opened = openCurrent(); !opened)
            return opened;
    }
    if (m_open->write(data) != data.size())
        return makeError(ErrorCode::Io, QStringLiteral("%1: the server's disk refused the write").arg(path));
    m_written += data.size();
    if (m_written == file.size && !m_open->flush())
        return makeError(ErrorCode::Io, QStringLiteral("%1: the server's disk refused the write").arg(path));
    skipCompleteFiles();
    return {};
}

Expected<void> PluginUploadReceiver::finish()
{
    if (m_current < m_files.size())
        return refuse(QStringLiteral("the upload ended early: %1 has %2 of the %3 bytes the header announced")
                          .arg(quoted(m_files[m_current].path))
                          .arg(m_written)
                          .arg(m_files[m_current].size));
    m_open.reset();
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    const QFileDevice::Permissions runnable = QFileDevice::ExeOwner | QFileDevice::ExeGroup;
    for (const AnnouncedFile &file : std::as_const(m_files)) {
        QFile written(QDir(m_folder).filePath(file.path));
        if (file.size == 0) {
            if (!QDir().mkpath(QFileInfo(written).absolutePath()) || !written.open(QIODevice::WriteOnly))
                return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write it on the server").arg(file.path));
            written.close();
        }
        if (!written.setPermissions(file.executable ? readable | runnable : readable))
            return makeError(ErrorCode::Io, QStringLiteral("%1: cannot set its permissions").arg(file.path));
    }
    return {};
}

} // namespace pen::server
