// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AdminService.h"

#include "CallEnds.h"
#include "Conversions.h"
#include "ExportStreams.h"

#include <memory>

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
    status->set_paused_phase(state.phase == EventState::Phase::Paused ? toProto(state.pausedPhase)
                                                                      : v1::PHASE_UNSPECIFIED);
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

} // namespace

grpc::ServerUnaryReactor *AdminService::CreateEvent(grpc::CallbackServerContext *context,
                                                    const v1::CreateEventRequest *request, v1::EventSummary *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto event = m_state.createEvent(*caller, fromProto(request->title()), request->practice(),
                                     request->reveal_truth_after_round());
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
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new RefusedStream<v1::EventsChanged>(statusOf(caller.error()));
    if (auto first = m_state.events(*caller); !first)
        return new RefusedStream<v1::EventsChanged>(statusOf(first.error()));
    using Reactor = UpdateStreamReactor<v1::EventsChanged>;
    // Offered on every change and once a second (a phase may begin by the clock alone); sent
    // only when the list or the version differs from the last one sent.
    auto lastSent = std::make_shared<std::string>();
    return new Reactor(m_streams, StreamKey{}, [this, token = *caller, lastSent]() -> Reactor::Next {
        auto viewer = m_state.recheck(token);
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

grpc::ServerUnaryReactor *AdminService::GetEvent(grpc::CallbackServerContext *context,
                                                 const v1::GetEventRequest *request, v1::EventDetails *reply)
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

grpc::ServerUnaryReactor *AdminService::AddRound(grpc::CallbackServerContext *context,
                                                 const v1::AddRoundRequest *request, v1::RoundInfo *reply)
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

grpc::ServerUnaryReactor *AdminService::AddContestant(grpc::CallbackServerContext *context,
                                                      const v1::AddContestantRequest *request,
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
    auto contestant
        = m_state.addContestant(*caller, fromProto(request->event_id()), fromProto(request->name()), members);
    if (!contestant)
        return finish(context, statusOf(contestant.error()));
    fillContestant(*contestant, reply);
    m_streams.offerAll();
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::IssueToken(grpc::CallbackServerContext *context,
                                                   const v1::IssueTokenRequest *request, v1::IssueTokenReply *reply)
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

grpc::ServerUnaryReactor *AdminService::RevokeToken(grpc::CallbackServerContext *context,
                                                    const v1::RevokeTokenRequest *request, v1::RevokeTokenReply *)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    if (auto revoked = m_state.revokeToken(*caller, fromProto(request->token_id())); !revoked)
        return finish(context, statusOf(revoked.error()));
    m_streams.offerAll(); // streams of the revoked token end at their next message
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::ListTokens(grpc::CallbackServerContext *context,
                                                   const v1::ListTokensRequest *request, v1::ListTokensReply *reply)
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

grpc::ServerUnaryReactor *AdminService::ControlEvent(grpc::CallbackServerContext *context,
                                                     const v1::ControlEventRequest *request, v1::EventStatus *reply)
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
        return finish(
            context,
            grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "action: start, pause, resume, end-round or end-event"));
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
    const QString eventId = fromProto(request->event_id());
    const QString roundId = fromProto(request->round_id());
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new RefusedStream<v1::Leaderboard>(statusOf(caller.error()));
    if (auto first = m_state.leaderboard(*caller, eventId, roundId); !first)
        return new RefusedStream<v1::Leaderboard>(statusOf(first.error()));
    using Reactor = UpdateStreamReactor<v1::Leaderboard>;
    // Offered on every change of this event and once a second.
    return new Reactor(m_streams, StreamKey{eventId, {}}, [this, token = *caller, eventId, roundId]() -> Reactor::Next {
        auto viewer = m_state.recheck(token);
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

grpc::ServerUnaryReactor *AdminService::GetAuditLog(grpc::CallbackServerContext *context,
                                                    const v1::GetAuditLogRequest *request, v1::GetAuditLogReply *reply)
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

} // namespace pen::server
