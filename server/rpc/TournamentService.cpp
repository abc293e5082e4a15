// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentService.h"
#include "model/AnswerLimits.h"

#include "CallEnds.h"
#include "Conversions.h"
#include "FileStreamReactor.h"
#include "ScanResultMessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <cmath>
#include <memory>

namespace pen::server {
namespace {

/// An EventUpdate that differs from the last one sent in its clocks only (seconds left, server
/// time) goes out after this long: on the heartbeat's once-a-second offer, not on every offer that
/// follows another contestant's answer.
constexpr auto ClocksOnlyUpdateEvery = std::chrono::milliseconds(800);

/// What a WatchEvent stream sent last, without its clocks.
struct SentUpdate {
    std::string content;
    std::chrono::steady_clock::time_point at;
};

double secondsOrNone(double seconds)
{
    return std::isfinite(seconds) && seconds >= 0 ? seconds : -1;
}

} // namespace

grpc::ServerUnaryReactor *TournamentService::Join(grpc::CallbackServerContext *context, const v1::JoinRequest *request,
                                                  v1::JoinReply *reply)
{
    if (request->client_name().size() > 200)
        return finish(context,
                      grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "client_name is longer than 200 bytes"));
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto status = m_state.contestantStatus(*caller);
    if (!status)
        return finish(context, statusOf(status.error()));
    reply->set_event_id(toProto(status->event.id));
    reply->set_event_title(toProto(status->event.title));
    reply->set_contestant_id(toProto(status->contestant.id));
    reply->set_contestant_name(toProto(status->contestant.name));
    for (const QString &member : status->contestant.members)
        reply->add_members(toProto(member));
    reply->set_member(toProto(caller->member));
    for (int i = 0; i < status->event.rounds.size(); ++i)
        *reply->add_rounds() = toProto(status->event, i);
    reply->set_server_time_ms(m_state.nowMs());
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::EventUpdate> *TournamentService::WatchEvent(grpc::CallbackServerContext *context,
                                                                         const v1::WatchEventRequest *)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new RefusedStream<v1::EventUpdate>(statusOf(caller.error()));
    if (caller->role != Role::Contestant)
        return new RefusedStream<v1::EventUpdate>(statusOf(
            makeError(ErrorCode::PermissionDenied, QStringLiteral("only contestants watch an event's rounds"))));
    // The contestant is connected while this stream is open (the host's progress view).
    auto connected = m_presence.streamOpened(caller->contestantId, [this] { return m_state.nowMs(); });
    using Reactor = UpdateStreamReactor<v1::EventUpdate>;
    auto sent = std::make_shared<SentUpdate>();
    // Offered on this contestant's changes, on changes for everybody and once a second; the token
    // is checked again by id only (revoked: the stream ends), not by hashing its secret again.
    const StreamKey key{caller->eventId, caller->contestantId};
    return new Reactor(m_streams, key, [this, token = *caller, connected, sent]() -> Reactor::Next {
        auto viewer = m_state.recheck(token);
        if (!viewer)
            return {std::nullopt, statusOf(viewer.error())};
        auto status = m_state.contestantStatus(*viewer);
        if (!status)
            return {std::nullopt, statusOf(status.error())};
        v1::EventUpdate update;
        const EventState &state = status->state;
        update.set_phase(toProto(state.phase));
        update.set_paused_phase(state.phase == EventState::Phase::Paused ? toProto(state.pausedPhase)
                                                                         : v1::PHASE_UNSPECIFIED);
        update.set_round_index(state.roundIndex);
        if (state.roundIndex >= 0 && state.roundIndex < status->event.rounds.size()) {
            *update.mutable_round() = toProto(status->event, state.roundIndex);
            update.set_scan_index(status->progress ? uint32_t(status->progress->currentIndex) : 0);
        }
        update.set_scan_id(toProto(status->scanId));
        update.set_answered(uint32_t(status->answered));
        update.set_results_available(status->resultsAvailable);
        // Changes for everybody offer every stream an update, and many have nothing new for this
        // contestant but the clocks, which the once-a-second offer covers.
        const auto now = std::chrono::steady_clock::now();
        std::string content = update.SerializeAsString();
        const bool last = state.phase == EventState::Phase::Finished;
        if (!last && content == sent->content && now - sent->at < ClocksOnlyUpdateEvery)
            return {std::nullopt, grpc::Status::OK, false, true};
        sent->content = std::move(content);
        sent->at = now;
        update.set_scan_seconds_left(status->scanSecondsLeft);
        update.set_round_seconds_left(secondsOrNone(state.roundSecondsLeft));
        update.set_phase_seconds_left(secondsOrNone(state.phaseSecondsLeft));
        update.set_round_ends_seconds_left(status->roundEndsSecondsLeft);
        update.set_server_time_ms(m_state.nowMs());
        return {update, grpc::Status::OK, last};
    });
}

