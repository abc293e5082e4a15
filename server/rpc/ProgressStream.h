// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

namespace pen::server {

/// A server stream for slow work done on a thread of its own (generating a set, running a
/// plugin): the work sends progress with send(), where a newer message replaces one not yet sent
/// when the client reads slower than progress is made, and ends with finishWith(). A cancelled
/// call or a client that went away sets cancelled(). Deletes itself in OnDone.
template <typename Message> class ProgressStream : public grpc::ServerWriteReactor<Message> {
public:
    void OnWriteDone(bool ok) override
    {
        std::unique_lock lock(m_mutex);
        if (!ok) {
            m_cancelled = true; // the client is gone: stop working
            m_waiting.reset();
        }
        if (m_waiting) {
            m_sending = std::move(*m_waiting);
            m_waiting.reset();
            lock.unlock();
            this->StartWrite(&m_sending);
            return;
        }
        m_writing = false;
        const std::optional<grpc::Status> status = std::exchange(m_finishAfterWrite, std::nullopt);
        lock.unlock();
        if (status)
            this->Finish(*status);
    }

    void OnCancel() override { m_cancelled = true; }

    void OnDone() override
    {
        if (m_worker.get_id() == std::this_thread::get_id())
            m_worker.detach(); // gRPC ran this reaction inline, on the worker itself
        else
            m_worker.join();
        delete this;
    }

protected:
    /// Starts run() on its own thread; the last thing a derived constructor does.
    void startWork()
    {
        m_worker = std::thread([this] { run(); });
    }
    virtual void run() = 0;
    bool cancelled() const { return m_cancelled; }
    const std::atomic<bool> *cancelFlag() const { return &m_cancelled; }

    void send(Message message)
    {
        std::unique_lock lock(m_mutex);
        if (m_writing) {
            m_waiting = std::move(message);
            return;
        }
        m_writing = true;
        m_sending = std::move(message);
        lock.unlock();
        this->StartWrite(&m_sending);
    }

    void finishWith(const grpc::Status &status)
    {
        std::unique_lock lock(m_mutex);
        if (m_writing) {
            m_finishAfterWrite = status;
            return;
        }
        lock.unlock();
        this->Finish(status);
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex; ///< guards what follows: one write in flight, the next one waiting
    bool m_writing = false;
    Message m_sending;
    std::optional<Message> m_waiting;
    std::optional<grpc::Status> m_finishAfterWrite;
    std::thread m_worker;
};

} // namespace pen::server
