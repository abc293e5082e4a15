// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HostMessages.h"

#include "convert/DomainMessages.h"

#include <QJsonDocument>

namespace pen::gui::HostMessages {
namespace {

using convert::fromProto;
using convert::toProto;

std::optional<EventState::Phase> phaseOf(v1::Phase phase)
{
    switch (phase) {
    case v1::PHASE_WAITING: return EventState::Phase::Waiting;
    case v1::PHASE_COUNTDOWN: return EventState::Phase::Countdown;
    case v1::PHASE_RUNNING: return EventState::Phase::Running;
    case v1::PHASE_PAUSED: return EventState::Phase::Paused;
    case v1::PHASE_BREAK: return EventState::Phase::Break;
    case v1::PHASE_FINISHED: return EventState::Phase::Finished;
    default: return std::nullopt;
    }
}

TokenRole roleOf(v1::Role role)
{
    switch (role) {
    case v1::ROLE_HOST: return TokenRole::Host;
    case v1::ROLE_TRAINER: return TokenRole::Trainer;
    case v1::ROLE_CONTESTANT: return TokenRole::Contestant;
    case v1::ROLE_VENDOR: return TokenRole::Vendor;
    default: return TokenRole::Unknown;
    }
}

v1::Role roleOf(TokenRole role)
{
    switch (role) {
    case TokenRole::Host: return v1::ROLE_HOST;
    case TokenRole::Trainer: return v1::ROLE_TRAINER;
    case TokenRole::Contestant: return v1::ROLE_CONTESTANT;
    case TokenRole::Vendor: return v1::ROLE_VENDOR;
    case TokenRole::Unknown: break;
    }
    return v1::ROLE_UNSPECIFIED;
}

EventClockStatus statusOf(const v1::EventStatus &status)
{
    return {phaseOf(status.phase()),     phaseOf(status.paused_phase()), status.round_index(),
            status.round_seconds_left(), status.phase_seconds_left(),    status.server_time_ms()};
}

ContestantActivity activityOf(const v1::ContestantProgress &progress)
{
    return {fromProto(progress.contestant_id()),
            int(progress.scans_done()),
            int(progress.scan_count()),
            progress.finished(),
            progress.connected(),
            progress.last_seen_ms()};
}

TokenSummary tokenOf(const v1::TokenSummary &token)
{
    return {fromProto(token.token_id()),
            roleOf(token.role()),
            fromProto(token.event_id()),
            fromProto(token.contestant_id()),
            fromProto(token.label()),
            fromProto(token.member()),
            token.revoked(),
            token.created_ms()};
}

QList<CategoryRates> categoriesOf(const google::protobuf::RepeatedPtrField<v1::CategoryReport> &categories)
{
    QList<CategoryRates> rates;
    for (const v1::CategoryReport &category : categories)
        rates.append({fromProto(category.category()), int(category.objects_hit()), int(category.objects_missed()),
                      category.hit_rate(), category.false_alarm_rate(), category.d_prime(), category.d_a(),
                      category.mean_response_seconds()});
    return rates;
}

RoundReport roundReportOf(const v1::RoundReport &round)
{
    return {fromProto(round.round_id()),      fromProto(round.title()), fromProto(round.score()),
            categoriesOf(round.categories()), round.started_ms(),       fromProto(round.event_id()),
            fromProto(round.event_title())};
}

ReviewedScan reviewedScanOf(const v1::TraineeAnswer &answer)
{
    const v1::ScanResult &result = answer.result();
    ReviewedScan scan;
    scan.scanIndex = int(result.scan_index());
    scan.scanId = fromProto(result.scan_id());
    if (answer.decision() != v1::DECISION_UNSPECIFIED)
        scan.decision = answer.decision() == v1::DECISION_SUSPECT ? Decision::Suspect : Decision::Clear;
    for (const v1::Mark &mark : result.marks())
        scan.marks.append(fromProto(mark));
    for (const v1::Mark &mark : result.truth())
        scan.truth.append(fromProto(mark));
    if (auto verdict = fromProto(result.scan_verdict()); verdict && !answer.truth_unknown())
        scan.verdict = *verdict;
    scan.hittingMarks = {result.hitting_marks().begin(), result.hitting_marks().end()};
    scan.falseAlarmMarks = {result.false_alarm_marks().begin(), result.false_alarm_marks().end()};
    scan.missedObjects = result.missed_objects_size();
    scan.points = result.points();
    scan.responseSeconds = result.response_seconds();
    scan.timedOut = result.timed_out();
    scan.viewCount = int(answer.view_count());
    return scan;
}

} // namespace

EventSummary fromProto(const v1::EventSummary &event)
{
    return {fromProto(event.event_id()),     fromProto(event.title()),      phaseOf(event.phase()),
            int(event.round_count()),        int(event.contestant_count()), event.practice(),
            event.reveal_truth_after_round()};
}

QList<EventSummary> fromProto(const v1::ListEventsReply &events)
{
    QList<EventSummary> summaries;
    for (const v1::EventSummary &event : events.events())
        summaries.append(fromProto(event));
    return summaries;
}

EventsChange fromProto(const v1::EventsChanged &changed)
{
    EventsChange change;
    for (const v1::EventSummary &event : changed.events())
        change.events.append(fromProto(event));
    change.version = changed.version();
    return change;
}

EventRound fromProto(const v1::RoundInfo &round)
{
    EventRound result;
    static_cast<TournamentRound &>(result) = TournamentRound::fromProto(round);
    result.scoringRule
        = {round.scoring().points_per_hit(), round.scoring().speed_bonus(), round.scoring().false_alarm_penalty()};
    result.hitRule = fromProto(round.scoring().hit_rule());
    result.markMayFindSeveral = round.scoring().mark_may_find_several();
    return result;
}

EventContestant fromProto(const v1::ContestantSummary &contestant)
{
    return {fromProto(contestant.contestant_id()), fromProto(contestant.name()), contestant.team(),
            fromProto(contestant.members())};
}

EventDetails fromProto(const v1::EventDetails &event)
{
    EventDetails details;
    if (event.has_summary())
        details.summary = fromProto(event.summary());
    for (const v1::RoundInfo &round : event.rounds())
        details.rounds.append(fromProto(round));
    for (const v1::ContestantSummary &contestant : event.contestants())
        details.contestants.append(fromProto(contestant));
    details.status = statusOf(event.status());
    for (const v1::ContestantProgress &progress : event.progress())
        details.progress.append(activityOf(progress));
    return details;
}

Leaderboard fromProto(const v1::Leaderboard &board)
{
    Leaderboard result{fromProto(board.event_id()), fromProto(board.round_id()), {}, board.server_time_ms()};
    for (const v1::Standing &standing : board.standings())
        result.standings.append(convert::fromProto(standing));
    return result;
}

QList<TokenSummary> fromProto(const v1::ListTokensReply &tokens)
{
    QList<TokenSummary> summaries;
    for (const v1::TokenSummary &token : tokens.tokens())
        summaries.append(tokenOf(token));
    return summaries;
}

IssuedToken fromProto(const v1::IssueTokenReply &token)
{
    return {fromProto(token.token_id()), fromProto(token.token())};
}

ImageSetRecord fromProto(const v1::ImageSetSummary &set)
{
    return {fromProto(set.image_set_id()), fromProto(set.name()), int(set.scan_count()), int(set.object_count()),
            fromProto(set.manifest_sha256())};
}

QList<ImageSetRecord> fromProto(const v1::ListImageSetsReply &sets)
{
    QList<ImageSetRecord> records;
    for (const v1::ImageSetSummary &set : sets.image_sets())
        records.append(fromProto(set));
    return records;
}

QList<AuditEntry> fromProto(const v1::GetAuditLogReply &log)
{
    QList<AuditEntry> entries;
    for (const v1::AuditEntry &entry : log.entries())
        entries.append(
            {entry.at_ms(), fromProto(entry.token_id()), fromProto(entry.action()), fromProto(entry.detail())});
    return entries;
}

TraineeReport fromProto(const v1::TraineeReport &report)
{
    TraineeReport result;
    result.contestantId = fromProto(report.contestant_id());
    result.name = fromProto(report.name());
    for (const v1::RoundReport &round : report.rounds())
        result.rounds.append(roundReportOf(round));
    result.overall = categoriesOf(report.overall());
    result.total = fromProto(report.total());
    return result;
}

TraineeAnswers fromProto(const v1::TraineeAnswers &answers)
{
    TraineeAnswers result{fromProto(answers.contestant_id()),
                          fromProto(answers.name()),
                          fromProto(answers.round_id()),
                          fromProto(answers.round_title()),
                          {}};
    for (const v1::TraineeAnswer &answer : answers.scans())
        result.scans.append(reviewedScanOf(answer));
    return result;
}

v1::CreateEventRequest toProto(const NewEvent &event)
{
    v1::CreateEventRequest request;
    request.set_title(toProto(event.title));
    request.set_reveal_truth_after_round(event.revealTruthAfterRound);
    request.set_practice(event.practice);
    return request;
}

v1::AddRoundRequest toProto(const NewRound &round)
{
    v1::AddRoundRequest request;
    request.set_draw_scans(uint32_t(round.drawScans));
    request.set_draw_seed(round.drawSeed);
    request.set_event_id(toProto(round.eventId));
    request.set_title(toProto(round.plan.title));
    request.set_image_set_id(toProto(round.plan.imageSetId));
    for (const QString &scanId : round.plan.scanIds)
        request.add_scan_ids(toProto(scanId));
    request.set_settings_json(QJsonDocument(round.plan.settings.toJson()).toJson(QJsonDocument::Compact).toStdString());
    request.set_countdown_seconds(round.plan.countdownSeconds);
    request.set_break_seconds_after(round.plan.breakSecondsAfter);
    return request;
}

v1::AddContestantRequest toProto(const NewContestant &contestant)
{
    v1::AddContestantRequest request;
    request.set_event_id(toProto(contestant.eventId));
    request.set_name(toProto(contestant.name));
    for (const QString &member : contestant.members)
        request.add_members(toProto(member));
    return request;
}

v1::IssueTokenRequest toProto(const NewToken &token)
{
    v1::IssueTokenRequest request;
    request.set_role(roleOf(token.role));
    request.set_label(toProto(token.label));
    if (token.role == TokenRole::Contestant) {
        request.set_event_id(toProto(token.eventId));
        request.set_contestant_id(toProto(token.contestantId));
        request.set_member(toProto(token.member));
    }
    return request;
}

v1::GenerateImageSetRequest toProto(const SetGeneration &generation)
{
    v1::GenerateImageSetRequest request;
    request.set_name(toProto(generation.name));
    request.set_preset(toProto(generation.preset));
    request.set_seed(generation.seed);
    request.set_scan_count(uint32_t(generation.scanCount));
    request.set_tip_rate(generation.tipRate);
    for (auto it = generation.tipMix.cbegin(); it != generation.tipMix.cend(); ++it)
        (*request.mutable_tip_mix())[toProto(it.key())] = it.value();
    return request;
}

v1::TraineeReportRequest toProto(const TraineeQuery &query)
{
    v1::TraineeReportRequest request;
    if (!query.traineeName.isEmpty()) {
        request.set_trainee_name(toProto(query.traineeName));
    } else {
        request.set_event_id(toProto(query.eventId));
        request.set_contestant_id(toProto(query.contestantId));
    }
    return request;
}

v1::TraineeAnswersRequest toProto(const ReviewQuery &query)
{
    v1::TraineeAnswersRequest request;
    request.set_event_id(toProto(query.eventId));
    request.set_contestant_id(toProto(query.contestantId));
    request.set_round_id(toProto(query.roundId));
    return request;
}

v1::ControlEventRequest::Action toProto(ClockCommand::Kind command)
{
    switch (command) {
    case ClockCommand::Kind::Start: return v1::ControlEventRequest::ACTION_START;
    case ClockCommand::Kind::Pause: return v1::ControlEventRequest::ACTION_PAUSE;
    case ClockCommand::Kind::Resume: return v1::ControlEventRequest::ACTION_RESUME;
    case ClockCommand::Kind::EndRound: return v1::ControlEventRequest::ACTION_END_ROUND;
    case ClockCommand::Kind::EndEvent: return v1::ControlEventRequest::ACTION_END_EVENT;
    }
    return v1::ControlEventRequest::ACTION_UNSPECIFIED;
}

} // namespace pen::gui::HostMessages
