// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QFile>
#include <QList>
#include <QString>

#include <memory>

namespace pen::server {

/// What one plugin upload may hold; the server's setting.
struct PluginUploadLimits {
    static constexpr qint64 MaxChunkBytes = qint64(1) << 20;
    qint64 maxTotalBytes = qint64(256) << 20;
    int maxFiles = 1000;
};

/// A file an upload's header announces.
struct AnnouncedFile {
    QString path; ///< relative, '/'-separated
    qint64 size = 0;
    bool executable = false;
};

/// Writes an uploaded plugin's files into a staging folder. The header's file list is checked in
/// full before anything is written (paths, count, sizes); then the bytes must come file after
/// file in the announced order, each from its start, never past its announced size. The staging
/// folder is removed with the receiver unless keep() was called.
class PluginUploadReceiver {
public:
    static Expected<std::unique_ptr<PluginUploadReceiver>>
    create(const QString &stagingRoot, const QList<AnnouncedFile> &files, const PluginUploadLimits &limits);
    ~PluginUploadReceiver();

    /// Refuses a path that is not a plain relative one: absolute, "..", ".", empty parts, odd
    /// characters, too long or too deep.
    static Expected<void> checkPath(const QString &path);

    Expected<void> write(const QString &path, qint64 offset, const QByteArray &data);
    /// Checks that every file is complete, closes them and sets their permissions.
    Expected<void> finish();
    QString folder() const { return m_folder; }
    /// Leaves the folder on disk: it was moved into place or is owned by someone else now.
    void keep() { m_kept = true; }

private:
    PluginUploadReceiver(QString folder, QList<AnnouncedFile> files)
        : m_folder(std::move(folder)), m_files(std::move(files))
    {
    }
    Expected<void> openCurrent();
    void skipCompleteFiles();

    QString m_folder;
    QList<AnnouncedFile> m_files;
    int m_current = 0;    ///< the file being written
    qint64 m_written = 0; ///< bytes of the current file written
    std::unique_ptr<QFile> m_open;
    bool m_kept = false;
};

} // namespace pen::server
