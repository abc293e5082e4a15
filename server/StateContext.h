// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "store/TournamentStore.h"

#include <QString>

#include <atomic>
#include <functional>

namespace pen::server {

/// What every part of the tournament state shares: the store every change is written to, the
/// server's clock, and the change counter that streams watch. Each part keeps its own lock; this
/// holds none (the store locks itself).
struct StateContext {
    /// Milliseconds since the epoch; the server's clock decides every time. Tests inject their own.
    using Clock = std::function<qint64()>;

    StateContext(std::unique_ptr<TournamentStore> store, Clock clock) : store(std::move(store)), clock(std::move(clock))
    {
    }

    std::unique_ptr<TournamentStore> store;
    Clock clock;
    std::atomic<quint64> version{1};

    double now() const { return double(clock()) / 1000.0; }
    void changed() { ++version; }
    Expected<void> audit(const TokenRecord &caller, const QString &eventId, const QString &action,
                         const QString &detail) const
    {
        return store->appendAudit({clock(), caller.id, eventId, action, detail});
    }
};

} // namespace pen::server
