// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "FileDigests.h"

#include "imageset/FileHash.h"

#include <QFileInfo>

#include <optional>

namespace pen::server {

Expected<FileDigest> FileDigests::digestOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
    const qint64 size = info.size();
    const QDateTime modified = info.lastModified();
    const auto known = [&]() -> std::optional<FileDigest> {
        std::lock_guard lock(m_mutex);
        const auto found = m_entries.constFind(path);
        if (found != m_entries.cend() && found->digest.size == size && found->modified == modified)
            return found->digest;
        return std::nullopt;
    };
    if (auto digest = known())
        return *digest;
    std::lock_guard hashing(m_hashMutex);
    if (auto digest = known()) // hashed while this request waited
        return *digest;
    auto hash = sha256OfFile(path);
    if (!hash)
        return hash.error();
    ++m_hashesComputed;
    const FileDigest digest{size, *hash};
    std::lock_guard lock(m_mutex);
    m_entries.insert(path, Entry{digest, modified});
    return digest;
}

} // namespace pen::server
