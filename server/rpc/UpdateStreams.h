// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <grpcpp/grpcpp.h>

#include <functional>
#include <mutex>
#include <optional>
#include <set>

namespace pen::server {

class UpdateStreams;

/// What a server stream needs from its hub: to be offered a new message.
class UpdateStream {
public:
    virtual ~UpdateStream() = default;
    virtual void offer() = 0;
};

/// The server streams that are open (event state, leaderboards). The server calls offerAll()
/// when the state changes and once a second; each stream then sends its newest message as soon
/// as the previous one is written (a slow client skips states, it never queues them).
class UpdateStreams {
public:
    void add(UpdateStream *stream)
    {
        std::lock_guard lock(m_mutex);
        m_streams.insert(stream);
    }
    void remove(UpdateStream *stream)
    {
        std::lock_guard lock(m_mutex);
        m_streams.erase(stream);
    }
    void offerAll()
    {
        std::lock_guard lock(m_mutex);
        for (UpdateStream *stream : m_streams)
            stream->offer();
    }
    std::size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_streams.size();
    }

private:
    mutable std::mutex m_mutex;
    std::set<UpdateStream *> m_streams;
};

/// A server-streaming call whose messages come from produce(): a message to send, or nullopt
/// with a final status to end the stream (e.g. the event is over, or the token was revoked).
template <typename Message>
class UpdateStreamReactor final : public grpc::ServerWriteReactor<Message>, public UpdateStream {
public:
    struct Next {
        std::optional<Message> message;
        grpc::Status end = grpc::Status::OK; ///< used when message is empty
        bool last = false;                   ///< finish after this message
        bool unchanged = false;              ///< nothing new to send: wait for the next offer
    };
    using Producer = std::function<Next()>;

    UpdateStreamReactor(UpdateStreams &hub, Producer produce) : m_hub(hub), m_produce(std::move(produce))
    {
        m_hub.add(this);
        offer();
    }

    void offer() override
    {
        std::lock_guard lock(m_mutex);
        if (m_finished)
            return;
        if (m_writing) {
            m_pending = true;
            return;
        }
        writeNext();
    }

    void OnWriteDone(bool ok) override
    {
        std::lock_guard lock(m_mutex);
        m_writing = false;
        if (!ok) {
            finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the stream broke"));
            return;
        }
        if (m_finishAfterWrite) {
            finish(grpc::Status::OK);
            return;
        }
        if (m_pending) {
            m_pending = false;
            writeNext();
        }
    }

    void OnCancel() override
    {
        std::lock_guard lock(m_mutex);
        finish(grpc::Status::CANCELLED);
    }

    void OnDone() override
    {
        m_hub.remove(this);
        delete this;
    }

private:
    void writeNext()
    {
        Next next = m_produce();
        if (next.unchanged)
            return;
        if (!next.message) {
            finish(next.end);
            return;
        }
        m_message = std::move(*next.message);
        m_writing = true;
        m_finishAfterWrite = next.last;
        this->StartWrite(&m_message);
    }

    void finish(const grpc::Status &status)
    {
        if (m_finished)
            return;
        m_finished = true;
        this->Finish(status);
    }

    UpdateStreams &m_hub;
    Producer m_produce;
    std::mutex m_mutex;
    Message m_message;
    bool m_writing = false;
    bool m_pending = false;
    bool m_finished = false;
    bool m_finishAfterWrite = false;
};

} // namespace pen::server
