// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "EventRuntime.h"

#include "tournament/RecordedAnswer.h"

#include <algorithm>

namespace pen::server {

EventPlan EventRuntime::plan() const
{
    EventPlan plan;
    plan.id = record.id;
    plan.title = record.title;
    plan.rounds = record.rounds;
    plan.revealTruthAfterRound = record.revealTruth;
    return plan;
}

EventState EventRuntime::stateAt(double at) const
{
    return eventStateAt(plan(), record.commands, at);
}

const ContestantRecord *EventRuntime::contestant(const QString &contestantId) const
{
    const auto found = std::find_if(contestants.begin(), contestants.end(),
                                    [&](const ContestantRecord &c) { return c.id == contestantId; });
    return found == contestants.end() ? nullptr : &*found;
}

QList<double> EventRuntime::answeredAt(const RoundPlan &round, const QString &contestantId) const
{
    QList<double> times(round.scanIds.size(), ContestantProgress::NotAnswered);
    const auto given = answers.value(round.id).value(contestantId);
    for (const AnswerRecord &answer : given) {
        if (answer.scanIndex >= 0 && answer.scanIndex < times.size())
            times[answer.scanIndex] = answer.playSeconds;
    }
    return times;
}

ContestantProgress EventRuntime::progressOf(const RoundPlan &round, const QString &contestantId, double playNow) const
{
    return progressAt(round.settings, int(round.scanIds.size()), answeredAt(round, contestantId), playNow,
                      clockStartOf(round, contestantId));
}

double EventRuntime::clockStartOf(const RoundPlan &round, const QString &contestantId) const
{
    if (round.settings.clockStart != RoundSettings::ClockStart::AtJoin)
        return 0;
    return clockStarts.value(round.id).value(contestantId, ContestantProgress::NotJoined);
}

void EventRuntime::addAnswer(const AnswerRecord &answer)
{
    answers[answer.roundId][answer.contestantId].insert(answer.scanIndex, answer);
    answerIds[answer.contestantId].insert(answer.answerId, {answer.roundId, answer.scanIndex});
    standings.touch(answer.roundId, answer.contestantId);
}

void EventRuntime::dropAnswer(const AnswerRecord &answer)
{
    answers[answer.roundId][answer.contestantId].remove(answer.scanIndex);
    answerIds[answer.contestantId].remove(answer.answerId);
    standings.touch(answer.roundId, answer.contestantId);
}

void EventRuntime::startClock(const QString &roundId, const QString &contestantId, double playSeconds)
{
    clockStarts[roundId].insert(contestantId, playSeconds);
    standings.touch(roundId, contestantId);
}

RoundResult EventRuntime::resultOf(int roundIndex, const QString &contestantId, double at, const ImageSet &set) const
{
    return resultAt(roundIndex, contestantId, playTimeAt(roundIndex, at), roundOver(stateAt(at), roundIndex), set);
}

RoundResult EventRuntime::resultAt(int roundIndex, const QString &contestantId, double playNow, bool roundEnded,
                                   const ImageSet &set) const
{
    const RoundPlan &round = record.rounds[roundIndex];
    QList<RecordedAnswer> counted;
    for (const AnswerRecord &answer : answers.value(round.id).value(contestantId))
        counted.append({round.id, contestantId, answer.scanIndex, answer.answerId, answer.playSeconds, answer.answer});
    return RoundResult::from(round, set, counted, playNow, roundEnded, clockStartOf(round, contestantId));
}

double EventRuntime::playTimeAt(int roundIndex, double at) const
{
    return std::max(0.0, roundPlayTimeAt(plan(), record.commands, roundIndex, at));
}

bool EventRuntime::allFinishedAt(double at) const
{
    const EventState state = stateAt(at);
    if (state.phase != EventState::Phase::Running || state.roundIndex < 0 || contestants.isEmpty())
        return false;
    const RoundPlan &round = record.rounds[state.roundIndex];
    return std::all_of(contestants.begin(), contestants.end(), [&](const ContestantRecord &contestant) {
        return progressOf(round, contestant.id, state.roundElapsed).finished;
    });
}

bool EventRuntime::roundOver(const EventState &state, int roundIndex)
{
    if (state.phase == EventState::Phase::Finished || roundIndex < state.roundIndex)
        return true;
    const bool inBreak = state.phase == EventState::Phase::Break
        || (state.phase == EventState::Phase::Paused && state.pausedPhase == EventState::Phase::Break);
    return roundIndex == state.roundIndex && inBreak;
}

QString EventRuntime::contestantScanId(const RoundPlan &round, int scanIndex)
{
    return QStringLiteral("%1-scan-%2").arg(round.id).arg(scanIndex + 1);
}

} // namespace pen::server
