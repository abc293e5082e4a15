// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "EventWatcher.h"

#include "client/ServerConnection.h"
#include "pen/v1/tournament.grpc.pb.h"

#include <QThread>

namespace pen::gui {

EventWatcher::EventWatcher(QObject *parent) : QObject(parent) {}

EventWatcher::~EventWatcher()
{
    stop();
}

int EventWatcher::start(const server::ConnectionOptions &options)
{
    stop();
    m_stopping = false;
    const int generation = ++m_generation;
    m_thread = QThread::create([this, generation, options] { read(generation, options); });
    m_thread->setObjectName(QStringLiteral("event stream"));
    m_thread->start();
    return generation;
}

void EventWatcher::stop()
{
    if (!m_thread)
        return;
    m_stopping = true;
    {
        std::lock_guard lock(m_mutex);
        if (m_context)
            m_context->TryCancel();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void EventWatcher::read(int generation, const server::ConnectionOptions &options)
{
    auto connection = server::ServerConnection::connect(options);
    if (!connection) {
        emit ended(generation, -1, connection.error().message);
        return;
    }
    auto context = (*connection)->context(0); // a stream for the whole event: no deadline
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_context = context.get();
    }
    auto reader = (*connection)->tournament().WatchEvent(context.get(), v1::WatchEventRequest());
    v1::EventUpdate update;
    while (reader->Read(&update))
        emit updated(generation, EventStatus::fromProto(update));
    const grpc::Status status = reader->Finish();
    {
        std::lock_guard lock(m_mutex);
        m_context = nullptr;
    }
    if (!m_stopping)
        emit ended(generation, int(status.error_code()), fromUtf8(status.error_message()));
}

} // namespace pen::gui
