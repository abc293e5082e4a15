// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <atomic>
#include <mutex>

namespace pen::server {

/// A file's size and SHA-256 as clients are told them.
struct FileDigest {
    qint64 size = 0;
    QString sha256;
};

/// SHA-256 of the files the server sends, each hashed once and remembered with its size and
/// modification time: a scan opened by 500 contestants at a round's start is hashed once, not 500
/// times, even when they all ask at the same moment. A file that changed on disk (other size or
/// time) is hashed again. Thread-safe; a hash runs outside the lock of the known digests, so that
/// files already hashed are answered while another is hashed.
class FileDigests {
public:
    Expected<FileDigest> digestOf(const QString &path);
    /// How many files were hashed so far (tests check that a scan is hashed once).
    quint64 hashesComputed() const { return m_hashesComputed.load(); }

private:
    struct Entry {
        FileDigest digest;
        QDateTime modified;
    };
    std::mutex m_mutex;     ///< m_entries
    std::mutex m_hashMutex; ///< one hash at a time: requests for a file being hashed wait for it
    QHash<QString, Entry> m_entries;
    std::atomic<quint64> m_hashesComputed{0};
};

} // namespace pen::server
