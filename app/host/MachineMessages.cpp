// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// HostMessages for the machines: plugins, evaluations, runs and their leaderboards.
#include "HostMessages.h"

#include "convert/DomainMessages.h"

namespace pen::gui::HostMessages {
namespace {

using convert::fromProto;
using convert::toProto;

HumanMachineStanding standingOf(const v1::HumanMachineStanding &standing)
{
    return {int(standing.rank()), fromProto(standing.name()), standing.machine(), fromProto(standing.score()),
            fromProto(standing.plugin_id())};
}

CategoryMetrics categoryFromProto(const v1::CategoryMetrics &category)
{
    CategoryMetrics metrics;
    metrics.category = fromProto(category.category());
    if (category.has_ap50())
        metrics.ap50 = category.ap50();
    if (category.has_ap_coco())
        metrics.apCoco = category.ap_coco();
    metrics.truthObjects = int(category.truth_objects());
    metrics.detections = int(category.detections());
    return metrics;
}

// The server's metrics as the core's: undefined APs stay undefined, a ROC point's missing
// threshold (sent as a negative number) stays missing.
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

QList<MachineResult> resultsOf(const google::protobuf::RepeatedPtrField<v1::MachineRunSummary> &runs)
{
    QList<MachineResult> results;
    for (const v1::MachineRunSummary &run : runs)
        results.append(HostMessages::fromProto(run));
    return results;
}

} // namespace

MachineResult fromProto(const v1::MachineRunSummary &run)
{
    MachineResult result;
    result.rank = int(run.rank());
    result.label = fromProto(run.label());
    result.plugin
        = QStringLiteral("%1 %2").arg(fromProto(run.plugin_name()), fromProto(run.plugin_version())).trimmed();
    result.metrics = metricsFromProto(run.metrics());
    for (const std::string &failure : run.failures())
        result.failures.append(fromProto(failure));
    return result;
}

RegisteredPlugin fromProto(const v1::PluginSummary &plugin)
{
    return {fromProto(plugin.plugin_id()), fromProto(plugin.event_id()),
            fromProto(plugin.label()),     fromProto(plugin.vendor_token_id()),
            fromProto(plugin.code()),      int(plugin.development_runs()),
            int(plugin.final_runs())};
}

QList<RegisteredPlugin> fromProto(const v1::ListPluginsReply &plugins)
{
    QList<RegisteredPlugin> registered;
    for (const v1::PluginSummary &plugin : plugins.plugins())
        registered.append(fromProto(plugin));
    return registered;
}

EvaluationSettings fromProto(const v1::EvaluationSettings &settings)
{
    EvaluationSettings result;
    result.eventId = fromProto(settings.event_id());
    result.imageSetId = fromProto(settings.image_set_id());
    result.imageSetSha256 = fromProto(settings.image_set_sha256());
    result.publicFraction = settings.public_fraction();
    result.developmentSubmissions = int(settings.development_submissions());
    result.finalSubmissions = int(settings.final_submissions());
    result.secondsPerScan = settings.seconds_per_scan();
    result.memoryMb = int(settings.memory_mb());
    result.categories = fromProto(settings.categories());
    result.publicScans = int(settings.public_scans());
    result.privateScans = int(settings.private_scans());
    return result;
}

EvaluationPhase fromProto(v1::EvaluationPhase phase)
{
    switch (phase) {
    case v1::EVALUATION_PHASE_FINAL: return EvaluationPhase::Final;
    case v1::EVALUATION_PHASE_ROUND: return EvaluationPhase::Round;
    default: return EvaluationPhase::Development;
    }
}

MachineLeaderboard fromProto(const v1::MachineLeaderboard &board)
{
    return {fromProto(board.event_id()), fromProto(board.phase()), resultsOf(board.runs())};
}

HumanMachineLeaderboard fromProto(const v1::HumanMachineLeaderboard &board)
{
    HumanMachineLeaderboard result{fromProto(board.event_id()), fromProto(board.round_id()), {}, {}};
    for (const v1::HumanMachineStanding &standing : board.standings())
        result.standings.append(standingOf(standing));
    result.machineRuns = resultsOf(board.machine_runs());
    return result;
}

v1::RegisterPluginRequest toProto(const PluginRegistration &plugin)
{
    v1::RegisterPluginRequest request;
    request.set_event_id(toProto(plugin.eventId));
    request.set_label(toProto(plugin.label));
    if (plugin.library) {
        request.set_library_path(toProto(plugin.code));
        request.set_config(toProto(plugin.config));
    } else {
        request.set_program(toProto(plugin.code));
        for (const QString &argument : plugin.arguments)
            request.add_arguments(toProto(argument));
    }
    request.set_vendor_token_id(toProto(plugin.vendorTokenId));
    return request;
}

v1::ConfigureEvaluationRequest toProto(const EvaluationSettings &settings)
{
    v1::ConfigureEvaluationRequest request;
    request.set_event_id(toProto(settings.eventId));
    request.set_image_set_id(toProto(settings.imageSetId));
    request.set_public_fraction(settings.publicFraction);
    request.set_development_submissions(uint32_t(settings.developmentSubmissions));
    request.set_final_submissions(uint32_t(settings.finalSubmissions));
    request.set_seconds_per_scan(settings.secondsPerScan);
    request.set_memory_mb(uint32_t(settings.memoryMb));
    for (const QString &category : settings.categories)
        request.add_categories(toProto(category));
    return request;
}

v1::EvaluationPhase toProto(EvaluationPhase phase)
{
    switch (phase) {
    case EvaluationPhase::Development: return v1::EVALUATION_PHASE_DEVELOPMENT;
    case EvaluationPhase::Final: return v1::EVALUATION_PHASE_FINAL;
    case EvaluationPhase::Round: return v1::EVALUATION_PHASE_ROUND;
    }
    return v1::EVALUATION_PHASE_UNSPECIFIED;
}

v1::RunPluginRequest toProto(const PluginRun &run)
{
    v1::RunPluginRequest request;
    request.set_event_id(toProto(run.eventId));
    request.set_plugin_id(toProto(run.pluginId));
    request.set_phase(toProto(run.phase));
    if (run.phase == EvaluationPhase::Round)
        request.set_round_id(toProto(run.roundId));
    return request;
}

} // namespace pen::gui::HostMessages
