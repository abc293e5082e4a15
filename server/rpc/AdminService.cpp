// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AdminService.h"

#include "CallEnds.h"
#include "Conversions.h"
#include "ExportStreams.h"
#include "GenerateSetReactor.h"
#include "ImageSetReceiver.h"

#include <QDir>

#include <memory>
#include <thread>

namespace pen::server {
namespace {

void fillSummary(const TournamentState::EventOverview &overview, v1::EventSummary *summary)
{
    summary->set_event_id(toProto(overview.event.id));
    summary->set_title(toProto(overview.event.title));
    summary->set_phase(toProto(overview.state.phase));
    summary->set_round_count(uint32_t(overview.event.rounds.size()));
    summary->set_contestant_count(uint32_t(overview.contestants.size()));
    summary->set_practice(overview.event.practice);
    summary->set_reveal_truth_after_round(overview.event.revealTruth);
}

void fillStatus(const EventState &state, qint64 nowMs, v1::EventStatus *status)
{
    status->set_phase(toProto(state.phase));
    status->set_paused_phase(state.phase == EventState::Phase::Paused ? toProto(state.pausedPhase) : v1::PHASE_UNSPECIFIED);
    status->set_round_index(state.roundIndex);
    status->set_round_seconds_left(std::isfinite(state.roundSecondsLeft) ? state.roundSecondsLeft : -1);
    status->set_phase_seconds_left(std::isfinite(state.phaseSecondsLeft) ? state.phaseSecondsLeft : -1);
    status->set_server_time_ms(nowMs);
}

void fillContestant(const ContestantRecord &contestant, v1::ContestantSummary *summary)
{
    summary->set_contestant_id(toProto(contestant.id));
    summary->set_name(toProto(contestant.name));
    summary->set_team(!contestant.members.isEmpty());
    for (const QString &member : contestant.members)
        summary->add_members(toProto(member));
}

/// Receives an image set's files into a staging folder, then hands the folder to TournamentState,
/// which checks it in full (on a thread of its own: decoding every scan takes a while).
class UploadReactor final : public grpc::ServerReadReactor<v1::ImageSetUpload> {
public:
    UploadReactor(TournamentState &state, TokenRecord caller, v1::ImageSetSummary *reply)
        : m_state(state), m_caller(std::move(caller)), m_reply(reply)
    {
        StartRead(&m_part);
    }

    void OnReadDone(bool ok) override
    {
        if (!ok) {
            complete();
            return;
        }
        if (auto handled = handle(); !handled) {
            fail(statusOf(handled.error()));
            return;
        }
        m_part.Clear();
        StartRead(&m_part);
    }

    void OnCancel() override
    {
        if (m_receiver)
            m_receiver->discard();
    }

    void OnDone() override
    {
        if (m_worker.joinable()) {
            if (m_worker.get_id() == std::this_thread::get_id())
                m_worker.detach();  // gRPC ran this reaction inline, on the worker itself
            else
                m_worker.join();
        }
        delete this;
    }

private:
    Expected<void> handle()
    {
        if (m_part.has_header()) {
            if (m_receiver)
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("a second header in one upload"));
            m_name = fromProto(m_part.header().name());
            auto receiver = ImageSetReceiver::create(QDir(m_state.dataFolder()).filePath(QStringLiteral("staging")),
                                                     qint64(std::min<uint64_t>(m_part.header().total_bytes(), uint64_t(1) << 50)));
            if (!receiver)
                return receiver.error();
            m_receiver = std::move(*receiver);
            return {};
        }
        if (!m_receiver)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the upload must start with its header"));
        const auto &file = m_part.file();
        return m_receiver->write(fromProto(file.path()), qint64(std::min<uint64_t>(file.offset(), uint64_t(1) << 50)),
                                 QByteArray(file.data().data(), qsizetype(file.data().size())));
    }

