// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineService.h"

#include "CallEnds.h"
#include "Conversions.h"
#include "ExportStreams.h"
#include "PluginUploadReactor.h"
#include "ProgressStream.h"
#include "ThreatReportExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>

namespace pen::server {

namespace {

v1::EvaluationSettings settingsOf(const EvaluationRecord &evaluation, const TournamentState &state)
{
    v1::EvaluationSettings settings;
    settings.set_event_id(toProto(evaluation.eventId));
    settings.set_image_set_id(toProto(evaluation.imageSetId));
    if (const auto record = state.imageSetRecord(evaluation.imageSetId))
        settings.set_image_set_sha256(toProto(record->manifestSha256));
    settings.set_public_fraction(evaluation.publicFraction);
    settings.set_development_submissions(uint32_t(evaluation.developmentSubmissions));
    settings.set_final_submissions(uint32_t(evaluation.finalSubmissions));
    settings.set_seconds_per_scan(evaluation.secondsPerScan);
    settings.set_memory_mb(uint32_t(evaluation.memoryMb));
    for (const QString &category : evaluation.categories)
        settings.add_categories(toProto(category));
    if (const auto set = state.imageSet(evaluation.imageSetId)) {
        const int inPublic
            = int(MachineEvaluation::publicScans(evaluation.eventId, *set, evaluation.publicFraction).size());
        settings.set_public_scans(uint32_t(inPublic));
        settings.set_private_scans(uint32_t(set->entries.size() - inPublic));
    }
    return settings;
}

void addPoint(google::protobuf::RepeatedPtrField<v1::CurvePoint> *curve, double x, double y, double threshold)
{
    v1::CurvePoint *point = curve->Add();
    point->set_x(x);
    point->set_y(y);
    point->set_threshold(threshold);
}

v1::EvaluationPhase toProto(MachineEvaluation::Phase phase)
{
    return v1::EvaluationPhase(int(phase));
}

std::optional<MachineEvaluation::Phase> phaseOf(v1::EvaluationPhase phase)
{
    switch (phase) {
    case v1::EVALUATION_PHASE_DEVELOPMENT: return MachineEvaluation::Phase::Development;
    case v1::EVALUATION_PHASE_FINAL: return MachineEvaluation::Phase::Final;
    case v1::EVALUATION_PHASE_ROUND: return MachineEvaluation::Phase::Round;
    default: return std::nullopt;
    }
}

grpc::Status unknownPhase()
{
    return {grpc::StatusCode::INVALID_ARGUMENT, "phase: development, final or round"};
}

/// One RunPlugin call: the run on a thread of its own, with the scans done as progress and the
/// scored run last. A cancelled call stops the run at the next scan and stores nothing.
class RunPluginReactor final : public ProgressStream<v1::RunPluginProgress> {
public:
    RunPluginReactor(MachineEvaluation &machines, MachineEvaluation::RunPlan plan)
        : m_machines(machines), m_plan(std::move(plan))
    {
        startWork();
    }

private:
    void run() override
    {
        auto row = m_machines.run(
            m_plan,
            [this](int done, int total, const MachineAnswer &) {
                v1::RunPluginProgress progress;
                progress.set_scans_done(uint32_t(done));
                progress.set_scan_count(uint32_t(total));
                send(std::move(progress));
            },
            cancelFlag());
        if (!row) {
            finishWith(cancelled()
                           ? grpc::Status(grpc::StatusCode::CANCELLED, "the call was cancelled; the run was not stored")
                           : statusOf(row.error()));
            return;
        }
        v1::RunPluginProgress last;
        last.set_scans_done(uint32_t(m_plan.set.entries.size()));
        last.set_scan_count(uint32_t(m_plan.set.entries.size()));
        *last.mutable_run() = toProto(*row, true);
        send(std::move(last));
        finishWith(grpc::Status::OK);
    }

