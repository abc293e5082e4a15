// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "convert/DomainMessages.h"

#include <algorithm>

namespace pen::convert {
namespace {

Error unknown(const char *what, int value)
{
    return makeError(ErrorCode::Unsupported,
                     value == 0 ? QStringLiteral("no %1 given (an older peer?)").arg(QLatin1String(what))
                                : QStringLiteral("unknown %1 %2 (a newer peer?)").arg(QLatin1String(what)).arg(value));
}

} // namespace

QString fromProto(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toProto(const QString &text)
{
    return text.toStdString();
}

QStringList fromProto(const google::protobuf::RepeatedPtrField<std::string> &texts)
{
    QStringList list;
    for (const std::string &text : texts)
        list.append(fromProto(text));
    return list;
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
    out.confidence = mark.confidence() == 0 ? 1.0 : mark.confidence(); // officers send none
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

v1::ViewKind toProto(ViewKind kind)
{
    switch (kind) {
    case ViewKind::DualEnergy: return v1::VIEW_KIND_DUAL_ENERGY;
    case ViewKind::SingleEnergy: return v1::VIEW_KIND_SINGLE_ENERGY;
    case ViewKind::Colour: return v1::VIEW_KIND_COLOUR;
    }
    return v1::VIEW_KIND_UNSPECIFIED;
}

v1::ObjectKind toProto(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Parcel: return v1::OBJECT_KIND_PARCEL;
    case ObjectKind::Baggage: return v1::OBJECT_KIND_BAGGAGE;
    case ObjectKind::Vehicle: return v1::OBJECT_KIND_VEHICLE;
    case ObjectKind::Container: return v1::OBJECT_KIND_CONTAINER;
    case ObjectKind::Other: return v1::OBJECT_KIND_OTHER;
    }
    return v1::OBJECT_KIND_UNSPECIFIED;
}

v1::Verdict toProto(ScanOutcome::Verdict verdict)
{
    switch (verdict) {
    case ScanOutcome::Verdict::Hit: return v1::VERDICT_HIT;
    case ScanOutcome::Verdict::Miss: return v1::VERDICT_MISS;
    case ScanOutcome::Verdict::FalseAlarm: return v1::VERDICT_FALSE_ALARM;
    case ScanOutcome::Verdict::CorrectRejection: return v1::VERDICT_CORRECT_REJECTION;
    }
    return v1::VERDICT_UNSPECIFIED;
}

// Open proto3 enums: a value outside the ones declared arrives as it was sent, so every switch
// below needs its default.
Expected<ViewKind> fromProto(v1::ViewKind kind)
{
    switch (kind) {
    case v1::VIEW_KIND_DUAL_ENERGY: return ViewKind::DualEnergy;
    case v1::VIEW_KIND_SINGLE_ENERGY: return ViewKind::SingleEnergy;
    case v1::VIEW_KIND_COLOUR: return ViewKind::Colour;
    default: return unknown("view kind", int(kind));
    }
}

Expected<ObjectKind> fromProto(v1::ObjectKind kind)
{
    switch (kind) {
    case v1::OBJECT_KIND_PARCEL: return ObjectKind::Parcel;
    case v1::OBJECT_KIND_BAGGAGE: return ObjectKind::Baggage;
    case v1::OBJECT_KIND_VEHICLE: return ObjectKind::Vehicle;
    case v1::OBJECT_KIND_CONTAINER: return ObjectKind::Container;
    case v1::OBJECT_KIND_OTHER: return ObjectKind::Other;
    default: return unknown("object kind", int(kind));
    }
}

Expected<ScanOutcome::Verdict> fromProto(v1::Verdict verdict)
{
    switch (verdict) {
    case v1::VERDICT_HIT: return ScanOutcome::Verdict::Hit;
    case v1::VERDICT_MISS: return ScanOutcome::Verdict::Miss;
    case v1::VERDICT_FALSE_ALARM: return ScanOutcome::Verdict::FalseAlarm;
    case v1::VERDICT_CORRECT_REJECTION: return ScanOutcome::Verdict::CorrectRejection;
    default: return unknown("verdict", int(verdict));
    }
}

// Scores and standings as they arrive, for the host's console.

RoundScore fromProto(const v1::Score &score)
{
    RoundScore out;
    out.detection.hits = int(score.hits());
    out.detection.misses = int(score.misses());
    out.detection.falseAlarms = int(score.false_alarms());
    out.detection.correctRejections = int(score.correct_rejections());
    out.objectsHit = int(score.objects_hit());
    out.objectsMissed = int(score.objects_missed());
    out.falseAlarmMarks = int(score.false_alarm_marks());
    out.scansAnswered = int(score.scans_answered());
    out.scansTimedOut = int(score.scans_timed_out());
    out.points = score.points();
    out.meanResponseSeconds = score.mean_response_seconds();
    out.medianResponseSeconds = score.median_response_seconds();
    out.totalSeconds = score.total_seconds();
    return out;
}

Standing fromProto(const v1::Standing &standing)
{
    Standing out;
    out.rank = int(standing.rank());
    out.contestantId = fromProto(standing.contestant_id());
    out.name = fromProto(standing.name());
    out.score = fromProto(standing.score());
    for (const v1::MemberScore &member : standing.members())
        out.members.append({fromProto(member.name()), fromProto(member.score())});
    return out;
}

} // namespace pen::convert
