// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// EventReports for trainers: a trainee's report in one session, and their history over sessions.
#include "EventReports.h"

#include "StateChecks.h"

#include <algorithm>
#include <cmath>

namespace pen::server {

using namespace checks;

EventReports::RoundReport EventReports::roundReport(const EventRuntime &event, int roundIndex,
                                                    const QString &contestantId, double at) const
{
    const RoundPlan &round = event.record.rounds[roundIndex];
    RoundReport report{
        round, resultOf(event, roundIndex, contestantId, at), {}, 0, event.record.id, event.record.title};
    report.categories = CategoryBreakdown::ofRound(round.settings, setOf(round.imageSetId), report.result);
    const double started = roundStartedAt(event.plan(), event.record.commands, roundIndex, at);
    if (std::isfinite(started))
        report.startedMs = qint64(std::llround(started * 1000.0));
    return report;
}

void EventReports::addTotals(TraineeReport &report) const
{
    QList<RoundResult> results;
    for (const RoundReport &round : report.rounds) {
        report.overall.addRound(round.round.settings, setOf(round.round.imageSetId), round.result);
        results.append(round.result);
    }
    report.total = RoundResult::combined(results).score;
}

Expected<EventReports::TraineeReport> EventReports::traineeReport(const TokenRecord &caller, const QString &eventId,
                                                                  const QString &contestantId) const
{
    auto access = m_events.access();
    auto found = access.manageable(caller, eventId);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    TraineeReport report;
    const ContestantRecord *contestant = event.contestant(contestantId);
    if (!contestant)
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("event %1 has no contestant %2").arg(eventId, contestantId.left(80)));
    report.contestant = *contestant;
    const double at = m_context.now();
    const EventState state = event.stateAt(at);
    for (int r = 0;
         r < event.record.rounds.size() && (r <= state.roundIndex || state.phase == EventState::Phase::Finished); ++r)
        report.rounds.append(roundReport(event, r, contestantId, at));
    addTotals(report);
    return report;
}

Expected<EventReports::TraineeReport> EventReports::traineeHistory(const TokenRecord &caller,
                                                                   const QString &traineeName) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot read trainee reports").arg(roleName(caller.role)));
    const QString name = traineeName.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("the trainee's name is empty or longer than 200 characters"));
    auto access = m_events.access();
    const double at = m_context.now();
    TraineeReport report;
    report.contestant.name = name;
    bool known = false;
    for (const auto &event : access.all()) {
        if (!event->record.practice || (caller.role == Role::Trainer && event->record.ownerTokenId != caller.id))
            continue;
        for (const ContestantRecord &contestant : event->contestants) {
            if (contestant.name.trimmed().compare(name, Qt::CaseInsensitive) != 0)
                continue;
            known = true;
            for (int r = 0; r < event->record.rounds.size(); ++r) {
                RoundReport round = roundReport(*event, r, contestant.id, at);
                if (round.startedMs > 0)
                    report.rounds.append(std::move(round));
            }
        }
    }
    if (!known)
        return refuse(
            ErrorCode::NotFound,
            caller.role == Role::Trainer
                ? QStringLiteral("none of your practice sessions has a trainee named \"%1\"").arg(name.left(80))
                : QStringLiteral("no practice session has a trainee named \"%1\"").arg(name.left(80)));
    std::stable_sort(report.rounds.begin(), report.rounds.end(),
                     [](const RoundReport &a, const RoundReport &b) { return a.startedMs < b.startedMs; });
    addTotals(report);
    return report;
}

} // namespace pen::server
