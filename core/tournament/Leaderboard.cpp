// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/Leaderboard.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace pen {
namespace {

bool tied(const RoundScore &a, const RoundScore &b)
{
    return !RoundScore::ranksBefore(a, b) && !RoundScore::ranksBefore(b, a);
}

// Each contestant's entries that pass the filter, combined; contestants in order of first appearance.
QList<Standing> combine(const QList<RoundEntry> &entries, const std::function<bool(const RoundEntry &)> &include)
{
    QList<Standing> standings;
    QList<QList<RoundResult>> results;
    QHash<QString, qsizetype> indexOf; // contestant id → position in standings
    for (const RoundEntry &entry : entries) {
        if (!include(entry))
            continue;
        const auto found = indexOf.constFind(entry.contestantId);
        if (found == indexOf.cend()) {
            indexOf.insert(entry.contestantId, standings.size());
            standings.append({entry.contestantId, entry.name, 0, {}, {}});
            results.append(QList<RoundResult>{entry.result});
        } else {
            results[*found].append(entry.result);
        }
    }
    for (qsizetype i = 0; i < standings.size(); ++i)
        standings[i].score = RoundResult::combined(results[i]).score;
    return rankStandings(standings);
}

} // namespace

QList<Standing> rankStandings(QList<Standing> standings)
{
    std::stable_sort(standings.begin(), standings.end(), [](const Standing &a, const Standing &b) {
        if (RoundScore::ranksBefore(a.score, b.score))
            return true;
        if (RoundScore::ranksBefore(b.score, a.score))
            return false;
        return a.name != b.name ? a.name < b.name : a.contestantId < b.contestantId;
    });
    numberRanks(standings);
    return standings;
}

void numberRanks(QList<Standing> &standings)
{
    for (qsizetype i = 0; i < standings.size(); ++i) {
        const bool sharesRank = i > 0 && tied(standings[i - 1].score, standings[i].score);
        standings[i].rank = sharesRank ? standings[i - 1].rank : int(i + 1);
    }
}

QList<Standing> rankRound(const QList<RoundEntry> &entries, const QString &eventId, const QString &roundId)
{
    return combine(entries,
                   [&](const RoundEntry &entry) { return entry.eventId == eventId && entry.roundId == roundId; });
}

QList<Standing> rankEvent(const QList<RoundEntry> &entries, const QString &eventId)
{
    return combine(entries, [&](const RoundEntry &entry) { return entry.eventId == eventId; });
}

QList<Standing> rankOverall(const QList<RoundEntry> &entries)
{
    return combine(entries, [](const RoundEntry &) { return true; });
}

} // namespace pen
