// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ServerConnection.h"

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
    explicit StreamWatcher(QObject *parent) : QObject(parent) {}

    /// open(the connection's Admin service, context) starts the call; deliver(message) runs on the
    /// GUI thread.
    template <typename Message, typename Open, typename Deliver>
    void start(std::shared_ptr<server::ServerConnection> connection, Open open, Deliver deliver)
    {
        stop();
        m_context = connection->context(0); // no deadline: the stream stays open until stop()
        grpc::ClientContext *context = m_context.get();
        // The thread only posts to `this`; stop() joins it before `this` or the context can go.
        m_thread = QThread::create([this, connection, context, open, deliver] {
            auto reader = open(connection->admin(), context);
            Message message;
            while (reader->Read(&message))
                QMetaObject::invokeMethod(
                    this, [deliver, message] { deliver(message); }, Qt::QueuedConnection);
            const grpc::Status status = reader->Finish();
            if (status.error_code() != grpc::StatusCode::CANCELLED && !status.ok())
                QMetaObject::invokeMethod(
                    this, [this, status] { emit failed(describe(status)); }, Qt::QueuedConnection);
        });
        m_thread->start();
    }

private:
    static QString describe(const grpc::Status &status);

    std::unique_ptr<grpc::ClientContext> m_context;
    QThread *m_thread = nullptr;
};

} // namespace pen::gui
