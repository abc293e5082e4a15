// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineEvaluation.h"
#include "PluginUploadReceiver.h"

#include "pen/v1/machines.grpc.pb.h"

namespace pen::server {

/// pen.v1.Machines over MachineEvaluation (gRPC callback API).
class MachineService final : public v1::Machines::CallbackService {
public:
    MachineService(TournamentState &state, MachineEvaluation &machines, PluginUploadLimits uploadLimits = {})
        : m_state(state), m_machines(machines), m_uploadLimits(uploadLimits)
    {
    }

    grpc::ServerUnaryReactor *RegisterPlugin(grpc::CallbackServerContext *, const v1::RegisterPluginRequest *,
                                             v1::PluginSummary *) override;
    grpc::ServerReadReactor<v1::PluginUpload> *UploadPlugin(grpc::CallbackServerContext *,
                                                            v1::PluginSummary *) override;
    grpc::ServerUnaryReactor *ListPlugins(grpc::CallbackServerContext *, const v1::ListPluginsRequest *,
                                          v1::ListPluginsReply *) override;
    grpc::ServerUnaryReactor *ConfigureEvaluation(grpc::CallbackServerContext *, const v1::ConfigureEvaluationRequest *,
                                                  v1::EvaluationSettings *) override;
    grpc::ServerUnaryReactor *GetEvaluation(grpc::CallbackServerContext *, const v1::GetEvaluationRequest *,
                                            v1::EvaluationSettings *) override;
    grpc::ServerWriteReactor<v1::RunPluginProgress> *RunPlugin(grpc::CallbackServerContext *,
                                                               const v1::RunPluginRequest *) override;
    grpc::ServerUnaryReactor *GetMachineLeaderboard(grpc::CallbackServerContext *,
                                                    const v1::MachineLeaderboardRequest *,
                                                    v1::MachineLeaderboard *) override;
    grpc::ServerUnaryReactor *GetHumanMachineLeaderboard(grpc::CallbackServerContext *,
                                                         const v1::HumanMachineLeaderboardRequest *,
                                                         v1::HumanMachineLeaderboard *) override;
    grpc::ServerWriteReactor<v1::ThreatReportFiles> *
    ExportThreatReports(grpc::CallbackServerContext *, const v1::ExportThreatReportsRequest *) override;

private:
    TournamentState &m_state;
    MachineEvaluation &m_machines;
    const PluginUploadLimits m_uploadLimits;
};

/// A plugin as the Machines service reports it, with its runs counted.
v1::PluginSummary summaryOf(const PluginRecord &plugin, const MachineEvaluation &machines);

/// A stored run as the Machines service reports it; failures are listed only where asked.
v1::MachineRunSummary toProto(const MachineRunRow &run, bool withFailures);

} // namespace pen::server
