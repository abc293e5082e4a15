// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"
#include "client/ConnectionOptions.h"
#include "client/ServerConnectionForward.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace pen::gui {

/// Reads the contestant's WatchEvent stream on a thread of its own, over a connection of its own.
/// Signals are emitted from that thread (queued to receivers elsewhere) and carry the generation
/// of the stream they come from, so that a receiver can drop what a stopped stream left queued.
/// stop() cancels the call (ClientContext::TryCancel) and waits for the thread; the destructor stops.
class EventWatcher final : public QObject {
    Q_OBJECT
public:
    explicit EventWatcher(QObject *parent = nullptr);
    ~EventWatcher() override;

    /// Stops the stream being read, if any, and starts a new one; returns its generation.
    int start(const server::ConnectionOptions &options);
    void stop();
    int generation() const { return m_generation; }

signals:
    void updated(int generation, const pen::gui::EventStatus &status);
    /// The stream ended by itself: OK once the event is finished, else why it broke.
    void ended(int generation, int code, const QString &message);

private:
    void read(int generation, const server::ConnectionOptions &options);

    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    grpc::ClientContext *m_context = nullptr; ///< of the stream being read; guarded by m_mutex
    std::atomic<bool> m_stopping{false};
    int m_generation = 0;
};

} // namespace pen::gui
