// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/RoundSettings.h"
#include "model/ScoringRule.h"
#include "tournament/EventClock.h"
#include "tournament/EventPlan.h"
#include "tournament/Leaderboard.h"
#include "tournamentclient/TournamentMessages.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pen::gui {

/// The events a host manages, as the console shows them: plain values filled from the server's
/// messages in HostMessages, so that widgets never see the protocol. Times are the server's,
/// milliseconds since the epoch; a phase the server did not name is empty.

/// One event in the console's list.
struct EventSummary {
    QString id;
    QString title;
    std::optional<EventState::Phase> phase;
    int roundCount = 0;
    int contestantCount = 0;
    bool practice = false;
    bool revealTruthAfterRound = false;

    friend bool operator==(const EventSummary &, const EventSummary &) = default;
};

/// The events the caller manages after a change on the server; the same version, the same state.
struct EventsChange {
    QList<EventSummary> events;
    quint64 version = 0;
};

/// One round of an event as the host planned it (the server keeps which scans it holds): what
/// contestants are told of it, and the scoring numbers behind the formula in words.
struct EventRound : TournamentRound {
    ScoringRule scoringRule;
    QString hitRule; ///< "covers-v2" or "centre-inside-v1" (docs/scoring.md)
    bool markMayFindSeveral = false;
};

/// An officer, or a team and its members.
struct EventContestant {
    QString id;
    QString name;
    bool team = false;
    QStringList members;
};

/// How far a contestant is in the current round, and whether their client is connected.
struct ContestantActivity {
    QString contestantId;
    int scansDone = 0; ///< answered or timed out
    int scanCount = 0; ///< 0 outside a round
    bool finished = false;
    bool connected = false;
    qint64 lastSeenMs = 0; ///< when their last stream closed; 0: never connected since the server started
};

/// The event's clocks now. Seconds left are -1 for a clock that does not run.
struct EventClockStatus {
    std::optional<EventState::Phase> phase;
    std::optional<EventState::Phase> pausedPhase;
    int roundIndex = -1;
    double roundSecondsLeft = -1;
    double phaseSecondsLeft = -1;
    qint64 serverTimeMs = 0;
};

/// Everything the console shows of the selected event. An empty id: no event.
struct EventDetails {
    EventSummary summary;
    QList<EventRound> rounds;
    QList<EventContestant> contestants;
    EventClockStatus status;
    QList<ContestantActivity> progress; ///< one per contestant, in the order of contestants
};

/// The standings of an event (roundId empty) or of one round, at a time of the server's clock.
struct Leaderboard {
    QString eventId;
    QString roundId;
    QList<Standing> standings;
    qint64 serverTimeMs = 0;
};

/// A new event, as the host's form asks for it.
struct NewEvent {
    QString title;
    bool revealTruthAfterRound = true;
    bool practice = false;
};

/// A round to add to an event: the plan without its scans (the server takes every scan of the
/// set, or draws drawScans of them with drawSeed).
struct NewRound {
    QString eventId;
    RoundPlan plan;
    int drawScans = 0; ///< 0: every scan of the set, in its order
    quint64 drawSeed = 0;
};

/// An officer (no members) or a team of two named members.
struct NewContestant {
    QString eventId;
    QString name;
    QStringList members;
};

} // namespace pen::gui
