// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRuntime.h"
#include "StateContext.h"

#include <memory>
#include <mutex>
#include <vector>

namespace pen::server {

class ImageSetLibrary;

/// The events, their rounds, contestants and clock commands, under one lock of their own. Play,
/// the answer desk and the reports read and change events through an Access, which holds that lock
/// while it lives; the image-set library, the tokens and the desk lock after it.
class EventBook {
public:
    EventBook(StateContext &context, ImageSetLibrary &library);

    /// The events with the lock held: every read or change of an event goes through one.
    class Access {
    public:
        explicit Access(EventBook &book) : m_lock(book.m_mutex), m_book(book) {}
        /// An event the caller manages: a host any, a trainer the practice sessions it created.
        Expected<EventRuntime *> manageable(const TokenRecord &caller, const QString &eventId) const;
        /// A contestant token's own event.
        Expected<EventRuntime *> contestantEvent(const TokenRecord &caller) const;
        const std::vector<std::unique_ptr<EventRuntime>> &all() const { return m_book.m_events; }
        /// Records a clock command (the store first) and counts the change.
        Expected<void> appendCommand(EventRuntime &event, ClockCommand command) const;
        /// Ends the running round once every contestant has finished it.
        void endRoundIfAllFinished(EventRuntime &event, double at) const;

    private:
        std::unique_lock<std::mutex> m_lock;
        EventBook &m_book;
    };
    Access access() { return Access(*this); }

    /// The store's events, contestants, answers and clock starts, at opening.
    void load(const TournamentStore::Contents &contents);
    /// Contestants could not play while the server was down, so the downtime does not count: a
    /// round that was running is paused at the last sign of life and resumed now.
    void resumeAfterDowntime(qint64 lastAliveMs);
    /// About once a second: ends rounds that every contestant has finished.
    void tick();

    // --- hosts, and trainers for their own practice events
    /// Where one contestant is in the round that runs (paused included), for the host's view.
    struct RoundProgress {
        int scansDone = 0; ///< answered or timed out
        int scanCount = 0; ///< 0 outside a running round
        bool finished = false;
    };
    struct EventOverview {
        EventRecord event;
        EventState state;
        QList<ContestantRecord> contestants;
        QList<RoundProgress> progress = {}; ///< parallel to contestants; filled by event() only
    };
    struct RoundRequest {
        QString eventId;
        QString title;
        QString imageSetId;
        QStringList scanIds; ///< empty: all, in the set's order (or drawScans of them)
        int drawScans = 0;   ///< without scanIds: so many scans drawn by drawSeed; 0: all
        quint64 drawSeed = 0;
        QString settingsJson; ///< empty: the set's own settings, else the defaults of its type
        int countdownSeconds = 10;
        int breakSecondsAfter = 600;
    };
    Expected<EventRecord> createEvent(const TokenRecord &caller, const QString &title, bool practice, bool revealTruth);
    Expected<QList<EventOverview>> events(const TokenRecord &caller);
    Expected<EventOverview> event(const TokenRecord &caller, const QString &eventId);
    Expected<RoundPlan> addRound(const TokenRecord &caller, const RoundRequest &request);
    Expected<ContestantRecord> addContestant(const TokenRecord &caller, const QString &eventId, const QString &name,
                                             const QStringList &members);
    Expected<EventState> control(const TokenRecord &caller, const QString &eventId, ClockCommand::Kind action);

private:
    /// Checks a request and makes its plan (id, settings, scans); nothing is stored yet.
    Expected<RoundPlan> planRound(const TokenRecord &caller, const RoundRequest &request) const;

    StateContext &m_context;
    ImageSetLibrary &m_library;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<EventRuntime>> m_events;
};

} // namespace pen::server