    void complete()
    {
        if (!m_receiver) {
            Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "the upload held nothing"));
            return;
        }
        if (auto finished = m_receiver->finish(); !finished) {
            fail(statusOf(finished.error()));
            return;
        }
        m_worker = std::thread([this] {
            auto record = m_state.addImageSet(m_caller, m_name, m_receiver->folder());
            if (!record) {
                m_receiver->discard();
                Finish(statusOf(record.error()));
                return;
            }
            *m_reply = summaryOf(m_state, *record);
            Finish(grpc::Status::OK);
        });
    }

    void fail(const grpc::Status &status)
    {
        if (m_receiver)
            m_receiver->discard();
        Finish(status);
    }

    TournamentState &m_state;
    TokenRecord m_caller;
    v1::ImageSetSummary *m_reply;
    v1::ImageSetUpload m_part;
    QString m_name;
    std::unique_ptr<ImageSetReceiver> m_receiver;
    std::thread m_worker;
};

} // namespace

grpc::ServerUnaryReactor *AdminService::CreateEvent(grpc::CallbackServerContext *context, const v1::CreateEventRequest *request,
                                                    v1::EventSummary *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto event = m_state.createEvent(*caller, fromProto(request->title()), request->practice(), request->reveal_truth_after_round());
    if (!event)
        return finish(context, statusOf(event.error()));
    fillSummary({*event, EventState{}, {}}, reply);
    reply->set_phase(v1::PHASE_WAITING);
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::ListEvents(grpc::CallbackServerContext *context, const v1::ListEventsRequest *,
                                                   v1::ListEventsReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto events = m_state.events(*caller);
    if (!events)
        return finish(context, statusOf(events.error()));
    for (const auto &overview : *events)
        fillSummary(overview, reply->add_events());
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::EventsChanged> *AdminService::WatchEvents(grpc::CallbackServerContext *context,
                                                                       const v1::WatchEventsRequest *)
{
    const QString secret = secretOf(context);
    auto caller = m_state.authenticate(secret);
    if (!caller)
        return new RefusedStream<v1::EventsChanged>(statusOf(caller.error()));
    if (auto first = m_state.events(*caller); !first)
        return new RefusedStream<v1::EventsChanged>(statusOf(first.error()));
    using Reactor = UpdateStreamReactor<v1::EventsChanged>;
    // Offered on every change and once a second (a phase may begin by the clock alone); sent
    // only when the list or the version differs from the last one sent.
    auto lastSent = std::make_shared<std::string>();
    return new Reactor(m_streams, [this, secret, lastSent]() -> Reactor::Next {
        auto viewer = m_state.authenticate(secret);
        if (!viewer)
            return {std::nullopt, statusOf(viewer.error())};
        const quint64 version = m_state.version();
        auto events = m_state.events(*viewer);
        if (!events)
            return {std::nullopt, statusOf(events.error())};
        v1::EventsChanged changed;
        for (const auto &overview : *events)
            fillSummary(overview, changed.add_events());
        changed.set_version(version);
        std::string bytes = changed.SerializeAsString();
        if (bytes == *lastSent)
            return {std::nullopt, grpc::Status::OK, false, true};
        *lastSent = std::move(bytes);
        return {changed};
    });
}

grpc::ServerUnaryReactor *AdminService::GetEvent(grpc::CallbackServerContext *context, const v1::GetEventRequest *request,
                                                 v1::EventDetails *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto overview = m_state.event(*caller, fromProto(request->event_id()));
    if (!overview)
        return finish(context, statusOf(overview.error()));
    fillSummary(*overview, reply->mutable_summary());
    for (int i = 0; i < overview->event.rounds.size(); ++i)
        *reply->add_rounds() = toProto(overview->event, i);
    for (qsizetype i = 0; i < overview->contestants.size(); ++i) {
        const ContestantRecord &contestant = overview->contestants[i];
        fillContestant(contestant, reply->add_contestants());
        const TournamentState::RoundProgress where = overview->progress.value(i);
        const ContestantPresence::Presence presence = m_presence.of(contestant.id);
        v1::ContestantProgress *progress = reply->add_progress();
        progress->set_contestant_id(toProto(contestant.id));
        progress->set_scans_done(uint32_t(where.scansDone));
        progress->set_scan_count(uint32_t(where.scanCount));
        progress->set_finished(where.finished);
        progress->set_connected(presence.connected());
        progress->set_last_seen_ms(presence.lastSeenMs);
    }
    fillStatus(overview->state, m_state.nowMs(), reply->mutable_status());
    return finish(context, grpc::Status::OK);
}

grpc::ServerReadReactor<v1::ImageSetUpload> *AdminService::UploadImageSet(grpc::CallbackServerContext *context,
                                                                          v1::ImageSetSummary *reply)
{
    class Refused final : public grpc::ServerReadReactor<v1::ImageSetUpload> {
    public:
        explicit Refused(const grpc::Status &status) { Finish(status); }
        void OnDone() override { delete this; }
    };
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new Refused(statusOf(caller.error()));
    if (caller->role != Role::Host && caller->role != Role::Trainer)
        return new Refused(statusOf(makeError(ErrorCode::PermissionDenied,
                                              QStringLiteral("a %1 token cannot upload image sets").arg(roleName(caller->role)))));
    return new UploadReactor(m_state, *caller, reply);
}

grpc::ServerUnaryReactor *AdminService::ListImageSets(grpc::CallbackServerContext *context, const v1::ListImageSetsRequest *,
                                                      v1::ListImageSetsReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto sets = m_state.imageSets(*caller);
    if (!sets)
        return finish(context, statusOf(sets.error()));
    for (const ImageSetRecord &record : *sets)
        *reply->add_image_sets() = summaryOf(m_state, record);
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::ShareImageSet(grpc::CallbackServerContext *context, const v1::ShareImageSetRequest *request,
                                                      v1::ImageSetSummary *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto shared = m_state.shareImageSet(*caller, fromProto(request->image_set_id()), fromProto(request->trainer_token_id()),
                                        !request->withdraw());
    if (!shared)
        return finish(context, statusOf(shared.error()));
    *reply = summaryOf(m_state, *shared);
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::GenerateImageSetProgress> *AdminService::GenerateImageSet(grpc::CallbackServerContext *context,
                                                                                       const v1::GenerateImageSetRequest *request)
{
    using Refused = RefusedStream<v1::GenerateImageSetProgress>;
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new Refused(statusOf(caller.error()));
    const QString name = fromProto(request->name());
    if (auto allowed = m_state.checkNewImageSet(*caller, name); !allowed)
        return new Refused(statusOf(allowed.error()));
    auto generation = generationOf(*request);
    if (!generation)
        return new Refused(statusOf(generation.error()));
    return new GenerateSetReactor(m_state, *caller, name, *generation);
}

grpc::ServerUnaryReactor *AdminService::AddRound(grpc::CallbackServerContext *context, const v1::AddRoundRequest *request,
                                                 v1::RoundInfo *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    TournamentState::RoundRequest round;
    round.eventId = fromProto(request->event_id());
    round.title = fromProto(request->title());
    round.imageSetId = fromProto(request->image_set_id());
    for (const std::string &scanId : request->scan_ids())
        round.scanIds.append(fromProto(scanId));
    round.settingsJson = fromProto(request->settings_json());
    round.countdownSeconds = request->countdown_seconds();
    round.breakSecondsAfter = request->break_seconds_after();
    round.drawScans = int(std::min<uint32_t>(request->draw_scans(), 1u << 30));
    round.drawSeed = request->draw_seed();
    auto plan = m_state.addRound(*caller, round);
    if (!plan)
        return finish(context, statusOf(plan.error()));
    auto overview = m_state.event(*caller, round.eventId);
    if (!overview)
        return finish(context, statusOf(overview.error()));
    for (int i = 0; i < overview->event.rounds.size(); ++i) {
        if (overview->event.rounds[i].id == plan->id)
            *reply = toProto(overview->event, i);
    }
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::AddContestant(grpc::CallbackServerContext *context, const v1::AddContestantRequest *request,
                                                      v1::ContestantSummary *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    if (request->members_size() > 16)
        return finish(context, grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "a team has two members"));
    QStringList members;
    for (const std::string &member : request->members())
        members.append(fromProto(member));
    auto contestant = m_state.addContestant(*caller, fromProto(request->event_id()), fromProto(request->name()), members);
    if (!contestant)
        return finish(context, statusOf(contestant.error()));
    fillContestant(*contestant, reply);
    m_streams.offerAll();
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::IssueToken(grpc::CallbackServerContext *context, const v1::IssueTokenRequest *request,
                                                   v1::IssueTokenReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto issued = m_state.issueToken(*caller, Role(request->role()), fromProto(request->event_id()),
                                     fromProto(request->contestant_id()), fromProto(request->label()),
                                     fromProto(request->member()));
    if (!issued)
        return finish(context, statusOf(issued.error()));
    reply->set_token_id(toProto(issued->record.id));
    reply->set_token(toProto(issued->secret));
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::RevokeToken(grpc::CallbackServerContext *context, const v1::RevokeTokenRequest *request,
                                                    v1::RevokeTokenReply *)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    if (auto revoked = m_state.revokeToken(*caller, fromProto(request->token_id())); !revoked)
        return finish(context, statusOf(revoked.error()));
    m_streams.offerAll();  // streams of the revoked token end at their next message
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::ListTokens(grpc::CallbackServerContext *context, const v1::ListTokensRequest *request,
                                                   v1::ListTokensReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto tokens = m_state.tokens(*caller, fromProto(request->event_id()));
    if (!tokens)
        return finish(context, statusOf(tokens.error()));
    for (const TokenRecord &token : *tokens) {
        v1::TokenSummary *summary = reply->add_tokens();
        summary->set_token_id(toProto(token.id));
        summary->set_role(v1::Role(int(token.role)));
        summary->set_event_id(toProto(token.eventId));
        summary->set_contestant_id(toProto(token.contestantId));
        summary->set_label(toProto(token.label));
        summary->set_revoked(token.revoked);
        summary->set_created_ms(token.createdMs);
        summary->set_member(toProto(token.member));
    }
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::ControlEvent(grpc::CallbackServerContext *context, const v1::ControlEventRequest *request,
                                                     v1::EventStatus *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    std::optional<ClockCommand::Kind> action;
    switch (request->action()) {
    case v1::ControlEventRequest::ACTION_START: action = ClockCommand::Kind::Start; break;
    case v1::ControlEventRequest::ACTION_PAUSE: action = ClockCommand::Kind::Pause; break;
    case v1::ControlEventRequest::ACTION_RESUME: action = ClockCommand::Kind::Resume; break;
    case v1::ControlEventRequest::ACTION_END_ROUND: action = ClockCommand::Kind::EndRound; break;
    case v1::ControlEventRequest::ACTION_END_EVENT: action = ClockCommand::Kind::EndEvent; break;
    default: break;
    }
    if (!action)
        return finish(context, grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "action: start, pause, resume, end-round or end-event"));
    auto state = m_state.control(*caller, fromProto(request->event_id()), *action);
    if (!state)
        return finish(context, statusOf(state.error()));
    fillStatus(*state, m_state.nowMs(), reply);
    m_streams.offerAll();
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::Leaderboard> *AdminService::WatchLeaderboard(grpc::CallbackServerContext *context,
                                                                          const v1::WatchLeaderboardRequest *request)
{
    const QString secret = secretOf(context);
    const QString eventId = fromProto(request->event_id());
    const QString roundId = fromProto(request->round_id());
    auto caller = m_state.authenticate(secret);
    if (!caller)
        return new RefusedStream<v1::Leaderboard>(statusOf(caller.error()));
    if (auto first = m_state.leaderboard(*caller, eventId, roundId); !first)
        return new RefusedStream<v1::Leaderboard>(statusOf(first.error()));
    using Reactor = UpdateStreamReactor<v1::Leaderboard>;
    return new Reactor(m_streams, [this, secret, eventId, roundId]() -> Reactor::Next {
        auto viewer = m_state.authenticate(secret);
        if (!viewer)
            return {std::nullopt, statusOf(viewer.error())};
        auto standings = m_state.leaderboard(*viewer, eventId, roundId);
        if (!standings)
            return {std::nullopt, statusOf(standings.error())};
        v1::Leaderboard board;
        board.set_event_id(toProto(eventId));
        board.set_round_id(toProto(roundId));
        for (const Standing &standing : *standings)
            *board.add_standings() = toProto(standing);
        board.set_server_time_ms(m_state.nowMs());
        return {board};
    });
}

grpc::ServerWriteReactor<v1::ExportResultsReply> *AdminService::ExportResults(grpc::CallbackServerContext *context,
                                                                              const v1::ExportResultsRequest *request)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new RefusedStream<v1::ExportResultsReply>(statusOf(caller.error()));
    auto csv = m_state.exportCsv(*caller, fromProto(request->event_id()));
    if (!csv)
        return new RefusedStream<v1::ExportResultsReply>(statusOf(csv.error()));
    return new CsvExportStream(std::move(*csv));
}

grpc::ServerUnaryReactor *AdminService::GetAuditLog(grpc::CallbackServerContext *context, const v1::GetAuditLogRequest *request,
                                                    v1::GetAuditLogReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto entries = m_state.auditLog(*caller, fromProto(request->event_id()));
    if (!entries)
        return finish(context, statusOf(entries.error()));
    for (const AuditRecord &record : *entries) {
        v1::AuditEntry *entry = reply->add_entries();
        entry->set_at_ms(record.atMs);
        entry->set_token_id(toProto(record.tokenId));
        entry->set_action(toProto(record.action));
        entry->set_detail(toProto(record.detail));
    }
    return finish(context, grpc::Status::OK);
}

namespace {

void fillCategories(const CategoryBreakdown &breakdown, google::protobuf::RepeatedPtrField<v1::CategoryReport> *out)
{
    for (const CategoryBreakdown::Row &row : breakdown.rows()) {
        v1::CategoryReport *report = out->Add();
        report->set_category(toProto(row.category));
        report->set_objects_hit(uint32_t(row.objectsHit));
        report->set_objects_missed(uint32_t(row.objectsMissed));
        report->set_hit_rate(row.hitRate());
        report->set_false_alarm_rate(row.falseAlarmRate());
        report->set_d_prime(row.dPrime());
        report->set_d_a(row.dA());
        report->set_mean_response_seconds(row.meanResponseSeconds);
    }
}

} // namespace

grpc::ServerUnaryReactor *AdminService::GetTraineeReport(grpc::CallbackServerContext *context, const v1::TraineeReportRequest *request,
                                                         v1::TraineeReport *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    const bool history = !request->trainee_name().empty();
    if (history && (!request->event_id().empty() || !request->contestant_id().empty()))
        return finish(context, grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                                            "ask for a trainee_name (the history) or for an event_id and contestant_id, not both"));
    auto report = history ? m_state.traineeHistory(*caller, fromProto(request->trainee_name()))
                          : m_state.traineeReport(*caller, fromProto(request->event_id()), fromProto(request->contestant_id()));
    if (!report)
        return finish(context, statusOf(report.error()));
    reply->set_contestant_id(toProto(report->contestant.id));
    reply->set_name(toProto(report->contestant.name));
    for (const TournamentState::RoundReport &round : report->rounds) {
        v1::RoundReport *out = reply->add_rounds();
        out->set_round_id(toProto(round.round.id));
        out->set_title(toProto(round.round.title));
        *out->mutable_score() = toProto(round.result.score);
        fillCategories(round.categories, out->mutable_categories());
        out->set_started_ms(round.startedMs);
        out->set_event_id(toProto(round.eventId));
        out->set_event_title(toProto(round.eventTitle));
    }
    fillCategories(report->overall, reply->mutable_overall());
    *reply->mutable_total() = toProto(report->total);
    return finish(context, grpc::Status::OK);
}

} // namespace pen::server
