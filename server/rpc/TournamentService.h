// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ContestantPresence.h"
#include "FileDigests.h"
#include "TournamentState.h"
#include "UpdateStreams.h"

#include <QThreadPool>

#include "pen/v1/tournament.grpc.pb.h"

namespace pen::server {

/// pen.v1.Tournament, the contestants' service, over TournamentState (gRPC callback API).
class TournamentService final : public v1::Tournament::CallbackService {
public:
    TournamentService(TournamentState &state, UpdateStreams &streams, ContestantPresence &presence);
    /// Waits for the scan preparations still running.
    ~TournamentService() override;

    grpc::ServerUnaryReactor *Join(grpc::CallbackServerContext *context, const v1::JoinRequest *request,
                                   v1::JoinReply *reply) override;
    grpc::ServerWriteReactor<v1::EventUpdate> *WatchEvent(grpc::CallbackServerContext *context,
                                                          const v1::WatchEventRequest *request) override;
    grpc::ServerUnaryReactor *GetScan(grpc::CallbackServerContext *context, const v1::GetScanRequest *request,
                                      v1::ScanInfo *reply) override;
    grpc::ServerWriteReactor<v1::Chunk> *FetchScanView(grpc::CallbackServerContext *context,
                                                       const v1::FetchScanViewRequest *request) override;
    grpc::ServerUnaryReactor *SubmitAnswer(grpc::CallbackServerContext *context, const v1::SubmitAnswerRequest *request,
                                           v1::SubmitAnswerReply *reply) override;
    grpc::ServerUnaryReactor *GetMyResults(grpc::CallbackServerContext *context, const v1::GetMyResultsRequest *request,
                                           v1::MyResults *reply) override;

    /// The digests of the view files sent so far (tests count how often a file was hashed).
    const FileDigests &viewDigests() const { return m_viewDigests; }

private:
    /// Fills reply for an open scan: writes the contestants' copies the first time and hashes them
    /// once. Runs on m_fileWork, never on gRPC's handler threads.
    grpc::Status describeScan(const v1::GetScanRequest &request, const TournamentState::ScanAccess &access,
                              v1::ScanInfo &reply);

    TournamentState &m_state;
    UpdateStreams &m_streams;
    ContestantPresence &m_presence;
    FileDigests m_viewDigests;
    QThreadPool m_fileWork; ///< disk work of GetScan (copies, hashes), off the handler threads
};

} // namespace pen::server
