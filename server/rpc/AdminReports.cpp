// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// AdminService's reports for trainers.
#include "AdminService.h"

#include "CallEnds.h"
#include "Conversions.h"

namespace pen::server {

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

grpc::ServerUnaryReactor *AdminService::GetTraineeReport(grpc::CallbackServerContext *context,
                                                         const v1::TraineeReportRequest *request,
                                                         v1::TraineeReport *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    const bool history = !request->trainee_name().empty();
    if (history && (!request->event_id().empty() || !request->contestant_id().empty()))
        return finish(
            context,
            grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                         "ask for a trainee_name (the history) or for an event_id and contestant_id, not both"));
    auto report = history
        ? m_state.traineeHistory(*caller, fromProto(request->trainee_name()))
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