    MachineEvaluation &m_machines;
    MachineEvaluation::RunPlan m_plan;
};

} // namespace

v1::MachineRunSummary toProto(const MachineRunRow &run, bool withFailures)
{
    v1::MachineRunSummary summary;
    const QJsonObject &record = run.record;
    const QJsonObject plugin = record.value(QStringLiteral("plugin")).toObject();
    summary.set_run_id(toProto(run.id));
    summary.set_plugin_id(toProto(run.pluginId));
    summary.set_label(toProto(record.value(QStringLiteral("label")).toString()));
    summary.set_plugin_name(toProto(plugin.value(QStringLiteral("name")).toString()));
    summary.set_plugin_vendor(toProto(plugin.value(QStringLiteral("vendor")).toString()));
    summary.set_plugin_version(toProto(plugin.value(QStringLiteral("version")).toString()));
    summary.set_code_sha256(toProto(plugin.value(QStringLiteral("codeSha256")).toString()));
    summary.set_image_set_id(toProto(record.value(QStringLiteral("imageSetId")).toString()));
    summary.set_image_set_sha256(toProto(
        record.value(QStringLiteral("imageSet")).toObject().value(QStringLiteral("manifestSha256")).toString()));
    summary.set_phase(toProto(MachineEvaluation::Phase(run.phase)));
    summary.set_round_id(toProto(run.roundId));
    summary.set_settings_json(QJsonDocument(record.value(QStringLiteral("settings")).toObject())
                                  .toJson(QJsonDocument::Compact)
                                  .toStdString());
    summary.set_started_ms(run.startedMs);
    summary.set_finished_ms(run.finishedMs);

    const MachineMetrics metrics = MachineEvaluation::metricsOf(run);
    v1::MachineMetrics *out = summary.mutable_metrics();
    for (const CategoryMetrics &category : metrics.categories) {
        v1::CategoryMetrics *c = out->add_categories();
        c->set_category(toProto(category.category));
        if (category.ap50)
            c->set_ap50(*category.ap50);
        if (category.apCoco)
            c->set_ap_coco(*category.apCoco);
        c->set_truth_objects(uint32_t(category.truthObjects));
        c->set_detections(uint32_t(category.detections));
    }
    if (metrics.meanAp50)
        out->set_mean_ap50(*metrics.meanAp50);
    if (metrics.meanApCoco)
        out->set_mean_ap_coco(*metrics.meanApCoco);
    out->set_threshold(metrics.threshold);
    out->set_pd(metrics.pd);
    out->set_pfa(metrics.pfa);
    for (const RocPoint &point : metrics.roc.points)
        addPoint(out->mutable_roc(), point.pfa, point.pd, point.threshold.value_or(-1));
    out->set_roc_area(metrics.roc.area().value_or(0));
    for (const FrocPoint &point : metrics.froc.points)
        addPoint(out->mutable_froc(), point.falsePositivesPerImage, point.sensitivity, point.threshold);
    out->set_latency_p50(metrics.latencyP50);
    out->set_latency_p95(metrics.latencyP95);
    out->set_images_per_hour(metrics.imagesPerHour);
    out->set_scans(uint32_t(metrics.scans));
    out->set_failures(uint32_t(metrics.failures));
    if (withFailures) {
        for (const QJsonValue &value : record.value(QStringLiteral("answers")).toArray()) {
            const QJsonObject answer = value.toObject();
            if (answer.contains(QStringLiteral("failure")))
                summary.add_failures(toProto(answer.value(QStringLiteral("scanId")).toString() + QStringLiteral(": ")
                                             + answer.value(QStringLiteral("failure")).toString()));
        }
    }
    return summary;
}

v1::PluginSummary summaryOf(const PluginRecord &plugin, const MachineEvaluation &machines)
{
    v1::PluginSummary summary;
    summary.set_plugin_id(toProto(plugin.id));
    summary.set_event_id(toProto(plugin.eventId));
    summary.set_label(toProto(plugin.label));
    summary.set_vendor_token_id(toProto(plugin.vendorTokenId));
    summary.set_code(toProto(plugin.libraryPath.isEmpty() ? plugin.program : plugin.libraryPath));
    summary.set_development_runs(uint32_t(machines.submissionsOf(plugin.id, MachineEvaluation::Phase::Development)));
    summary.set_final_runs(uint32_t(machines.submissionsOf(plugin.id, MachineEvaluation::Phase::Final)));
    summary.set_version(toProto(plugin.version));
    summary.set_sha256(toProto(plugin.sha256));
    return summary;
}

grpc::ServerUnaryReactor *MachineService::RegisterPlugin(grpc::CallbackServerContext *context,
                                                         const v1::RegisterPluginRequest *request,
                                                         v1::PluginSummary *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    PluginRecord plugin;
    plugin.eventId = fromProto(request->event_id());
    plugin.label = fromProto(request->label());
    plugin.libraryPath = fromProto(request->library_path());
    plugin.program = fromProto(request->program());
    for (const std::string &argument : request->arguments())
        plugin.arguments.append(fromProto(argument));
    plugin.config = fromProto(request->config());
    plugin.vendorTokenId = fromProto(request->vendor_token_id());
    auto registered = m_machines.registerPlugin(*caller, plugin);
    if (!registered)
        return finish(context, statusOf(registered.error()));
    *reply = summaryOf(*registered, m_machines);
    return finish(context, grpc::Status::OK);
}

grpc::ServerReadReactor<v1::PluginUpload> *MachineService::UploadPlugin(grpc::CallbackServerContext *context,
                                                                        v1::PluginSummary *reply)
{
    using Refused = RefusedUpload<v1::PluginUpload>;
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new Refused(statusOf(caller.error()));
    if (caller->role != Role::Host && caller->role != Role::Vendor)
        return new Refused(
            statusOf(makeError(ErrorCode::PermissionDenied,
                               QStringLiteral("a %1 token cannot upload plugins").arg(roleName(caller->role)))));
    return new PluginUploadReactor(m_machines, QDir(m_state.dataFolder()).filePath(QStringLiteral("staging")),
                                   m_uploadLimits, *caller, reply);
}

grpc::ServerUnaryReactor *MachineService::ListPlugins(grpc::CallbackServerContext *context,
                                                      const v1::ListPluginsRequest *request,
                                                      v1::ListPluginsReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto plugins = m_machines.plugins(*caller, fromProto(request->event_id()));
    if (!plugins)
        return finish(context, statusOf(plugins.error()));
    for (const PluginRecord &plugin : *plugins)
        *reply->add_plugins() = summaryOf(plugin, m_machines);
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *MachineService::ConfigureEvaluation(grpc::CallbackServerContext *context,
                                                              const v1::ConfigureEvaluationRequest *request,
                                                              v1::EvaluationSettings *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    EvaluationRecord evaluation;
    evaluation.eventId = fromProto(request->event_id());
    evaluation.imageSetId = fromProto(request->image_set_id());
    evaluation.publicFraction = request->public_fraction();
    evaluation.developmentSubmissions = int(std::min<uint32_t>(request->development_submissions(), 100000));
    evaluation.finalSubmissions = int(std::min<uint32_t>(request->final_submissions(), 100000));
    evaluation.secondsPerScan = request->seconds_per_scan();
    evaluation.memoryMb = int(std::min<uint32_t>(request->memory_mb(), 1u << 30));
    if (request->categories_size() > 100)
        return finish(context, {grpc::StatusCode::INVALID_ARGUMENT, "at most 100 categories"});
    for (const std::string &category : request->categories())
        evaluation.categories.append(fromProto(category));
    auto configured = m_machines.configure(*caller, evaluation);
    if (!configured)
        return finish(context, statusOf(configured.error()));
    *reply = settingsOf(*configured, m_state);
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *MachineService::GetEvaluation(grpc::CallbackServerContext *context,
                                                        const v1::GetEvaluationRequest *request,
                                                        v1::EvaluationSettings *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto evaluation = m_machines.evaluation(*caller, fromProto(request->event_id()));
    if (!evaluation)
        return finish(context, statusOf(evaluation.error()));
    *reply = settingsOf(*evaluation, m_state);
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::RunPluginProgress> *MachineService::RunPlugin(grpc::CallbackServerContext *context,
                                                                           const v1::RunPluginRequest *request)
{
    using Refused = RefusedStream<v1::RunPluginProgress>;
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new Refused(statusOf(caller.error()));
    const auto phase = phaseOf(request->phase());
    if (!phase)
        return new Refused(unknownPhase());
    auto plan = m_machines.planRun(*caller, fromProto(request->event_id()), fromProto(request->plugin_id()), *phase,
                                   fromProto(request->round_id()));
    if (!plan)
        return new Refused(statusOf(plan.error()));
    return new RunPluginReactor(m_machines, std::move(*plan));
}

grpc::ServerUnaryReactor *MachineService::GetMachineLeaderboard(grpc::CallbackServerContext *context,
                                                                const v1::MachineLeaderboardRequest *request,
                                                                v1::MachineLeaderboard *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    const auto phase = phaseOf(request->phase());
    if (!phase || *phase == MachineEvaluation::Phase::Round)
        return finish(context, {grpc::StatusCode::INVALID_ARGUMENT, "phase: development or final"});
    auto runs = m_machines.leaderboard(*caller, fromProto(request->event_id()), *phase);
    if (!runs)
        return finish(context, statusOf(runs.error()));
    reply->set_event_id(request->event_id());
    reply->set_phase(request->phase());
    uint32_t rank = 0;
    for (const MachineRunRow &run : *runs) {
        v1::MachineRunSummary summary = toProto(run, caller->role == Role::Host);
        summary.set_rank(++rank);
        *reply->add_runs() = std::move(summary);
    }
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *MachineService::GetHumanMachineLeaderboard(grpc::CallbackServerContext *context,
                                                                     const v1::HumanMachineLeaderboardRequest *request,
                                                                     v1::HumanMachineLeaderboard *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto board = m_machines.humanMachine(*caller, fromProto(request->event_id()), fromProto(request->round_id()));
    if (!board)
        return finish(context, statusOf(board.error()));
    reply->set_event_id(request->event_id());
    reply->set_round_id(request->round_id());
    for (const MachineEvaluation::HumanMachineStanding &entry : board->standings) {
        v1::HumanMachineStanding *standing = reply->add_standings();
        standing->set_rank(uint32_t(entry.standing.rank));
        standing->set_name(toProto(entry.standing.name));
        standing->set_machine(entry.machine);
        *standing->mutable_score() = toProto(entry.standing.score);
        standing->set_plugin_id(toProto(entry.pluginId));
    }
    for (const MachineRunRow &run : board->machineRuns)
        *reply->add_machine_runs() = toProto(run, true);
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::ThreatReportFiles> *
MachineService::ExportThreatReports(grpc::CallbackServerContext *context, const v1::ExportThreatReportsRequest *request)
{
    using Refused = RefusedStream<v1::ThreatReportFiles>;
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new Refused(statusOf(caller.error()));
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return new Refused({grpc::StatusCode::INTERNAL, "no temporary folder for the reports"});
    auto files = exportThreatReports(m_state, m_machines, *caller, fromProto(request->event_id()), folder->path());
    if (!files)
        return new Refused(statusOf(files.error()));
    return new ThreatReportStream(std::move(folder), std::move(*files));
}

} // namespace pen::server