TournamentService::TournamentService(TournamentState &state, UpdateStreams &streams, ContestantPresence &presence)
    : m_state(state), m_streams(streams), m_presence(presence)
{
    // Enough to keep the disk busy; a round's first requests for one scan wait on one copy anyway.
    m_fileWork.setMaxThreadCount(4);
}

TournamentService::~TournamentService()
{
    m_fileWork.waitForDone();
}

grpc::ServerUnaryReactor *TournamentService::GetScan(grpc::CallbackServerContext *context,
                                                     const v1::GetScanRequest *request, v1::ScanInfo *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto access = m_state.scan(*caller, fromProto(request->round_id()),
                               int(std::min<uint32_t>(request->scan_index(), 1u << 30)));
    if (!access)
        return finish(context, statusOf(access.error()));
    // The rules were quick; the files (a copy on the first request, a hash per view) are disk
    // work that must not hold up the handler threads other contestants' answers arrive on.
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    m_fileWork.start([this, reactor, request, reply, access = std::move(*access)] {
        reactor->Finish(describeScan(*request, access, *reply));
    });
    return reactor;
}

grpc::Status TournamentService::describeScan(const v1::GetScanRequest &request,
                                             const TournamentState::ScanAccess &access, v1::ScanInfo &reply)
{
    auto files = m_state.contestantFiles(fromProto(request.round_id()), int(request.scan_index()), access);
    if (!files)
        return statusOf(files.error());
    const ImageSetEntry &entry = access.entry;
    reply.set_round_id(request.round_id());
    reply.set_scan_index(request.scan_index());
    reply.set_scan_id(toProto(entry.scan.id));
    reply.set_scanned_object_kind(toProto(entry.scan.objectKind));
    for (int i = 0; i < entry.scan.views.size(); ++i) {
        const ScanView &view = entry.scan.views[i];
        const QString path = files->value(i);
        auto digest = m_viewDigests.digestOf(path);
        if (!digest)
            return statusOf(
                makeError(ErrorCode::Io, QStringLiteral("view %1 of the scan cannot be read on the server").arg(i)));
        v1::ViewInfo *info = reply.add_views();
        info->set_index(uint32_t(i));
        info->set_label(toProto(view.label));
        info->set_width(uint32_t(view.width));
        info->set_height(uint32_t(view.height));
        info->set_view_kind(toProto(view.kind));
        info->set_size_bytes(uint64_t(digest->size));
        info->set_sha256(toProto(digest->sha256));
        info->set_media_type(path.endsWith(QLatin1String(".png")) ? "image/png" : "application/dicom");
    }
    if (entry.scan.declaration)
        *reply.mutable_declaration() = toProto(*entry.scan.declaration);
    return grpc::Status::OK;
}

