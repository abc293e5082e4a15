// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "Conversions.h"

#include "auth/TokenSecrets.h"

namespace pen::server {

grpc::Status statusOf(const Error &error)
{
    grpc::StatusCode code = grpc::StatusCode::INTERNAL;
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Format:
    case ErrorCode::Validation: code = grpc::StatusCode::INVALID_ARGUMENT; break;
    case ErrorCode::NotFound: code = grpc::StatusCode::NOT_FOUND; break;
    case ErrorCode::Io: code = grpc::StatusCode::INTERNAL; break;
    case ErrorCode::Unsupported: code = grpc::StatusCode::UNIMPLEMENTED; break;
    case ErrorCode::Unauthenticated: code = grpc::StatusCode::UNAUTHENTICATED; break;
    case ErrorCode::PermissionDenied: code = grpc::StatusCode::PERMISSION_DENIED; break;
    case ErrorCode::Conflict: code = grpc::StatusCode::FAILED_PRECONDITION; break;
    // Not DEADLINE_EXCEEDED: a client sees that when its own deadline expires.
    case ErrorCode::TooLate: code = grpc::StatusCode::OUT_OF_RANGE; break;
    case ErrorCode::AlreadyExists: code = grpc::StatusCode::ALREADY_EXISTS; break;
    }
    return {code, error.message.toStdString()};
}

v1::Phase toProto(EventState::Phase phase)
{
    switch (phase) {
    case EventState::Phase::Waiting: return v1::PHASE_WAITING;
    case EventState::Phase::Countdown: return v1::PHASE_COUNTDOWN;
    case EventState::Phase::Running: return v1::PHASE_RUNNING;
    case EventState::Phase::Paused: return v1::PHASE_PAUSED;
    case EventState::Phase::Break: return v1::PHASE_BREAK;
    case EventState::Phase::Finished: return v1::PHASE_FINISHED;
    }
    return v1::PHASE_UNSPECIFIED;
}

v1::RoundInfo toProto(const EventRecord &event, int index)
{
    const RoundPlan &round = event.rounds[index];
    v1::RoundInfo info;
    info.set_round_id(toProto(round.id));
    info.set_title(toProto(round.title));
    switch (round.settings.type) {
    case RoundType::FindTheThreat: info.set_type(v1::ROUND_TYPE_FIND_THE_THREAT); break;
    case RoundType::DeclarationCheck: info.set_type(v1::ROUND_TYPE_DECLARATION_CHECK); break;
    case RoundType::FindTheMost: info.set_type(v1::ROUND_TYPE_FIND_THE_MOST); break;
    }
    info.set_scan_count(uint32_t(round.scanIds.size()));
    info.set_seconds_per_scan(round.settings.secondsPerScan);
    info.set_round_seconds(round.settings.roundSeconds);
    info.set_category_required(round.settings.categoryRequired);
    for (const QString &category : round.settings.targetCategories)
        info.add_target_categories(toProto(category));
    const ScoringRule &rule = round.settings.scoring;
    v1::ScoringFormula *formula = info.mutable_scoring();
    formula->set_points_per_hit(rule.pointsPerHit);
    formula->set_speed_bonus(rule.speedBonus);
    formula->set_false_alarm_penalty(rule.falseAlarmPenalty);
    const bool covers = round.settings.hitRule == RoundSettings::HitRule::Covers;
    formula->set_hit_rule(covers ? "covers-v2" : "centre-inside-v1");
    formula->set_mark_may_find_several(round.settings.markMayFindSeveral);
    formula->set_text(
        QStringLiteral("per scan: hits × %1 + (any hit: %2 × time left / time allowed) − false alarms × %3; "
                       "ties: fewer false alarms, then less time; %4%5")
            .arg(rule.pointsPerHit)
            .arg(rule.speedBonus)
            .arg(rule.falseAlarmPenalty)
            .arg(covers
                     ? QStringLiteral("a mark finds an object when its centre is on the object, or when it covers at "
                                      "least half of the object's box and is at most four times its size")
                     : QStringLiteral("a mark finds an object when its centre is on the object"))
            .arg(round.settings.markMayFindSeveral ? QStringLiteral("; one mark may find several objects side by side")
                                                   : QStringLiteral("; a mark finds one object"))
            .toStdString());
    info.set_countdown_seconds(round.countdownSeconds);
    info.set_break_seconds_after(round.breakSecondsAfter);
    info.set_index(uint32_t(index));
    info.set_feedback_after_each_scan(event.feedbackAfterEachScan(index));
    info.set_clock_starts_at_join(round.settings.clockStart == RoundSettings::ClockStart::AtJoin);
    info.set_join_window_seconds(round.settings.joinWindowSeconds);
    return info;
}

QString secretOf(const grpc::CallbackServerContext *context)
{
    const auto &metadata = context->client_metadata();
    const auto found = metadata.find("authorization");
    if (found == metadata.end())
        return {};
    return TokenSecrets::secretFromAuthorization(
        QString::fromUtf8(found->second.data(), qsizetype(found->second.size())));
}

} // namespace pen::server
