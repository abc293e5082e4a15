// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>

namespace pen::server {

class UpdateStreams;

/// What a server stream needs from its hub: to be offered a new message.
class UpdateStream {
public:
    virtual ~UpdateStream() = default;
    virtual void offer() = 0;
};

/// The changes a stream follows: one contestant's (their event and id), a whole event's (no
/// contestant), or every change (neither).
struct StreamKey {
    QString eventId;
    QString contestantId;
    friend bool operator<(const StreamKey &a, const StreamKey &b)
    {
        return std::tie(a.eventId, a.contestantId) < std::tie(b.eventId, b.contestantId);
    }
};

/// The server streams that are open (event state, leaderboards). The server offers every stream
/// on changes that concern everybody (offerAll), the streams of the contestants whose answers or
/// clock start changed (offerChanged), and each stream once per `turns` heartbeats for its clocks
/// (nextTurn: the streams take turns, so that they do not all write at once). A stream offered
/// sends its newest message as soon as the previous one is written (a slow client skips states, it
/// never queues them).
class UpdateStreams {
public:
    explicit UpdateStreams(quint64 turns = 1) : m_turns(std::max<quint64>(turns, 1)) {}

    void add(UpdateStream *stream, const StreamKey &key)
    {
        std::lock_guard lock(m_mutex);
        // The first clocks offer comes 1 to `turns` heartbeats from now, the next ones spread.
        const quint64 turn = (m_turn + m_turns - m_added++ % m_turns) % m_turns;
        m_streams.emplace(key, Entry{stream, turn});
    }
    void remove(UpdateStream *stream, const StreamKey &key)
    {
        std::lock_guard lock(m_mutex);
        auto [first, last] = m_streams.equal_range(key);
        for (auto it = first; it != last; ++it) {
            if (it->second.stream == stream) {
                m_streams.erase(it);
                return;
            }
        }
    }
    void offerAll()
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[key, entry] : m_streams)
            offer(key, entry.stream);
    }
    /// Offers the streams of these contestants (event id, contestant id), their events' streams
    /// and those that follow every change.
    void offerChanged(const std::set<StreamKey> &contestants)
    {
        if (contestants.empty())
            return;
        std::set<StreamKey> keys{StreamKey{}};
        for (const StreamKey &contestant : contestants) {
            keys.insert(contestant);
            keys.insert({contestant.eventId, {}});
        }
        std::lock_guard lock(m_mutex);
        for (const StreamKey &key : keys) {
            auto [first, last] = m_streams.equal_range(key);
            for (auto it = first; it != last; ++it)
                offer(key, it->second.stream);
        }
    }
    /// The next heartbeat: offers the streams whose turn it is, unless offered is set (offerAll()
    /// has just offered them).
    void nextTurn(bool offered)
    {
        std::lock_guard lock(m_mutex);
        m_turn = (m_turn + 1) % m_turns;
        if (offered)
            return;
        for (const auto &[key, entry] : m_streams) {
            if (entry.turn == m_turn)
                offer(key, entry.stream);
        }
    }
    std::size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_streams.size();
    }
    /// How often the streams that follow this key were offered an update (for tests).
    quint64 offers(const StreamKey &key) const
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_offers.find(key);
        return found == m_offers.end() ? 0 : found->second;
    }

private:
    struct Entry {
        UpdateStream *stream;
        quint64 turn; ///< offered for its clocks when m_turn is this
    };
    void offer(const StreamKey &key, UpdateStream *stream)
    {
        ++m_offers[key];
        stream->offer();
    }

    const quint64 m_turns;
    mutable std::mutex m_mutex;
    std::multimap<StreamKey, Entry> m_streams;
    std::map<StreamKey, quint64> m_offers;
    quint64 m_turn = 0;
    quint64 m_added = 0;
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

    UpdateStreamReactor(UpdateStreams &hub, StreamKey key, Producer produce)
        : m_hub(hub), m_key(std::move(key)), m_produce(std::move(produce))
    {
        m_hub.add(this, m_key);
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
        m_hub.remove(this, m_key);
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
    const StreamKey m_key;
    Producer m_produce;
    std::mutex m_mutex;
    Message m_message;
    bool m_writing = false;
    bool m_pending = false;
    bool m_finished = false;
    bool m_finishAfterWrite = false;
};

} // namespace pen::server
