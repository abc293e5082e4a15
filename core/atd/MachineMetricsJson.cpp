// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/MachineMetrics.h"

#include <QJsonArray>

namespace pen {
namespace {

void insertDefined(QJsonObject &json, const QString &key, std::optional<double> value)
{
    if (value)
        json.insert(key, *value);
}

std::optional<double> definedValue(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonObject categoryJson(const CategoryMetrics &category)
{
    QJsonObject json{{QStringLiteral("category"), category.category},
                     {QStringLiteral("truthObjects"), category.truthObjects},
                     {QStringLiteral("detections"), category.detections}};
    insertDefined(json, QStringLiteral("ap50"), category.ap50);
    insertDefined(json, QStringLiteral("apCoco"), category.apCoco);
    return json;
}

CategoryMetrics categoryFromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("category")).toString(), definedValue(json, QStringLiteral("ap50")),
            definedValue(json, QStringLiteral("apCoco")), json.value(QStringLiteral("truthObjects")).toInt(),
            json.value(QStringLiteral("detections")).toInt()};
}

} // namespace

QJsonObject MachineMetrics::toJson() const
{
    QJsonArray categoryArray;
    for (const CategoryMetrics &category : categories)
        categoryArray.append(categoryJson(category));
    QJsonObject json{{QStringLiteral("categories"), categoryArray},
                     {QStringLiteral("threshold"), threshold},
                     {QStringLiteral("pd"), pd},
                     {QStringLiteral("pfa"), pfa},
                     {QStringLiteral("targetScans"), targetScans},
                     {QStringLiteral("clearScans"), clearScans},
                     {QStringLiteral("roc"), roc.toJson()},
                     {QStringLiteral("froc"), froc.toJson()},
                     {QStringLiteral("latencyP50"), latencyP50},
                     {QStringLiteral("latencyP95"), latencyP95},
                     {QStringLiteral("imagesPerHour"), imagesPerHour},
                     {QStringLiteral("scans"), scans},
                     {QStringLiteral("failures"), failures}};
    insertDefined(json, QStringLiteral("meanAp50"), meanAp50);
    insertDefined(json, QStringLiteral("meanApCoco"), meanApCoco);
    return json;
}

MachineMetrics MachineMetrics::fromJson(const QJsonObject &json)
{
    MachineMetrics metrics;
    for (const QJsonValue &value : json.value(QStringLiteral("categories")).toArray())
        metrics.categories.append(categoryFromJson(value.toObject()));
    metrics.meanAp50 = definedValue(json, QStringLiteral("meanAp50"));
    metrics.meanApCoco = definedValue(json, QStringLiteral("meanApCoco"));
    metrics.threshold = json.value(QStringLiteral("threshold")).toDouble();
    metrics.pd = json.value(QStringLiteral("pd")).toDouble();
    metrics.pfa = json.value(QStringLiteral("pfa")).toDouble();
    metrics.targetScans = json.value(QStringLiteral("targetScans")).toInt();
    metrics.clearScans = json.value(QStringLiteral("clearScans")).toInt();
    metrics.roc = RocCurve::fromJson(json.value(QStringLiteral("roc")).toObject());
    metrics.froc = FrocCurve::fromJson(json.value(QStringLiteral("froc")).toObject());
    metrics.latencyP50 = json.value(QStringLiteral("latencyP50")).toDouble();
    metrics.latencyP95 = json.value(QStringLiteral("latencyP95")).toDouble();
    metrics.imagesPerHour = json.value(QStringLiteral("imagesPerHour")).toDouble();
    metrics.scans = json.value(QStringLiteral("scans")).toInt();
    metrics.failures = json.value(QStringLiteral("failures")).toInt();
    return metrics;
}

} // namespace pen
