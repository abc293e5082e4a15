// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scoring/RoundScore.h"
#include "tournament/RoundResult.h"

#include <QList>
#include <QString>

namespace pen {

/// A team member's share of the team's score: the scans they answered (a scan that timed out
/// is nobody's).
struct MemberScore {
    QString name;
    RoundScore score;
};

/// A contestant's (or team's) place on a leaderboard.
struct Standing {
    QString contestantId;
    QString name;
    int rank = 0;               ///< from 1; shared on exact ties (1, 2, 2, 4)
    RoundScore score;           ///< summed over rounds for events (see RoundResult::combined)
    QList<MemberScore> members; ///< a team's members, in the team's order; empty for an officer
};

/// One contestant's (or team's) result in one round of one event, as the leaderboards take them.
struct RoundEntry {
    QString eventId;
    QString roundId;
    QString contestantId;
    QString name;
    RoundResult result;
};

/// Orders standings by RoundScore::ranksBefore (more points; then fewer false alarm marks; then
/// less total time) and numbers them; exact ties share a rank and are listed by name, then id.
QList<Standing> rankStandings(QList<Standing> standings);
/// Numbers standings that are already in rankStandings' order: exact ties share a rank.
void numberRanks(QList<Standing> &standings);

/// The leaderboard of one round, from the entries of that round among those given.
QList<Standing> rankRound(const QList<RoundEntry> &entries, const QString &eventId, const QString &roundId);
/// The leaderboard of one event: each contestant's rounds of it combined (points, false alarms and
/// time summed); a round a contestant missed adds nothing.
QList<Standing> rankEvent(const QList<RoundEntry> &entries, const QString &eventId);
/// The leaderboard across every event given, combined the same way.
QList<Standing> rankOverall(const QList<RoundEntry> &entries);

} // namespace pen
