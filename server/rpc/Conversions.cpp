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

QString fromProto(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toProto(const QString &text)
{
    return text.toStdString();
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
    formula->set_text(QStringLiteral("per scan: hits × %1 + (any hit: %2 × time left / time allowed) − false alarms × %3; "
                                     "ties: fewer false alarms, then less time; %4%5")
                          .arg(rule.pointsPerHit).arg(rule.speedBonus).arg(rule.falseAlarmPenalty)
                          .arg(covers ? QStringLiteral("a mark finds an object when its centre is on the object, or when it covers at "
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

v1::Score toProto(const RoundScore &score)
{
    v1::Score out;
    out.set_hits(uint32_t(score.detection.hits));
    out.set_misses(uint32_t(score.detection.misses));
    out.set_false_alarms(uint32_t(score.detection.falseAlarms));
    out.set_correct_rejections(uint32_t(score.detection.correctRejections));
    out.set_objects_hit(uint32_t(score.objectsHit));
    out.set_objects_missed(uint32_t(score.objectsMissed));
    out.set_false_alarm_marks(uint32_t(score.falseAlarmMarks));
    out.set_hit_rate(score.detection.hitRate());
    out.set_false_alarm_rate(score.detection.falseAlarmRate());
    out.set_d_prime(score.detection.dPrime());
    out.set_a_prime(score.detection.aPrime());
    out.set_d_a(score.detection.dA());
    out.set_mean_response_seconds(score.meanResponseSeconds);
    out.set_median_response_seconds(score.medianResponseSeconds);
    out.set_total_seconds(score.totalSeconds);
    out.set_points(score.points);
    out.set_scans_answered(uint32_t(score.scansAnswered));
    out.set_scans_timed_out(uint32_t(score.scansTimedOut));
    return out;
}

v1::Mark toProto(const Mark &mark)
{
    v1::Mark out;
    v1::Box *box = out.mutable_box();
    box->set_view(uint32_t(mark.region.viewIndex));
    const QRectF bounds = mark.region.bounds();
    box->set_x(bounds.x());
    box->set_y(bounds.y());
    box->set_width(bounds.width());
    box->set_height(bounds.height());
    out.set_category(toProto(mark.category));
    for (const QPointF &point : mark.region.polygon) {
        v1::Point *p = out.add_polygon();
        p->set_x(point.x());
        p->set_y(point.y());
    }
    out.set_confidence(mark.confidence);
    return out;
}

Mark fromProto(const v1::Mark &mark)
{
    Mark out;
    out.region.viewIndex = int(std::min<uint32_t>(mark.box().view(), 1u << 20));
    out.region.box = QRectF(mark.box().x(), mark.box().y(), mark.box().width(), mark.box().height());
    for (const v1::Point &point : mark.polygon())
        out.region.polygon.append(QPointF(point.x(), point.y()));
    out.category = fromProto(mark.category());
    out.confidence = mark.confidence() == 0 ? 1.0 : mark.confidence();  // officers send none
    return out;
}

v1::Standing toProto(const Standing &standing)
{
    v1::Standing out;
    out.set_rank(uint32_t(standing.rank));
    out.set_contestant_id(toProto(standing.contestantId));
    out.set_name(toProto(standing.name));
    *out.mutable_score() = toProto(standing.score);
    for (const MemberScore &member : standing.members) {
        v1::MemberScore *row = out.add_members();
        row->set_name(toProto(member.name));
        *row->mutable_score() = toProto(member.score);
    }
    return out;
}

v1::Declaration toProto(const Declaration &declaration)
{
    v1::Declaration out;
    out.set_goods_description(toProto(declaration.goodsDescription));
    out.set_hs_code(toProto(declaration.hsCode));
    if (declaration.quantity)
        out.set_quantity(*declaration.quantity);
    out.set_quantity_unit(toProto(declaration.quantityUnit));
    if (declaration.grossWeightKg)
        out.set_gross_weight_kg(*declaration.grossWeightKg);
    out.set_origin(toProto(declaration.origin));
    return out;
}

QString secretOf(const grpc::CallbackServerContext *context)
{
    const auto &metadata = context->client_metadata();
    const auto found = metadata.find("authorization");
    if (found == metadata.end())
        return {};
    return TokenSecrets::secretFromAuthorization(QString::fromUtf8(found->second.data(), qsizetype(found->second.size())));
}

} // namespace pen::server
