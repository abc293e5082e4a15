// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// AdminService's review of a trainee's round: the answers scan by scan, and the scans' views.
#include "AdminService.h"

#include "CallEnds.h"
#include "Conversions.h"
#include "FileStreamReactor.h"
#include "ScanResultMessages.h"

#include <algorithm>

namespace pen::server {

grpc::ServerUnaryReactor *AdminService::GetTraineeAnswers(grpc::CallbackServerContext *context,
                                                          const v1::TraineeAnswersRequest *request,
                                                          v1::TraineeAnswers *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto answers = m_state.traineeAnswers(*caller, fromProto(request->event_id()), fromProto(request->contestant_id()),
                                          fromProto(request->round_id()));
    if (!answers)
        return finish(context, statusOf(answers.error()));
    reply->set_contestant_id(toProto(answers->contestant.id));
    reply->set_name(toProto(answers->contestant.name));
    reply->set_round_id(toProto(answers->round.id));
    reply->set_round_title(toProto(answers->round.title));
    for (const EventReports::ReviewedScan &reviewed : answers->scans) {
        v1::TraineeAnswer *out = reply->add_scans();
        fillScanResult(reviewed.scan, out->mutable_result());
        if (reviewed.decision)
            out->set_decision(*reviewed.decision == Decision::Suspect ? v1::DECISION_SUSPECT : v1::DECISION_CLEAR);
        out->set_view_count(uint32_t(reviewed.viewCount));
        out->set_truth_unknown(reviewed.scan.outcome.truthUnknown);
    }
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::Chunk> *AdminService::FetchReviewScanView(grpc::CallbackServerContext *context,
                                                                       const v1::FetchReviewScanViewRequest *request)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new RefusedStream<v1::Chunk>(statusOf(caller.error()));
    const QString roundId = fromProto(request->round_id());
    const int scanIndex = int(std::min<uint32_t>(request->scan_index(), 1u << 30));
    auto access = m_state.reviewScan(*caller, fromProto(request->event_id()), roundId, scanIndex);
    if (!access)
        return new RefusedStream<v1::Chunk>(statusOf(access.error()));
    if (auto refused = missingView(int(access->entry.scan.views.size()), request->view()))
        return new RefusedStream<v1::Chunk>(*refused);
    // The contestants' copy, written on first use as for FetchScanView: the same bytes they saw.
    auto *reactor = new FileStreamReactor;
    m_fileWork.start([this, reactor, roundId, scanIndex, view = int(request->view()),
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

} // namespace pen::server
