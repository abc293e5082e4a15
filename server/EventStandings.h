// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "tournament/Leaderboard.h"
#include "tournament/RoundResult.h"
#include "tournament/StandingsIndex.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <map>

namespace pen {
struct ImageSet;
}

namespace pen::server {

struct EventRuntime;

/// The leaderboards of one event, kept up to date instead of rescored. A contestant's result in a
/// round is scored again only when their answers or clock start changed (touch), or when the clock
/// passes a moment that changes it (the deadline of the scan on screen, the round's end); each
/// table is a StandingsIndex in which only the contestants whose score changed move. The tables
/// equal what rankEvent and rankRound give for EventRuntime::resultOf at the same time
/// (tst_eventstandings compares them after every step of random play).
///
/// Lives in its EventRuntime and is used under the events' lock only; not thread-safe itself.
class EventStandings {
public:
    using SetLookup = std::function<ImageSet(const QString &imageSetId)>;

    /// The contestant's answers or clock start in the round changed.
    void touch(const QString &roundId, const QString &contestantId);
    /// The event's table (roundIndex -1) or one round's, at time at (seconds since the epoch);
    /// setOf gives a round's image set, asked only for rounds with something to score.
    QList<Standing> board(const EventRuntime &event, int roundIndex, double at, const SetLookup &setOf);
    /// The contestant's result in the round as the last board() scored it.
    RoundResult resultOf(int roundIndex, const QString &contestantId) const;

private:
    /// One contestant's result in one round, and the play times it holds for.
    struct Scored {
        RoundResult result;
        double until = 0;      ///< the last play time it holds for
        bool onScreen = false; ///< a scan is still on screen: the round's end changes the result
    };
    struct Round {
        RoundPlan plan;                          ///< as scored; another plan scores everything again
        QHash<QString, Scored> scored;           ///< contestant id → result
        std::multimap<double, QString> expiring; ///< until → contestant, for finite untils
        QSet<QString> onScreen;                  ///< contestants whose result the round's end changes
        QSet<QString> stale;                     ///< to score again
        double playNow = -1;                     ///< when last brought up to date; -1: never
        bool ended = false;
    };
    struct Table {
        StandingsIndex index;
        QSet<QString> stale; ///< contestants whose score changed since the table was last read
        bool built = false;
    };

    void follow(const EventRuntime &event);
    void reset(const EventRuntime &event);
    void markAll(Round &round) const;
    void bringUpToDate(const EventRuntime &event, int roundIndex, double playNow, bool ended, const SetLookup &setOf);
    Scored score(const EventRuntime &event, int roundIndex, const QString &contestantId, double playNow, bool ended,
                 const ImageSet &set) const;
    void changed(int roundIndex, const QString &contestantId);
    RoundScore scoreOf(const QString &contestantId, int roundIndex) const;
    QList<Standing> read(Table &table, int roundIndex);

    QList<Round> m_rounds;
    QStringList m_contestants;               ///< ids, in the event's order
    QHash<QString, QString> m_names;         ///< contestant id → name
    QHash<QString, QSet<QString>> m_touched; ///< round id → contestants touched since the last board
    Table m_event;
    QHash<int, Table> m_roundTables;
};

} // namespace pen::server
