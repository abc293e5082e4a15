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

RoundType roundTypeOf(v1::RoundType type)
{
    switch (type) {
    case v1::ROUND_TYPE_DECLARATION_CHECK: return RoundType::DeclarationCheck;
    case v1::ROUND_TYPE_FIND_THE_MOST: return RoundType::FindTheMost;
    default: return RoundType::FindTheThreat;
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

QStringList stringsOf(const google::protobuf::RepeatedPtrField<std::string> &values)
{
    QStringList strings;
    for (const std::string &value : values)
        strings.append(fromProto(value));
    return strings;
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

HumanMachineStanding standingOf(const v1::HumanMachineStanding &standing)
{
    return {int(standing.rank()), fromProto(standing.name()), standing.machine(), fromProto(standing.score()),
            fromProto(standing.plugin_id())};
}

CategoryMetrics categoryFromProto(const v1::CategoryMetrics &category)
{
    CategoryMetrics metrics;
    metrics.category = fromProto(category.category());
    if (category.has_ap50())
        metrics.ap50 = category.ap50();
    if (category.has_ap_coco())
        metrics.apCoco = category.ap_coco();
    metrics.truthObjects = int(category.truth_objects());
    metrics.detections = int(category.detections());
    return metrics;
}

// The server's metrics as the core's: undefined APs stay undefined, a ROC point's missing
// threshold (sent as a negative number) stays missing.
MachineMetrics metricsFromProto(const v1::MachineMetrics &metrics)
{
    MachineMetrics out;
    for (const v1::CategoryMetrics &category : metrics.categories())
        out.categories.append(categoryFromProto(category));
    if (metrics.has_mean_ap50())
        out.meanAp50 = metrics.mean_ap50();
    if (metrics.has_mean_ap_coco())
        out.meanApCoco = metrics.mean_ap_coco();
    out.threshold = metrics.threshold();
    out.pd = metrics.pd();
    out.pfa = metrics.pfa();
    for (const v1::CurvePoint &point : metrics.roc()) {
        RocPoint roc{std::nullopt, point.x(), point.y()};
        if (point.threshold() >= 0)
            roc.threshold = point.threshold();
        out.roc.points.append(roc);
    }
    for (const v1::CurvePoint &point : metrics.froc())
        out.froc.points.append(FrocPoint{point.threshold(), point.x(), point.y()});
    out.latencyP50 = metrics.latency_p50();
    out.latencyP95 = metrics.latency_p95();
    out.imagesPerHour = metrics.images_per_hour();
    out.scans = int(metrics.scans());
    out.failures = int(metrics.failures());
    return out;
}

QList<MachineResult> resultsOf(const google::protobuf::RepeatedPtrField<v1::MachineRunSummary> &runs)
{
    QList<MachineResult> results;
    for (const v1::MachineRunSummary &run : runs)
        results.append(HostMessages::fromProto(run));
    return results;
}

} // namespace

MachineResult fromProto(const v1::MachineRunSummary &run)
{
    MachineResult result;
    result.rank = int(run.rank());
    result.label = fromProto(run.label());
    result.plugin
        = QStringLiteral("%1 %2").arg(fromProto(run.plugin_name()), fromProto(run.plugin_version())).trimmed();
    result.metrics = metricsFromProto(run.metrics());
    for (const std::string &failure : run.failures())
        result.failures.append(fromProto(failure));
    return result;
}

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
    result.id = fromProto(round.round_id());
    result.title = fromProto(round.title());
    result.type = roundTypeOf(round.type());
    result.index = int(round.index());
    result.scanCount = int(round.scan_count());
    result.secondsPerScan = round.seconds_per_scan();
    result.roundSeconds = round.round_seconds();
    result.categoryRequired = round.category_required();
    result.targetCategories = stringsOf(round.target_categories());
    result.scoring
        = {round.scoring().points_per_hit(), round.scoring().speed_bonus(), round.scoring().false_alarm_penalty()};
    result.hitRule = fromProto(round.scoring().hit_rule());
    result.markMayFindSeveral = round.scoring().mark_may_find_several();
    result.countdownSeconds = round.countdown_seconds();
    result.breakSecondsAfter = round.break_seconds_after();
    result.clockStartsAtJoin = round.clock_starts_at_join();
    result.joinWindowSeconds = round.join_window_seconds();
    return result;
}

EventContestant fromProto(const v1::ContestantSummary &contestant)
{
    return {fromProto(contestant.contestant_id()), fromProto(contestant.name()), contestant.team(),
            stringsOf(contestant.members())};
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

RegisteredPlugin fromProto(const v1::PluginSummary &plugin)
{
    return {fromProto(plugin.plugin_id()), fromProto(plugin.event_id()),
            fromProto(plugin.label()),     fromProto(plugin.vendor_token_id()),
            fromProto(plugin.code()),      int(plugin.development_runs()),
            int(plugin.final_runs())};
}

QList<RegisteredPlugin> fromProto(const v1::ListPluginsReply &plugins)
{
    QList<RegisteredPlugin> registered;
    for (const v1::PluginSummary &plugin : plugins.plugins())
        registered.append(fromProto(plugin));
    return registered;
}

EvaluationSettings fromProto(const v1::EvaluationSettings &settings)
{
    EvaluationSettings result;
    result.eventId = fromProto(settings.event_id());
    result.imageSetId = fromProto(settings.image_set_id());
    result.imageSetSha256 = fromProto(settings.image_set_sha256());
    result.publicFraction = settings.public_fraction();
    result.developmentSubmissions = int(settings.development_submissions());
    result.finalSubmissions = int(settings.final_submissions());
    result.secondsPerScan = settings.seconds_per_scan();
    result.memoryMb = int(settings.memory_mb());
    result.categories = stringsOf(settings.categories());
    result.publicScans = int(settings.public_scans());
    result.privateScans = int(settings.private_scans());
    return result;
}

EvaluationPhase fromProto(v1::EvaluationPhase phase)
{
    switch (phase) {
    case v1::EVALUATION_PHASE_FINAL: return EvaluationPhase::Final;
    case v1::EVALUATION_PHASE_ROUND: return EvaluationPhase::Round;
    default: return EvaluationPhase::Development;
    }
}

MachineLeaderboard fromProto(const v1::MachineLeaderboard &board)
{
    return {fromProto(board.event_id()), fromProto(board.phase()), resultsOf(board.runs())};
}

HumanMachineLeaderboard fromProto(const v1::HumanMachineLeaderboard &board)
{
    HumanMachineLeaderboard result{fromProto(board.event_id()), fromProto(board.round_id()), {}, {}};
    for (const v1::HumanMachineStanding &standing : board.standings())
        result.standings.append(standingOf(standing));
    result.machineRuns = resultsOf(board.machine_runs());
    return result;
}

v1::RegisterPluginRequest toProto(const PluginRegistration &plugin)
{
    v1::RegisterPluginRequest request;
    request.set_event_id(toProto(plugin.eventId));
    request.set_label(toProto(plugin.label));
    if (plugin.library) {
        request.set_library_path(toProto(plugin.code));
        request.set_config(toProto(plugin.config));
    } else {
        request.set_program(toProto(plugin.code));
        for (const QString &argument : plugin.arguments)
            request.add_arguments(toProto(argument));
    }
    request.set_vendor_token_id(toProto(plugin.vendorTokenId));
    return request;
}

v1::ConfigureEvaluationRequest toProto(const EvaluationSettings &settings)
{
    v1::ConfigureEvaluationRequest request;
    request.set_event_id(toProto(settings.eventId));
    request.set_image_set_id(toProto(settings.imageSetId));
    request.set_public_fraction(settings.publicFraction);
    request.set_development_submissions(uint32_t(settings.developmentSubmissions));
    request.set_final_submissions(uint32_t(settings.finalSubmissions));
    request.set_seconds_per_scan(settings.secondsPerScan);
    request.set_memory_mb(uint32_t(settings.memoryMb));
    for (const QString &category : settings.categories)
        request.add_categories(toProto(category));
    return request;
}

v1::EvaluationPhase toProto(EvaluationPhase phase)
{
    switch (phase) {
    case EvaluationPhase::Development: return v1::EVALUATION_PHASE_DEVELOPMENT;
    case EvaluationPhase::Final: return v1::EVALUATION_PHASE_FINAL;
    case EvaluationPhase::Round: return v1::EVALUATION_PHASE_ROUND;
    }
    return v1::EVALUATION_PHASE_UNSPECIFIED;
}

v1::RunPluginRequest toProto(const PluginRun &run)
{
    v1::RunPluginRequest request;
    request.set_event_id(toProto(run.eventId));
    request.set_plugin_id(toProto(run.pluginId));
    request.set_phase(toProto(run.phase));
    if (run.phase == EvaluationPhase::Round)
        request.set_round_id(toProto(run.roundId));
    return request;
}

} // namespace pen::gui::HostMessages
