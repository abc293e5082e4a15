// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "StreamWatcher.h"

namespace pen::gui {

/// Reads the server's WatchEvents stream: the events the caller manages, each time one changes.
class EventsWatcher final : public StreamWatcher {
    Q_OBJECT
public:
    explicit EventsWatcher(QObject *parent = nullptr) : StreamWatcher(parent) {}
    ~EventsWatcher() override { stop(); }

    void watch(std::shared_ptr<server::ServerConnection> connection);

signals:
    void changed(const pen::gui::EventsChange &change);
};

} // namespace pen::gui