grpc::ServerWriteReactor<v1::Chunk> *TournamentService::FetchScanView(grpc::CallbackServerContext *context,
                                                                      const v1::FetchScanViewRequest *request)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new RefusedStream<v1::Chunk>(statusOf(caller.error()));
    auto access = m_state.scan(*caller, fromProto(request->round_id()),
                               int(std::min<uint32_t>(request->scan_index(), 1u << 30)));
    if (!access)
        return new RefusedStream<v1::Chunk>(statusOf(access.error()));
    if (auto refused = missingView(int(access->entry.scan.views.size()), request->view()))
        return new RefusedStream<v1::Chunk>(*refused);
    // The contestants' copy may still have to be written: disk work, off the handler threads.
    auto *reactor = new FileStreamReactor;
    m_fileWork.start([this, reactor, roundId = fromProto(request->round_id()), scanIndex = int(request->scan_index()),
                      view = int(request->view()),
                      offset = qint64(std::min<uint64_t>(request->offset(), uint64_t(1) << 50)),
                      access = std::move(*access)] {
        auto files = m_state.contestantFiles(roundId, scanIndex, access);
        if (!files)
            reactor->refuse(statusOf(files.error()));
        else
            reactor->start(files->at(view), offset);
    });
    return reactor;
}

grpc::ServerUnaryReactor *TournamentService::SubmitAnswer(grpc::CallbackServerContext *context,
                                                          const v1::SubmitAnswerRequest *request,
                                                          v1::SubmitAnswerReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    if (request->marks_size() > AnswerLimits::MaxMarks || request->round_id().size() > AnswerLimits::MaxIdLength
        || request->answer_id().size() > AnswerLimits::MaxIdLength)
        return finish(context,
                      grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "the answer is larger than any real answer"));
    TournamentState::Submission submission;
    submission.answerId = fromProto(request->answer_id());
    submission.roundId = fromProto(request->round_id());
    submission.scanIndex = int(std::min<uint32_t>(request->scan_index(), 1u << 30));
    static_assert(int(Decision::FromMarks) == v1::DECISION_UNSPECIFIED && int(Decision::Clear) == v1::DECISION_CLEAR
                      && int(Decision::Suspect) == v1::DECISION_SUSPECT,
                  "core's decisions are numbered as the contracts number them");
    submission.decision = qint64(request->decision());
    for (const v1::Mark &mark : request->marks())
        submission.marks.append(fromProto(mark));
    for (const auto &[tool, count] : request->tool_use())
        submission.toolUse.insert(fromProto(tool), int(std::min<uint32_t>(count, 1u << 30)));
    // Finished by the writer thread once the answer is on disk (group commit).
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    m_state.submitAsync(*caller, submission, [reactor, reply](Expected<TournamentState::Receipt> receipt) {
        if (!receipt) {
            reactor->Finish(statusOf(receipt.error()));
            return;
        }
        reply->set_duplicate(receipt->duplicate);
        reply->set_received_ms(receipt->receivedMs);
        reply->set_response_seconds(receipt->responseSeconds);
        reply->set_next_scan_index(uint32_t(receipt->nextScanIndex));
        // No offer to the streams here: the heartbeat offers the changes of all answers together
        // within 200 ms, to the answering contestants' streams and their events' boards only.
        reactor->Finish(grpc::Status::OK);
    });
    return reactor;
}

grpc::ServerUnaryReactor *TournamentService::GetMyResults(grpc::CallbackServerContext *context,
                                                          const v1::GetMyResultsRequest *request, v1::MyResults *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto results = m_state.results(*caller, fromProto(request->round_id()));
    if (!results)
        return finish(context, statusOf(results.error()));
    *reply->mutable_score() = toProto(results->score);
    reply->set_rank(uint32_t(results->rank));
    for (const Standing &standing : results->finalStandings) {
        v1::FinalStanding *row = reply->add_final_standings();
        row->set_name(toProto(standing.name));
        row->set_rank(uint32_t(standing.rank));
        row->set_points(standing.score.points);
        row->set_yours(standing.contestantId == caller->contestantId);
    }
    for (const TournamentState::ScanResult &scan : results->scans)
        fillScanResult(scan, reply->add_scans());
    return finish(context, grpc::Status::OK);
}

} // namespace pen::server
