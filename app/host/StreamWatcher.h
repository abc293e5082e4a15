// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ServerConnectionForward.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace pen::gui {

/// Reads one server stream of the Admin service on a thread of its own and hands each message to
/// the GUI thread. stop() (and the destructor) cancels the call and waits for the thread.
class StreamWatcher : public QObject {
    Q_OBJECT
public:
    ~StreamWatcher() override;

    void stop();
    bool isWatching() const { return m_thread != nullptr; }

signals:
    /// The stream ended other than by stop(): the message says why.
    void failed(const QString &message);

protected:
    explicit StreamWatcher(QObject *parent);

    /// open(the connection's Admin service, context) starts the call; deliver(message) runs on the
    /// GUI thread. Defined in StreamWatcherStart.h, which only the watchers' sources include.
    template <typename Message, typename Open, typename Deliver>
    void start(std::shared_ptr<server::ServerConnection> connection, Open open, Deliver deliver);

private:
    static QString describe(const grpc::Status &status);

    std::unique_ptr<grpc::ClientContext> m_context;
    QThread *m_thread = nullptr;
};

} // namespace pen::gui
