// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LeaderboardWatcher.h"

#include "AdminClient.h"

#include <QThread>

namespace pen::gui {

LeaderboardWatcher::LeaderboardWatcher(QObject *parent) : QObject(parent)
{
}

LeaderboardWatcher::~LeaderboardWatcher()
{
    stop();
}

void LeaderboardWatcher::watch(std::shared_ptr<server::ServerConnection> connection, const QString &eventId)
{
    stop();
    m_eventId = eventId;
    m_context = connection->context(0);  // no deadline: the stream stays open until stop()
    v1::WatchLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    grpc::ClientContext *context = m_context.get();
    // The thread only posts to `this`; stop() joins it before `this` or the context can go.
    m_thread = QThread::create([this, connection, context, request] {
        auto reader = connection->admin().WatchLeaderboard(context, request);
        v1::Leaderboard board;
        while (reader->Read(&board))
            QMetaObject::invokeMethod(this, [this, board] { emit updated(board); }, Qt::QueuedConnection);
        const grpc::Status status = reader->Finish();
        if (status.error_code() != grpc::StatusCode::CANCELLED && !status.ok())
            QMetaObject::invokeMethod(this, [this, status] { emit failed(AdminClient::describe(status)); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void LeaderboardWatcher::stop()
{
    if (!m_thread)
        return;
    m_context->TryCancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_context.reset();
}

} // namespace pen::gui
