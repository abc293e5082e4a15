// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

// The definition of StreamWatcher::start, apart from its class because it needs gRPC: only the
// sources of the watchers include it, and the panels that use a watcher compile without gRPC.
#include "StreamWatcher.h"
#include "client/ServerConnection.h"

#include <QThread>

namespace pen::gui {

template <typename Message, typename Open, typename Deliver>
void StreamWatcher::start(std::shared_ptr<server::ServerConnection> connection, Open open, Deliver deliver)
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

} // namespace pen::gui
