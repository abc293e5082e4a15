// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "EventsWatcher.h"

#include "HostMessages.h"
#include "StreamWatcherStart.h"

namespace pen::gui {

void EventsWatcher::watch(std::shared_ptr<server::ServerConnection> connection)
{
    start<v1::EventsChanged>(
        std::move(connection),
        [](auto &admin, grpc::ClientContext *context) { return admin.WatchEvents(context, v1::WatchEventsRequest()); },
        [this](const v1::EventsChanged &events) { emit changed(HostMessages::fromProto(events)); });
}

} // namespace pen::gui
