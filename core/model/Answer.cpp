// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/Answer.h"

#include <QJsonArray>

namespace pen {
namespace {

QJsonObject boxJson(const QRectF &box)
{
    return {{QStringLiteral("x"), box.x()},
            {QStringLiteral("y"), box.y()},
            {QStringLiteral("width"), box.width()},
            {QStringLiteral("height"), box.height()}};
}

QRectF boxFromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("x")).toDouble(), json.value(QStringLiteral("y")).toDouble(),
            json.value(QStringLiteral("width")).toDouble(), json.value(QStringLiteral("height")).toDouble()};
}

} // namespace

QJsonObject Answer::toJson() const
{
    QJsonArray markArray;
    for (const Mark &mark : marks) {
        QJsonObject markJson{{QStringLiteral("view"), mark.region.viewIndex},
                             {QStringLiteral("box"), boxJson(mark.region.box)},
                             {QStringLiteral("category"), mark.category},
                             {QStringLiteral("confidence"), mark.confidence}};
        if (mark.region.isPolygon()) {
            QJsonArray points;
            for (const QPointF &point : mark.region.polygon)
                points.append(QJsonArray{point.x(), point.y()});
            markJson.insert(QStringLiteral("polygon"), points);
        }
        markArray.append(markJson);
    }
    QJsonObject tools;
    for (auto it = toolUse.begin(); it != toolUse.end(); ++it)
        tools.insert(it.key(), it.value());
    return {{QStringLiteral("scan"), scanId},
            {QStringLiteral("marks"), markArray},
            {QStringLiteral("responseSeconds"), responseSeconds},
            {QStringLiteral("timedOut"), timedOut},
            {QStringLiteral("tools"), tools}};
}

Answer Answer::fromJson(const QJsonObject &json)
{
    Answer answer;
    answer.scanId = json.value(QStringLiteral("scan")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("marks")).toArray()) {
        const QJsonObject mark = value.toObject();
        QList<QPointF> polygon;
        for (const QJsonValue &point : mark.value(QStringLiteral("polygon")).toArray())
            polygon.append({point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()});
        answer.marks.append({Region{mark.value(QStringLiteral("view")).toInt(),
                                    boxFromJson(mark.value(QStringLiteral("box")).toObject()), polygon},
                             mark.value(QStringLiteral("category")).toString(),
                             mark.value(QStringLiteral("confidence")).toDouble(1)});
    }
    answer.responseSeconds = json.value(QStringLiteral("responseSeconds")).toDouble();
    answer.timedOut = json.value(QStringLiteral("timedOut")).toBool();
    const QJsonObject tools = json.value(QStringLiteral("tools")).toObject();
    for (auto it = tools.begin(); it != tools.end(); ++it)
        answer.toolUse.insert(it.key(), it.value().toInt());
    return answer;
}

std::optional<Decision> decisionOf(qint64 number)
{
    switch (number) {
    case qint64(Decision::FromMarks): return Decision::FromMarks;
    case qint64(Decision::Clear): return Decision::Clear;
    case qint64(Decision::Suspect): return Decision::Suspect;
    default: return std::nullopt;
    }
}

} // namespace pen
