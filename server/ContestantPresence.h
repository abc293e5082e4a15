// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace pen::server {

/// Which contestants' clients are there: a contestant is connected while one of their event
/// streams (WatchEvent) is open; when the last closes, the time is kept as last seen. In memory
/// only (a restarted server starts with nobody seen). Thread-safe.
class ContestantPresence {
public:
    struct Presence {
        int openStreams = 0;
        qint64 lastSeenMs = 0; ///< when the last stream closed; 0: not seen since the server started
        bool connected() const { return openStreams > 0; }
    };

    /// Marks a stream of the contestant open until the returned handle is destroyed, at which
    /// time nowMs() is taken as last seen. The presence must outlive the handle.
    std::shared_ptr<void> streamOpened(const QString &contestantId, std::function<qint64()> nowMs);
    Presence of(const QString &contestantId) const;

private:
    mutable std::mutex m_mutex;
    QHash<QString, Presence> m_presence;
};

} // namespace pen::server
