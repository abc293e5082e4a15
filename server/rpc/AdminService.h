// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ContestantPresence.h"
#include "TournamentState.h"
#include "UpdateStreams.h"

#include <QThreadPool>

#include "pen/v1/admin.grpc.pb.h"

namespace pen::server {

/// pen.v1.Admin, the hosts' and trainers' service, over TournamentState (gRPC callback API).
class AdminService final : public v1::Admin::CallbackService {
public:
    AdminService(TournamentState &state, UpdateStreams &streams, const ContestantPresence &presence)
        : m_state(state), m_streams(streams), m_presence(presence)
    {
    }

    grpc::ServerUnaryReactor *CreateEvent(grpc::CallbackServerContext *, const v1::CreateEventRequest *,
                                          v1::EventSummary *) override;
    grpc::ServerUnaryReactor *ListEvents(grpc::CallbackServerContext *, const v1::ListEventsRequest *,
                                         v1::ListEventsReply *) override;
    grpc::ServerWriteReactor<v1::EventsChanged> *WatchEvents(grpc::CallbackServerContext *,
                                                             const v1::WatchEventsRequest *) override;
    grpc::ServerUnaryReactor *GetEvent(grpc::CallbackServerContext *, const v1::GetEventRequest *,
                                       v1::EventDetails *) override;
    grpc::ServerReadReactor<v1::ImageSetUpload> *UploadImageSet(grpc::CallbackServerContext *,
                                                                v1::ImageSetSummary *) override;
    grpc::ServerUnaryReactor *ListImageSets(grpc::CallbackServerContext *, const v1::ListImageSetsRequest *,
                                            v1::ListImageSetsReply *) override;
    grpc::ServerWriteReactor<v1::GenerateImageSetProgress> *
    GenerateImageSet(grpc::CallbackServerContext *, const v1::GenerateImageSetRequest *) override;
    grpc::ServerUnaryReactor *AddRound(grpc::CallbackServerContext *, const v1::AddRoundRequest *,
                                       v1::RoundInfo *) override;
    grpc::ServerUnaryReactor *AddContestant(grpc::CallbackServerContext *, const v1::AddContestantRequest *,
                                            v1::ContestantSummary *) override;
    grpc::ServerUnaryReactor *IssueToken(grpc::CallbackServerContext *, const v1::IssueTokenRequest *,
                                         v1::IssueTokenReply *) override;
    grpc::ServerUnaryReactor *RevokeToken(grpc::CallbackServerContext *, const v1::RevokeTokenRequest *,
                                          v1::RevokeTokenReply *) override;
    grpc::ServerUnaryReactor *ListTokens(grpc::CallbackServerContext *, const v1::ListTokensRequest *,
                                         v1::ListTokensReply *) override;
    grpc::ServerUnaryReactor *ShareImageSet(grpc::CallbackServerContext *, const v1::ShareImageSetRequest *,
                                            v1::ImageSetSummary *) override;
    grpc::ServerUnaryReactor *ControlEvent(grpc::CallbackServerContext *, const v1::ControlEventRequest *,
                                           v1::EventStatus *) override;
    grpc::ServerWriteReactor<v1::Leaderboard> *WatchLeaderboard(grpc::CallbackServerContext *,
                                                                const v1::WatchLeaderboardRequest *) override;
    grpc::ServerWriteReactor<v1::ExportResultsReply> *ExportResults(grpc::CallbackServerContext *,
                                                                    const v1::ExportResultsRequest *) override;
    grpc::ServerUnaryReactor *GetAuditLog(grpc::CallbackServerContext *, const v1::GetAuditLogRequest *,
                                          v1::GetAuditLogReply *) override;
    grpc::ServerUnaryReactor *GetTraineeReport(grpc::CallbackServerContext *, const v1::TraineeReportRequest *,
                                               v1::TraineeReport *) override;
    grpc::ServerUnaryReactor *GetTraineeAnswers(grpc::CallbackServerContext *, const v1::TraineeAnswersRequest *,
                                                v1::TraineeAnswers *) override;
    grpc::ServerWriteReactor<v1::Chunk> *FetchReviewScanView(grpc::CallbackServerContext *,
                                                             const v1::FetchReviewScanViewRequest *) override;

private:
    TournamentState &m_state;
    UpdateStreams &m_streams;
    const ContestantPresence &m_presence;
    QThreadPool m_fileWork; ///< review views' disk work (the contestants' copies), off the handler threads
};

} // namespace pen::server
