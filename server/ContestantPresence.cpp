// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ContestantPresence.h"

#include <algorithm>

namespace pen::server {

std::shared_ptr<void> ContestantPresence::streamOpened(const QString &contestantId, std::function<qint64()> nowMs)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_presence[contestantId].openStreams;
    }
    return std::shared_ptr<void>(nullptr, [this, contestantId, nowMs = std::move(nowMs)](void *) {
        std::lock_guard lock(m_mutex);
        Presence &presence = m_presence[contestantId];
        presence.openStreams = std::max(0, presence.openStreams - 1);
        presence.lastSeenMs = nowMs();
    });
}

ContestantPresence::Presence ContestantPresence::of(const QString &contestantId) const
{
    std::lock_guard lock(m_mutex);
    return m_presence.value(contestantId);
}

} // namespace pen::server
