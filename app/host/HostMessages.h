// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "HostRecords.h"
#include "MachineRecords.h"
#include "ReviewRecords.h"

#include "pen/v1/admin.pb.h"
#include "pen/v1/machines.pb.h"

namespace pen::gui {

/// The one place where the host's console turns the server's messages into its plain values and
/// its requests into messages; only the clients and the stream watchers use it.
namespace HostMessages {

EventSummary fromProto(const v1::EventSummary &event);
QList<EventSummary> fromProto(const v1::ListEventsReply &events);
EventsChange fromProto(const v1::EventsChanged &changed);
EventRound fromProto(const v1::RoundInfo &round);
EventContestant fromProto(const v1::ContestantSummary &contestant);
EventDetails fromProto(const v1::EventDetails &event);
Leaderboard fromProto(const v1::Leaderboard &board);
QList<TokenSummary> fromProto(const v1::ListTokensReply &tokens);
IssuedToken fromProto(const v1::IssueTokenReply &token);
ImageSetRecord fromProto(const v1::ImageSetSummary &set);
QList<ImageSetRecord> fromProto(const v1::ListImageSetsReply &sets);
QList<AuditEntry> fromProto(const v1::GetAuditLogReply &log);
TraineeReport fromProto(const v1::TraineeReport &report);
TraineeAnswers fromProto(const v1::TraineeAnswers &answers);

v1::CreateEventRequest toProto(const NewEvent &event);
v1::AddRoundRequest toProto(const NewRound &round);
v1::AddContestantRequest toProto(const NewContestant &contestant);
v1::IssueTokenRequest toProto(const NewToken &token);
v1::GenerateImageSetRequest toProto(const SetGeneration &generation);
v1::TraineeReportRequest toProto(const TraineeQuery &query);
v1::TraineeAnswersRequest toProto(const ReviewQuery &query);
v1::ControlEventRequest::Action toProto(ClockCommand::Kind command);

RegisteredPlugin fromProto(const v1::PluginSummary &plugin);
QList<RegisteredPlugin> fromProto(const v1::ListPluginsReply &plugins);
EvaluationSettings fromProto(const v1::EvaluationSettings &settings);
EvaluationPhase fromProto(v1::EvaluationPhase phase);
MachineLeaderboard fromProto(const v1::MachineLeaderboard &board);
MachineResult fromProto(const v1::MachineRunSummary &run);
HumanMachineLeaderboard fromProto(const v1::HumanMachineLeaderboard &board);

v1::RegisterPluginRequest toProto(const PluginRegistration &plugin);
v1::ConfigureEvaluationRequest toProto(const EvaluationSettings &settings);
v1::EvaluationPhase toProto(EvaluationPhase phase);
v1::RunPluginRequest toProto(const PluginRun &run);

} // namespace HostMessages
} // namespace pen::gui
