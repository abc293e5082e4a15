// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentMessages.h"

#include "convert/DomainMessages.h"

#include "pen/v1/tournament.pb.h"

#include <algorithm>
#include <optional>

namespace pen::gui {
namespace {

RoundType roundTypeOf(v1::RoundType type)
{
    switch (type) {
    case v1::ROUND_TYPE_DECLARATION_CHECK: return RoundType::DeclarationCheck;
    case v1::ROUND_TYPE_FIND_THE_MOST: return RoundType::FindTheMost;
    default: return RoundType::FindTheThreat;
    }
}

// A verdict this client does not know (a newer server's) is shown as none; the review keeps
// ScanOutcome's default.
std::optional<ScanOutcome::Verdict> verdictOf(v1::Verdict verdict)
{
    auto known = convert::fromProto(verdict);
    return known ? std::optional(*known) : std::nullopt;
}

// The truth comes as one mark per region, each naming its object: objects again, regions together.
QList<GroundTruthObject> truthOf(const v1::ScanResult &scan)
{
    QList<GroundTruthObject> objects;
    for (int i = 0; i < scan.truth_size(); ++i) {
        const Mark mark = convert::fromProto(scan.truth(i));
        const QString id
            = i < scan.truth_object_ids_size() ? fromUtf8(scan.truth_object_ids(i)) : QStringLiteral("t%1").arg(i);
        auto object
            = std::find_if(objects.begin(), objects.end(), [&](const GroundTruthObject &o) { return o.id == id; });
        if (object == objects.end()) {
            GroundTruthObject added;
            added.id = id;
            added.category = mark.category;
            if (GroundTruthObject::inconsistencyKinds().contains(mark.category))
                added.inconsistency = mark.category;
            objects.append(added);
            object = objects.end() - 1;
        }
        object->regions.append(mark.region);
    }
    return objects;
}

EventStatus::Phase phaseOf(v1::Phase phase)
{
    switch (phase) {
    case v1::PHASE_WAITING: return EventStatus::Phase::Waiting;
    case v1::PHASE_COUNTDOWN: return EventStatus::Phase::Countdown;
    case v1::PHASE_RUNNING: return EventStatus::Phase::Running;
    case v1::PHASE_PAUSED: return EventStatus::Phase::Paused;
    case v1::PHASE_BREAK: return EventStatus::Phase::Break;
    case v1::PHASE_FINISHED: return EventStatus::Phase::Finished;
    default: return EventStatus::Phase::Unknown;
    }
}

} // namespace

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

TournamentRound TournamentRound::fromProto(const v1::RoundInfo &round)
{
    TournamentRound result;
    result.id = fromUtf8(round.round_id());
    result.title = fromUtf8(round.title());
    result.type = roundTypeOf(round.type());
    result.index = int(round.index());
    result.scanCount = int(round.scan_count());
    result.secondsPerScan = round.seconds_per_scan();
    result.roundSeconds = round.round_seconds();
    result.categoryRequired = round.category_required();
    for (const std::string &category : round.target_categories())
        result.targetCategories.append(fromUtf8(category));
    result.scoring = fromUtf8(round.scoring().text());
    result.countdownSeconds = round.countdown_seconds();
    result.breakSecondsAfter = round.break_seconds_after();
    result.feedbackAfterEachScan = round.feedback_after_each_scan();
    result.clockStartsAtJoin = round.clock_starts_at_join();
    result.joinWindowSeconds = round.join_window_seconds();
    return result;
}

JoinedEvent JoinedEvent::fromProto(const v1::JoinReply &reply)
{
    JoinedEvent event;
    event.eventId = fromUtf8(reply.event_id());
    event.title = fromUtf8(reply.event_title());
    event.contestantId = fromUtf8(reply.contestant_id());
    event.contestantName = fromUtf8(reply.contestant_name());
    for (const std::string &member : reply.members())
        event.members.append(fromUtf8(member));
    event.member = fromUtf8(reply.member());
    for (const v1::RoundInfo &round : reply.rounds())
        event.rounds.append(TournamentRound::fromProto(round));
    return event;
}

EventStatus EventStatus::fromProto(const v1::EventUpdate &update)
{
    EventStatus status;
    status.phase = phaseOf(update.phase());
    status.pausedPhase = phaseOf(update.paused_phase());
    status.roundIndex = update.round_index();
    if (update.has_round())
        status.round = TournamentRound::fromProto(update.round());
    status.scanIndex = int(update.scan_index());
    status.scanId = fromUtf8(update.scan_id());
    status.scanSecondsLeft = update.scan_seconds_left();
    status.roundSecondsLeft = update.round_seconds_left();
    status.roundEndsSecondsLeft = update.round_ends_seconds_left();
    status.phaseSecondsLeft = update.phase_seconds_left();
    status.serverTimeMs = update.server_time_ms();
    status.answered = int(update.answered());
    status.resultsAvailable = update.results_available();
    return status;
}

ContestantResults ContestantResults::fromProto(const v1::MyResults &results, const QString &roundId)
{
    ContestantResults mine;
    mine.roundId = roundId;
    const v1::Score &score = results.score();
    mine.score.detection.hits = int(score.hits());
    mine.score.detection.misses = int(score.misses());
    mine.score.detection.falseAlarms = int(score.false_alarms());
    mine.score.detection.correctRejections = int(score.correct_rejections());
    mine.score.objectsHit = int(score.objects_hit());
    mine.score.objectsMissed = int(score.objects_missed());
    mine.score.falseAlarmMarks = int(score.false_alarm_marks());
    mine.score.scansAnswered = int(score.scans_answered());
    mine.score.scansTimedOut = int(score.scans_timed_out());
    mine.score.points = score.points();
    mine.score.meanResponseSeconds = score.mean_response_seconds();
    mine.score.medianResponseSeconds = score.median_response_seconds();
    mine.score.totalSeconds = score.total_seconds();
    mine.rank = int(results.rank());
    for (const v1::ScanResult &scan : results.scans()) {
        ScanResultRow row{int(scan.scan_index()),
                          fromUtf8(scan.scan_id()),
                          verdictOf(scan.scan_verdict()),
                          scan.marks_size(),
                          scan.points(),
                          scan.response_seconds(),
                          scan.timed_out(),
                          {},
                          truthOf(scan),
                          {}};
        for (const v1::Mark &mark : scan.marks())
            row.answerMarks.append(convert::fromProto(mark));
        row.outcome.scanId = row.scanId;
        row.outcome.verdict = row.verdict.value_or(row.outcome.verdict);
        row.outcome.points = scan.points();
        for (const std::string &id : scan.hit_objects())
            row.outcome.hitObjects.append(fromUtf8(id));
        for (uint32_t mark : scan.hitting_marks())
            row.outcome.hittingMarks.append(int(mark));
        for (const std::string &id : scan.missed_objects())
            row.outcome.missedObjects.append(fromUtf8(id));
        for (uint32_t mark : scan.false_alarm_marks())
            row.outcome.falseAlarmMarks.append(int(mark));
        mine.scans.append(row);
    }
    for (const v1::FinalStanding &standing : results.final_standings())
        mine.finalStandings.append(
            {fromUtf8(standing.name()), int(standing.rank()), standing.points(), standing.yours()});
    return mine;
}

} // namespace pen::gui
