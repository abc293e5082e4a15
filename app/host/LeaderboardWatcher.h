// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ServerConnection.h"

#include <QObject>

#include <memory>

class QThread;

namespace pen::gui {

/// Reads an event's WatchLeaderboard stream on a thread of its own and hands each board to the
/// GUI thread. stop() (and the destructor) cancels the call and waits for the thread.
class LeaderboardWatcher final : public QObject {
    Q_OBJECT
public:
    explicit LeaderboardWatcher(QObject *parent = nullptr);
    ~LeaderboardWatcher() override;

    void watch(std::shared_ptr<server::ServerConnection> connection, const QString &eventId);
    void stop();
    bool isWatching() const { return m_thread != nullptr; }
    QString eventId() const { return m_eventId; }

signals:
    void updated(const pen::v1::Leaderboard &board);
    /// The stream ended other than by stop(): the message says why.
    void failed(const QString &message);

private:
    std::unique_ptr<grpc::ClientContext> m_context;
    QThread *m_thread = nullptr;
    QString m_eventId;
};

} // namespace pen::gui
