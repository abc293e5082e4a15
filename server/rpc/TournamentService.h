// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentState.h"
#include "UpdateStreams.h"

#include "pen/v1/tournament.grpc.pb.h"

namespace pen::server {

/// pen.v1.Tournament, the contestants' service, over TournamentState (gRPC callback API).
class TournamentService final : public v1::Tournament::CallbackService {
public:
    TournamentService(TournamentState &state, UpdateStreams &streams) : m_state(state), m_streams(streams) {}

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

private:
    TournamentState &m_state;
    UpdateStreams &m_streams;
};

} // namespace pen::server
