// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "StreamWatcher.h"

#include "AdminClient.h"
#include "client/ServerConnection.h"

namespace pen::gui {

StreamWatcher::StreamWatcher(QObject *parent) : QObject(parent) {}

StreamWatcher::~StreamWatcher()
{
    stop();
}

void StreamWatcher::stop()
{
    if (!m_thread)
        return;
    m_context->TryCancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_context.reset();
}

QString StreamWatcher::describe(const grpc::Status &status)
{
    return AdminClient::describe(status);
}

} // namespace pen::gui
