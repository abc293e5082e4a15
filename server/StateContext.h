// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "store/TournamentStore.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <utility>

namespace pen::server {

/// What every part of the tournament state shares: the store every change is written to, the
/// server's clock, and the change counters that streams watch. Each part keeps its own lock; this
/// holds one only for the contestants changed since the heartbeat last looked (the store locks
/// itself).
struct StateContext {
    /// Milliseconds since the epoch; the server's clock decides every time. Tests inject their own.
    using Clock = std::function<qint64()>;

    StateContext(std::unique_ptr<TournamentStore> store, Clock clock) : store(std::move(store)), clock(std::move(clock))
    {
    }

    std::unique_ptr<TournamentStore> store;
    Clock clock;
    std::atomic<quint64> version{1};
    /// Grows with every change that may concern everybody (not one contestant's answers or join).
    std::atomic<quint64> sharedVersion{1};
    std::mutex touchedMutex;
    QSet<std::pair<QString, QString>> touched; ///< by changedFor(), under touchedMutex

    double now() const { return double(clock()) / 1000.0; }
    void changed()
    {
        ++sharedVersion;
        ++version;
    }
    /// A change that concerns one contestant of an event only (and the event's boards).
    void changedFor(const QString &eventId, const QString &contestantId)
    {
        {
            std::lock_guard lock(touchedMutex);
            touched.insert({eventId, contestantId});
        }
        ++version;
    }
    /// The contestants (event id, contestant id) changed by changedFor() since the last call.
    QSet<std::pair<QString, QString>> takeTouched()
    {
        std::lock_guard lock(touchedMutex);
        return std::exchange(touched, {});
    }
    Expected<void> audit(const TokenRecord &caller, const QString &eventId, const QString &action,
                         const QString &detail) const
    {
        return store->appendAudit({clock(), caller.id, eventId, action, detail});
    }
};

} // namespace pen::server
