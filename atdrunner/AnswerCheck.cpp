// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AnswerCheck.h"

#include <cmath>

namespace pen::atd {

namespace {

// Boxes may reach a pixel beyond the image: rounding at the border is not garbage.
constexpr double BorderTolerance = 1.0;

bool isProbability(double value)
{
    return std::isfinite(value) && value >= 0 && value <= 1;
}

Error garbage(const QString &reason)
{
    return makeError(ErrorCode::Validation, reason);
}

} // namespace

Expected<MachineAnswer> checkedAnswer(const pen::v1::Detection &detection, const pen::v1::DetectRequest &request,
                                      const QStringList &categories, int maxObjects)
{
    if (detection.request_id() != request.request_id())
        return garbage(QStringLiteral("answered request \"%1\" when asked for \"%2\"")
                           .arg(QString::fromStdString(detection.request_id()).left(60),
                                QString::fromStdString(request.request_id())));
    if (!isProbability(detection.alarm_score()))
        return garbage(QStringLiteral("alarm_score %1 is not in [0, 1]").arg(detection.alarm_score()));
    if (detection.decision() != pen::v1::DECISION_CLEAR && detection.decision() != pen::v1::DECISION_SUSPECT)
        return garbage(QStringLiteral("gave no alarm decision"));
    if (detection.objects_size() > maxObjects)
        return garbage(
            QStringLiteral("reported %1 objects; at most %2 are taken").arg(detection.objects_size()).arg(maxObjects));

    MachineAnswer answer;
    answer.alarm = detection.decision() == pen::v1::DECISION_SUSPECT;
    answer.alarmScore = detection.alarm_score();
    for (int i = 0; i < detection.objects_size(); ++i) {
        const pen::v1::DetectedObject &object = detection.objects(i);
        const QString where = QStringLiteral("objects[%1]").arg(i);
        const QString category = QString::fromStdString(object.category());
        if (!categories.contains(category))
            return garbage(QStringLiteral("%1: category \"%2\" is not one it declared").arg(where, category.left(60)));
        if (!isProbability(object.probability()))
            return garbage(QStringLiteral("%1: probability %2 is not in [0, 1]").arg(where).arg(object.probability()));
        const pen::v1::Box &box = object.box();
        if (box.view() >= uint32_t(request.views_size()))
            return garbage(QStringLiteral("%1: view %2 was not sent").arg(where).arg(box.view()));
        const pen::v1::ScanViewData &view = request.views(int(box.view()));
        const bool finite = std::isfinite(box.x()) && std::isfinite(box.y()) && std::isfinite(box.width())
            && std::isfinite(box.height());
        if (!finite || box.width() <= 0 || box.height() <= 0)
            return garbage(QStringLiteral("%1: the box is not a rectangle (x %2, y %3, width %4, height %5)")
                               .arg(where)
                               .arg(box.x())
                               .arg(box.y())
                               .arg(box.width())
                               .arg(box.height()));
        if (box.x() < -BorderTolerance || box.y() < -BorderTolerance
            || box.x() + box.width() > view.width() + BorderTolerance
            || box.y() + box.height() > view.height() + BorderTolerance)
            return garbage(QStringLiteral("%1: the box (%2, %3, %4 × %5) lies outside the %6 × %7 view")
                               .arg(where)
                               .arg(box.x())
                               .arg(box.y())
                               .arg(box.width())
                               .arg(box.height())
                               .arg(view.width())
                               .arg(view.height()));
        DetectedObject detected;
        detected.category = category;
        detected.probability = object.probability();
        detected.region.viewIndex = int(box.view());
        detected.region.box = QRectF(box.x(), box.y(), box.width(), box.height());
        if (object.polygon_size() > 0) {
            if (object.polygon_size() < 3 || object.polygon_size() > 1000)
                return garbage(QStringLiteral("%1: a polygon needs 3 to 1000 points, not %2")
                                   .arg(where)
                                   .arg(object.polygon_size()));
            for (const pen::v1::Point &point : object.polygon()) {
                if (!std::isfinite(point.x()) || !std::isfinite(point.y()) || point.x() < -BorderTolerance
                    || point.y() < -BorderTolerance || point.x() > view.width() + BorderTolerance
                    || point.y() > view.height() + BorderTolerance)
                    return garbage(QStringLiteral("%1: a polygon point lies outside the view").arg(where));
                detected.region.polygon.append(QPointF(point.x(), point.y()));
            }
        }
        answer.objects.append(detected);
    }
    return answer;
}

} // namespace pen::atd
