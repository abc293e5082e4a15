// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventStandings.h"
#include "imageset/ImageSet.h"
#include "store/Records.h"
#include "tournament/ContestantProgress.h"
#include "tournament/EventClock.h"
#include "tournament/RoundResult.h"

#include <QHash>
#include <QMap>

namespace pen::server {

/// One event as the server holds it: its record (rounds and clock commands), its contestants, the
/// answers received and when each contestant's clocks started; with the questions of play that are
/// asked of it. Not locked itself: EventBook hands it out under the events' lock.
///
/// Answers and clock starts change through addAnswer, dropAnswer and startClock only, which tell
/// the leaderboards whose results to score again.
struct EventRuntime {
    EventRecord record;
    QList<ContestantRecord> contestants;
    /// round id → contestant id → scan index → answer
    QHash<QString, QHash<QString, QMap<int, AnswerRecord>>> answers;
    /// contestant id → answer id → (round id, scan index)
    QHash<QString, QHash<QString, std::pair<QString, int>>> answerIds;
    /// round id → contestant id → play time their clocks started (rounds whose clocks start at join)
    QHash<QString, QHash<QString, double>> clockStarts;
    /// The leaderboards as last scored: a cache, changed by const readers too (under the events' lock).
    mutable EventStandings standings;

    /// Files an answer (and its id) under its round and contestant.
    void addAnswer(const AnswerRecord &answer);
    /// Takes an answer back (its write failed).
    void dropAnswer(const AnswerRecord &answer);
    /// Records when a contestant's clocks started in a round (play time).
    void startClock(const QString &roundId, const QString &contestantId, double playSeconds);

    EventPlan plan() const;
    EventState stateAt(double at) const;
    const ContestantRecord *contestant(const QString &contestantId) const;
    /// When each scan of the round was answered by the contestant (play time); NotAnswered if not.
    QList<double> answeredAt(const RoundPlan &round, const QString &contestantId) const;
    ContestantProgress progressOf(const RoundPlan &round, const QString &contestantId, double playNow) const;
    /// When a contestant's clocks started in a round (progressAt's clockStart).
    double clockStartOf(const RoundPlan &round, const QString &contestantId) const;
    /// How a contestant's round scores at time at (every scan shown and over by then).
    RoundResult resultOf(int roundIndex, const QString &contestantId, double at, const ImageSet &set) const;
    /// The same at the round's play time playNow, the round over or not (as resultOf derives them from at).
    RoundResult resultAt(int roundIndex, const QString &contestantId, double playNow, bool roundEnded,
                         const ImageSet &set) const;
    /// The round's play time at time at, as results are scored (never below 0).
    double playTimeAt(int roundIndex, double at) const;
    /// Whether every contestant has finished the round that runs at time at.
    bool allFinishedAt(double at) const;

    /// Whether a round's results may be told: the event went past it or rests after it.
    static bool roundOver(const EventState &state, int roundIndex);
    /// The id contestants see for a scan while its round runs: the set's own ids may say what is
    /// in the scan ("parcel-cocaine").
    static QString contestantScanId(const RoundPlan &round, int scanIndex);
};

} // namespace pen::server
