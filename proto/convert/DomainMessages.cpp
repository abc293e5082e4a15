// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "convert/DomainMessages.h"

#include <algorithm>

namespace pen::convert {

QString fromProto(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toProto(const QString &text)
{
    return text.toStdString();
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

} // namespace pen::convert
