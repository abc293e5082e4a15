// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "EventStandings.h"

#include "EventRuntime.h"
#include "tournament/ContestantProgress.h"

#include <cmath>
#include <limits>

namespace pen::server {
namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

} // namespace

void EventStandings::touch(const QString &roundId, const QString &contestantId)
{
    m_touched[roundId].insert(contestantId);
}

QList<Standing> EventStandings::board(const EventRuntime &event, int roundIndex, double at, const SetLookup &setOf)
{
    follow(event);
    const EventState state = event.stateAt(at);
    for (int r = 0; r < m_rounds.size(); ++r) {
        if (roundIndex < 0 || r == roundIndex)
            bringUpToDate(event, r, event.playTimeAt(r, at), EventRuntime::roundOver(state, r), setOf);
    }
    if (roundIndex >= m_rounds.size())
        return {};
    if (roundIndex < 0)
        return m_rounds.isEmpty() ? QList<Standing>() : read(m_event, -1);
    return read(m_roundTables[roundIndex], roundIndex);
}

RoundResult EventStandings::resultOf(int roundIndex, const QString &contestantId) const
{
    if (roundIndex < 0 || roundIndex >= m_rounds.size())
        return {};
    return m_rounds[roundIndex].scored.value(contestantId).result;
}

// Contestants are only ever added, at the end, and rounds change only before play; anything else
// (a plan edited, an event loaded anew) scores everything again.
void EventStandings::follow(const EventRuntime &event)
{
    bool same = m_rounds.size() == event.record.rounds.size();
    for (qsizetype r = 0; same && r < m_rounds.size(); ++r)
        same = m_rounds[r].plan == event.record.rounds[r];
    const qsizetype known = m_contestants.size();
    const bool grown
        = event.contestants.size() >= known && (known == 0 || event.contestants[known - 1].id == m_contestants.last());
    if (!same || !grown) {
        reset(event);
        return;
    }
    for (qsizetype i = known; i < event.contestants.size(); ++i) {
        const ContestantRecord &contestant = event.contestants[i];
        m_contestants.append(contestant.id);
        m_names.insert(contestant.id, contestant.name);
        for (Round &round : m_rounds)
            round.stale.insert(contestant.id);
    }
    for (auto touched = m_touched.cbegin(); touched != m_touched.cend(); ++touched) {
        for (Round &round : m_rounds) {
            if (round.plan.id == touched.key())
                round.stale.unite(touched.value());
        }
    }
    m_touched.clear();
}

void EventStandings::reset(const EventRuntime &event)
{
    m_rounds.clear();
    m_contestants.clear();
    m_names.clear();
    m_touched.clear();
    m_event = Table();
    m_roundTables.clear();
    for (const ContestantRecord &contestant : event.contestants) {
        m_contestants.append(contestant.id);
        m_names.insert(contestant.id, contestant.name);
    }
    for (const RoundPlan &plan : event.record.rounds) {
        Round round;
        round.plan = plan;
        m_rounds.append(round);
    }
}

void EventStandings::markAll(Round &round) const
{
    for (const QString &id : m_contestants)
        round.stale.insert(id);
}

void EventStandings::bringUpToDate(const EventRuntime &event, int roundIndex, double playNow, bool ended,
                                   const SetLookup &setOf)
{
    Round &round = m_rounds[roundIndex];
    if (round.playNow < 0 || playNow < round.playNow) {
        markAll(round);
    } else {
        if (ended != round.ended || (ended && playNow != round.playNow))
            round.stale.unite(round.onScreen);
        while (!round.expiring.empty() && round.expiring.begin()->first < playNow) {
            const auto first = round.expiring.begin();
            const auto scored = round.scored.constFind(first->second);
            if (scored != round.scored.cend() && scored->until == first->first)
                round.stale.insert(first->second);
            round.expiring.erase(first);
        }
    }
    round.playNow = playNow;
    round.ended = ended;
    if (round.stale.isEmpty())
        return;
    const ImageSet set = setOf(round.plan.imageSetId);
    for (const QString &id : std::as_const(round.stale)) {
        if (!m_names.contains(id))
            continue; // answers of someone who is not a contestant: on no board
        Scored scored = score(event, roundIndex, id, playNow, ended, set);
        if (scored.onScreen)
            round.onScreen.insert(id);
        else
            round.onScreen.remove(id);
        if (std::isfinite(scored.until))
            round.expiring.emplace(scored.until, id);
        round.scored.insert(id, std::move(scored));
        changed(roundIndex, id);
    }
    round.stale.clear();
}

EventStandings::Scored EventStandings::score(const EventRuntime &event, int roundIndex, const QString &contestantId,
                                             double playNow, bool ended, const ImageSet &set) const
{
    const RoundPlan &round = event.record.rounds[roundIndex];
    const QList<double> answeredAt = event.answeredAt(round, contestantId);
    const ContestantProgress progress
        = progressAt(round.settings, round.scanCount(), answeredAt, playNow, event.clockStartOf(round, contestantId));
    Scored scored;
    scored.result = event.resultAt(roundIndex, contestantId, playNow, ended, set);
    scored.onScreen = !progress.finished;
    // It holds until the scan on screen times out, or an answer filed at a later play time counts.
    scored.until = progress.finished ? Infinity : progress.deadline;
    for (double answered : answeredAt) {
        if (answered > playNow)
            scored.until = std::min(scored.until, std::nextafter(answered, -Infinity));
    }
    if (ended && scored.onScreen)
        scored.until = playNow; // the scan on screen was scored as timed out at playNow
    return scored;
}

void EventStandings::changed(int roundIndex, const QString &contestantId)
{
    m_event.stale.insert(contestantId);
    if (const auto table = m_roundTables.find(roundIndex); table != m_roundTables.end())
        table->stale.insert(contestantId);
}

// As rankEvent and rankRound combine them: the rounds' lists joined and scored as one.
RoundScore EventStandings::scoreOf(const QString &contestantId, int roundIndex) const
{
    QList<RoundResult> results;
    for (qsizetype r = 0; r < m_rounds.size(); ++r) {
        if (roundIndex < 0 || r == roundIndex)
            results.append(m_rounds[r].scored.value(contestantId).result);
    }
    return RoundResult::combined(results).score;
}

QList<Standing> EventStandings::read(Table &table, int roundIndex)
{
    if (!table.built) {
        table.index.clear();
        table.stale = QSet<QString>(m_contestants.begin(), m_contestants.end());
        table.built = true;
    }
    for (const QString &id : std::as_const(table.stale)) {
        if (m_names.contains(id))
            table.index.set(id, m_names.value(id), scoreOf(id, roundIndex));
    }
    table.stale.clear();
    return table.index.standings();
}

} // namespace pen::server
