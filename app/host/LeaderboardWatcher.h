// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "StreamWatcher.h"

namespace pen::gui {

/// Reads an event's WatchLeaderboard stream and hands each board to the GUI thread.
class LeaderboardWatcher final : public StreamWatcher {
    Q_OBJECT
public:
    explicit LeaderboardWatcher(QObject *parent = nullptr) : StreamWatcher(parent) {}
    ~LeaderboardWatcher() override { stop(); }

    void watch(std::shared_ptr<server::ServerConnection> connection, const QString &eventId);
    QString eventId() const { return m_eventId; }

signals:
    void updated(const pen::gui::Leaderboard &board);

private:
    QString m_eventId;
};

} // namespace pen::gui
