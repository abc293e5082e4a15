// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineResult.h"

namespace pen::gui {
namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

CategoryMetrics categoryFromProto(const v1::CategoryMetrics &category)
{
    CategoryMetrics metrics;
    metrics.category = text(category.category());
    if (category.has_ap50())
        metrics.ap50 = category.ap50();
    if (category.has_ap_coco())
        metrics.apCoco = category.ap_coco();
    metrics.truthObjects = int(category.truth_objects());
    metrics.detections = int(category.detections());
    return metrics;
}

} // namespace

MachineMetrics metricsFromProto(const v1::MachineMetrics &metrics)
{
    MachineMetrics out;
    for (const v1::CategoryMetrics &category : metrics.categories())
        out.categories.append(categoryFromProto(category));
    if (metrics.has_mean_ap50())
        out.meanAp50 = metrics.mean_ap50();
    if (metrics.has_mean_ap_coco())
        out.meanApCoco = metrics.mean_ap_coco();
    out.threshold = metrics.threshold();
    out.pd = metrics.pd();
    out.pfa = metrics.pfa();
    for (const v1::CurvePoint &point : metrics.roc()) {
        RocPoint roc{std::nullopt, point.x(), point.y()};
        if (point.threshold() >= 0)
            roc.threshold = point.threshold();
        out.roc.points.append(roc);
    }
    for (const v1::CurvePoint &point : metrics.froc())
        out.froc.points.append(FrocPoint{point.threshold(), point.x(), point.y()});
    out.latencyP50 = metrics.latency_p50();
    out.latencyP95 = metrics.latency_p95();
    out.imagesPerHour = metrics.images_per_hour();
    out.scans = int(metrics.scans());
    out.failures = int(metrics.failures());
    return out;
}

MachineResult MachineResult::fromProto(const v1::MachineRunSummary &run)
{
    MachineResult result;
    result.rank = int(run.rank());
    result.label = text(run.label());
    result.plugin = QStringLiteral("%1 %2").arg(text(run.plugin_name()), text(run.plugin_version())).trimmed();
    result.metrics = metricsFromProto(run.metrics());
    for (const std::string &failure : run.failures())
        result.failures.append(text(failure));
    return result;
}

MachineResult MachineResult::fromRecord(const atd::MachineRunRecord &record, const QString &label)
{
    MachineResult result;
    result.label = label;
    result.plugin = QStringLiteral("%1 %2").arg(record.run.plugin.name, record.run.plugin.version).trimmed();
    result.metrics = record.metrics;
    for (const MachineAnswer &answer : record.run.answers) {
        if (answer.failed())
            result.failures.append(QStringLiteral("%1: %2").arg(answer.scanId, answer.failure));
    }
    return result;
}

} // namespace pen::gui
