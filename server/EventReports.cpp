// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// EventReports: results, standings, leaderboards, exports and the audit log.
#include "EventReports.h"

#include "ImageSetLibrary.h"
#include "StateChecks.h"
#include "TokenRegistry.h"

namespace pen::server {

using namespace checks;

EventReports::EventReports(StateContext &context, EventBook &events, const ImageSetLibrary &library,
                           const TokenRegistry &tokens)
    : m_context(context), m_events(events), m_library(library), m_tokens(tokens)
{
}

ImageSet EventReports::setOf(const QString &imageSetId) const
{
    return m_library.imageSet(imageSetId).value_or(ImageSet());
}

RoundResult EventReports::resultOf(const EventRuntime &event, int roundIndex, const QString &contestantId,
                                   double at) const
{
    return event.resultOf(roundIndex, contestantId, at, setOf(event.record.rounds[roundIndex].imageSetId));
}

QList<MemberScore> EventReports::memberScores(const EventRuntime &event, const ContestantRecord &team,
                                              const QList<std::pair<int, RoundResult>> &results,
                                              const QHash<QString, QString> &memberOfToken)
{
    QHash<QString, RoundResult> shares;
    for (const auto &[roundIndex, result] : results) {
        const auto answers = event.answers.value(event.record.rounds[roundIndex].id).value(team.id);
        for (int i = 0; i < result.scanIndices.size(); ++i) {
            const auto answer = answers.constFind(result.scanIndices[i]);
            if (answer == answers.cend() || result.answers[i].timedOut)
                continue;
            const QString member = memberOfToken.value(answer->tokenId);
            if (member.isEmpty())
                continue; // from a console the team shares
            RoundResult &share = shares[member];
            share.scanIndices.append(result.scanIndices[i]);
            share.answers.append(result.answers[i]);
            share.outcomes.append(result.outcomes[i]);
        }
    }
    QList<MemberScore> scores;
    for (const QString &member : team.members) {
        const RoundResult share = shares.value(member);
        scores.append({member, RoundScore::from(share.outcomes, share.answers)});
    }
    return scores;
}

QList<Standing> EventReports::standings(const EventRuntime &event, const QString &roundId) const
{
    const int roundIndex = roundId.isEmpty() ? -1 : roundIndexOf(event.record, roundId);
    if (!roundId.isEmpty() && roundIndex < 0)
        return {};
    QList<Standing> ranked = event.standings.board(event, roundIndex, m_context.now(),
                                                   [this](const QString &imageSetId) { return setOf(imageSetId); });
    QHash<QString, const ContestantRecord *> teams;
    for (const ContestantRecord &contestant : event.contestants) {
        if (!contestant.members.isEmpty())
            teams.insert(contestant.id, &contestant);
    }
    if (teams.isEmpty() || event.record.rounds.isEmpty())
        return ranked;
    // Once per board, not per team: the leaderboard streams compute it on every change.
    const QList<QString> teamIds = teams.keys();
    const QHash<QString, QString> memberOfToken = m_tokens.memberTokens(QSet<QString>(teamIds.begin(), teamIds.end()));
    for (Standing &standing : ranked) {
        const ContestantRecord *team = teams.value(standing.contestantId);
        if (!team)
            continue;
        QList<std::pair<int, RoundResult>> results; // (round, result)
        for (int r = 0; r < event.record.rounds.size(); ++r) {
            if (roundIndex < 0 || r == roundIndex)
                results.append({r, event.standings.resultOf(r, team->id)});
        }
        standing.members = memberScores(event, *team, results, memberOfToken);
    }
    return ranked;
}

Expected<QList<Standing>> EventReports::leaderboard(const TokenRecord &caller, const QString &eventId,
                                                    const QString &roundId) const
{
    auto access = m_events.access();
    auto event = access.manageable(caller, eventId);
    if (!event)
        return event.error();
    if (!roundId.isEmpty() && roundIndexOf((*event)->record, roundId) < 0)
        return refuse(ErrorCode::NotFound, QStringLiteral("no round %1 in event %2").arg(roundId.left(80), eventId));
    return standings(**event, roundId);
}

EventReports::ScanResult EventReports::scanResult(const EventRuntime &event, const RoundPlan &round,
                                                  const RoundResult &result, int i, const ImageSet &set) const
{
    ScanResult scan{result.scanIndices[i], result.outcomes[i].scanId, result.outcomes[i], result.answers[i], {}};
    if (event.record.revealTruth) {
        if (const ImageSetEntry *entry = set.find(scan.scanId))
            scan.truth = entry->scan.truth;
    } else {
        // The set's own ids may name what a scan holds (an imported dataset's file names):
        // without the truth, results name the scan as the round did.
        scan.scanId = EventRuntime::contestantScanId(round, scan.scanIndex);
        scan.outcome.scanId = scan.scanId;
        scan.answer.scanId = scan.scanId;
    }
    return scan;
}

Expected<EventReports::ContestantResults> EventReports::results(const TokenRecord &caller, const QString &roundId) const
{
    auto access = m_events.access();
    auto found = access.contestantEvent(caller);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    const double at = m_context.now();
    const EventState state = event.stateAt(at);
    // Practice sessions that give feedback after each scan show each scan's result once it is
    // over, while the round goes on; otherwise results come when the round is over.
    const auto isOver = [&](int index) {
        return (event.record.feedbackAfterEachScan(index) && index <= state.roundIndex)
            || EventRuntime::roundOver(state, index);
    };
    QList<int> rounds;
    if (roundId.isEmpty()) {
        for (int r = 0; r < event.record.rounds.size(); ++r) {
            if (isOver(r))
                rounds.append(r);
        }
    } else {
        const int index = roundIndexOf(event.record, roundId);
        if (index < 0)
            return refuse(ErrorCode::NotFound, QStringLiteral("no round %1 in this event").arg(roundId.left(80)));
        if (!isOver(index))
            return refuse(ErrorCode::Conflict,
                          QStringLiteral("round %1 is not over; results come after it").arg(roundId));
        rounds.append(index);
    }
    ContestantResults results;
    QList<RoundResult> roundResults;
    for (int r : rounds) {
        const RoundPlan &round = event.record.rounds[r];
        const RoundResult result = resultOf(event, r, caller.contestantId, at);
        const ImageSet set = setOf(round.imageSetId);
        for (int i = 0; i < result.outcomes.size(); ++i)
            results.scans.append(scanResult(event, round, result, i, set));
        roundResults.append(result);
    }
    results.score = RoundResult::combined(roundResults).score;
    // Rank among the event's contestants, without telling who the others are.
    const QList<Standing> table = standings(event, roundId);
    for (const Standing &standing : table) {
        if (standing.contestantId == caller.contestantId)
            results.rank = standing.rank;
    }
    // At the end of the event everybody's standing is told, as a tournament's final table.
    if (roundId.isEmpty() && state.phase == EventState::Phase::Finished)
        results.finalStandings = table;
    return results;
}

Expected<QList<EventReports::ScoredAnswer>> EventReports::scoredAnswers(const TokenRecord &caller,
                                                                        const QString &eventId) const
{
    auto access = m_events.access();
    auto found = access.manageable(caller, eventId);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    const double at = m_context.now();
    QList<ScoredAnswer> scored;
    for (int r = 0; r < event.record.rounds.size(); ++r) {
        const RoundPlan &round = event.record.rounds[r];
        for (const ContestantRecord &contestant : event.contestants) {
            const RoundResult result = resultOf(event, r, contestant.id, at);
            const QMap<int, AnswerRecord> given = event.answers.value(round.id).value(contestant.id);
            for (int i = 0; i < result.outcomes.size(); ++i)
                scored.append({round, contestant, result.scanIndices[i], result.outcomes[i], result.answers[i],
                               given.value(result.scanIndices[i])});
        }
    }
    return scored;
}

Expected<QByteArray> EventReports::exportCsv(const TokenRecord &caller, const QString &eventId) const
{
    auto scored = scoredAnswers(caller, eventId);
    if (!scored)
        return scored.error();
    QString csv = QStringLiteral(
        "round,contestant,scan_index,scan_id,verdict,marks,objects_hit,objects_missed,false_alarm_marks,"
        "points,response_seconds,timed_out,answer_id,received_ms\n");
    for (const ScoredAnswer &row : *scored) {
        const ScanOutcome &outcome = row.outcome;
        const Answer &answer = row.answer;
        csv += QStringList{csvField(row.round.title),
                           csvField(row.contestant.name),
                           QString::number(row.scanIndex),
                           csvField(outcome.scanId),
                           verdictName(outcome.verdict),
                           QString::number(answer.marks.size()),
                           QString::number(outcome.hitObjects.size()),
                           QString::number(outcome.missedObjects.size()),
                           QString::number(outcome.falseAlarmMarks.size()),
                           QString::number(outcome.points, 'f', 2),
                           QString::number(answer.responseSeconds, 'f', 3),
                           answer.timedOut ? QStringLiteral("1") : QStringLiteral("0"),
                           csvField(row.record.answerId),
                           row.record.receivedMs ? QString::number(row.record.receivedMs) : QString()}
                   .join(QLatin1Char(','));
        csv += QLatin1Char('\n');
    }
    return csv.toUtf8();
}

Expected<QList<AuditRecord>> EventReports::auditLog(const TokenRecord &caller, const QString &eventId) const
{
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("only hosts read the audit log"));
    return m_context.store->auditLog(eventId);
}

} // namespace pen::server
