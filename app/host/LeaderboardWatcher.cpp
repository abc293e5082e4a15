// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LeaderboardWatcher.h"

#include "HostMessages.h"
#include "StreamWatcherStart.h"

namespace pen::gui {

void LeaderboardWatcher::watch(std::shared_ptr<server::ServerConnection> connection, const QString &eventId)
{
    stop();
    m_eventId = eventId;
    v1::WatchLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    start<v1::Leaderboard>(
        std::move(connection),
        [request](auto &admin, grpc::ClientContext *context) { return admin.WatchLeaderboard(context, request); },
        [this](const v1::Leaderboard &board) { emit updated(HostMessages::fromProto(board)); });
}

} // namespace pen::gui
