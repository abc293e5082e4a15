// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QFile>
#include <QHash>
#include <QString>

#include <memory>

namespace pen::server {

/// Writes an uploaded image set into a staging folder, part by part, refusing anything that could
/// escape the folder or exhaust the disk: paths must be relative with plain names, each file is
/// written from its start without gaps, and the total stays within what the header announced.
class ImageSetReceiver {
public:
    static constexpr qint64 MaxTotalBytes = qint64(16) << 30;
    static constexpr int MaxFiles = 200000;

    /// A new, empty staging folder under stagingRoot.
    static Expected<std::unique_ptr<ImageSetReceiver>> create(const QString &stagingRoot, qint64 announcedBytes);
    ~ImageSetReceiver();

    Expected<void> write(const QString &path, qint64 offset, const QByteArray &data);
    /// Closes every file; the folder then holds the set.
    Expected<void> finish();
    QString folder() const { return m_folder; }
    /// Removes the staging folder (after a failed upload).
    void discard();

private:
    ImageSetReceiver(QString folder, qint64 announcedBytes) : m_folder(std::move(folder)), m_announced(announcedBytes)
    {
    }

    QString m_folder;
    qint64 m_announced = 0;
    qint64 m_received = 0;
    QHash<QString, qint64> m_sizes; ///< bytes written per file
    std::unique_ptr<QFile> m_open;  ///< the file being written
    QString m_openPath;
    bool m_discarded = false;
};

} // namespace pen::server
