// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineEvaluation.h"

#include "StateChecks.h"
#include "auth/TokenSecrets.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace pen::server {

using checks::refuse;

namespace {

QString phaseName(MachineEvaluation::Phase phase)
{
    switch (phase) {
    case MachineEvaluation::Phase::Development: return QStringLiteral("development");
    case MachineEvaluation::Phase::Final: return QStringLiteral("final");
    case MachineEvaluation::Phase::Round: return QStringLiteral("round");
    }
    return QStringLiteral("unknown");
}

QString runKey(const QString &pluginId, MachineEvaluation::Phase phase)
{
    return pluginId + QLatin1Char('/') + QString::number(int(phase));
}

} // namespace

MachineEvaluation::MachineEvaluation(TournamentState &state, std::unique_ptr<MachineStore> store, QString atdHost)
    : m_state(state), m_store(std::move(store)), m_atdHost(std::move(atdHost))
{
}

Expected<std::unique_ptr<MachineEvaluation>> MachineEvaluation::open(TournamentState &state, QString atdHost)
{
    auto store = MachineStore::open(QDir(state.dataFolder()).filePath(QStringLiteral("machines.sqlite")));
    if (!store)
        return store.error();
    std::unique_ptr<MachineEvaluation> machines(new MachineEvaluation(state, std::move(*store), std::move(atdHost)));
    auto plugins = machines->m_store->plugins();
    auto evaluations = machines->m_store->evaluations();
    auto runs = machines->m_store->runs();
    if (!plugins)
        return plugins.error();
    if (!evaluations)
        return evaluations.error();
    if (!runs)
        return runs.error();
    machines->m_plugins = *plugins;
    for (const EvaluationRecord &evaluation : *evaluations)
        machines->m_evaluations.insert(evaluation.eventId, evaluation);
    machines->m_runs = *runs;
    for (const MachineRunRow &run : *runs)
        ++machines->m_runsStarted[runKey(run.pluginId, Phase(run.phase))];
    return machines;
}

QSet<QString> MachineEvaluation::publicScans(const QString &eventId, const ImageSet &set, double publicFraction)
{
    QList<std::pair<QByteArray, QString>> ordered; // (hash of event and scan, scan id)
    for (const ImageSetEntry &entry : set.entries) {
        const QString &scanId = entry.scan.id;
        ordered.append(
            {QCryptographicHash::hash((eventId + QLatin1Char('/') + scanId).toUtf8(), QCryptographicHash::Sha256),
             scanId});
    }
    std::sort(ordered.begin(), ordered.end());
    const int count = int(ordered.size());
    const int inPublic = count < 2 ? count : std::clamp(int(std::lround(publicFraction * count)), 1, count - 1);
    QSet<QString> chosen;
    for (int i = 0; i < inPublic; ++i)
        chosen.insert(ordered[i].second);
    return chosen;
}

Expected<void> MachineEvaluation::checkHost(const TokenRecord &caller, const QString &eventId) const
{
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot manage machines").arg(roleName(caller.role)));
    if (auto event = m_state.event(caller, eventId); !event)
        return event.error();
    return {};
}

Expected<void> MachineEvaluation::checkPluginFields(PluginRecord &plugin)
{
    plugin.label = plugin.label.trimmed();
    if (plugin.label.isEmpty() || plugin.label.size() > 100)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("the label must have 1 to 100 characters"));
    if (plugin.libraryPath.isEmpty() == plugin.program.isEmpty())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("give a library or a program, not both or neither"));
    if (plugin.arguments.size() > 50 || plugin.config.size() > 10000)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("at most 50 arguments and 10000 characters of configuration"));
    return {};
}

Expected<PluginRecord> MachineEvaluation::registerPlugin(const TokenRecord &caller, PluginRecord plugin)
{
    if (auto host = checkHost(caller, plugin.eventId); !host)
        return host.error();
    if (auto checked = checkPluginFields(plugin); !checked)
        return checked.error();
    const QString code = plugin.libraryPath.isEmpty() ? plugin.program : plugin.libraryPath;
    if (!QFileInfo(code).isFile())
        return refuse(ErrorCode::NotFound, QStringLiteral("%1: no such file on the server").arg(code.left(300)));
    if (!plugin.vendorTokenId.isEmpty()) {
        auto tokens = m_state.tokens(caller, {});
        if (!tokens)
            return tokens.error();
        if (std::none_of(tokens->begin(), tokens->end(),
                         [&](const TokenRecord &t) { return t.id == plugin.vendorTokenId && t.role == Role::Vendor; }))
            return refuse(ErrorCode::NotFound,
                          QStringLiteral("no vendor token %1").arg(plugin.vendorTokenId.left(100)));
    }
    std::lock_guard lock(m_mutex);
    return addPlugin(caller, plugin, QStringLiteral("register-plugin"));
}

Expected<PluginRecord> MachineEvaluation::addPlugin(const TokenRecord &caller, PluginRecord plugin,
                                                    const QString &auditAction)
{
    if (std::any_of(m_plugins.begin(), m_plugins.end(),
                    [&](const PluginRecord &p) { return p.eventId == plugin.eventId && p.label == plugin.label; }))
        return refuse(ErrorCode::AlreadyExists,
                      QStringLiteral("event %1 has a plugin named %2").arg(plugin.eventId, plugin.label));
    if (plugin.id.isEmpty())
        plugin.id = TokenSecrets::generateId(QStringLiteral("plugin"));
    plugin.createdMs = m_state.nowMs();
    if (auto stored = m_store->insertPlugin(plugin); !stored)
        return stored.error();
    const QString code = plugin.libraryPath.isEmpty() ? plugin.program : plugin.libraryPath;
    if (auto audited = m_state.auditAction(caller, plugin.eventId, auditAction,
                                           QStringLiteral("%1 %2 %3").arg(plugin.id, plugin.label, code));
        !audited)
        return audited.error();
    m_plugins.append(plugin);
    return plugin;
}

atd::PluginLaunch MachineEvaluation::launchOf(const PluginRecord &plugin) const
{
    atd::PluginLaunch launch = plugin.libraryPath.isEmpty()
        ? atd::PluginLaunch::forProgram(plugin.program, plugin.arguments)
        : atd::PluginLaunch::forLibrary(m_atdHost, plugin.libraryPath, plugin.config);
    if (!plugin.folder.isEmpty())
        launch.readableFolders.append(plugin.folder);
    return launch;
}

Expected<QList<PluginRecord>> MachineEvaluation::plugins(const TokenRecord &caller, const QString &eventId) const
{
    if (caller.role != Role::Vendor) {
        if (auto host = checkHost(caller, eventId); !host)
            return host.error();
    }
    std::lock_guard lock(m_mutex);
    QList<PluginRecord> list;
    for (const PluginRecord &plugin : m_plugins) {
        if (plugin.eventId == eventId && (caller.role != Role::Vendor || plugin.vendorTokenId == caller.id))
            list.append(plugin);
    }
    return list;
}

Expected<EvaluationRecord> MachineEvaluation::configure(const TokenRecord &caller, const EvaluationRecord &evaluation)
{
    if (auto host = checkHost(caller, evaluation.eventId); !host)
        return host.error();
    const std::optional<ImageSet> set = m_state.imageSet(evaluation.imageSetId);
    if (!set)
        return refuse(ErrorCode::NotFound, QStringLiteral("no image set %1").arg(evaluation.imageSetId.left(100)));
    if (!set->groundTruthIncluded)
        return refuse(ErrorCode::Validation,
                      QStringLiteral("image set %1 has no ground truth to score with").arg(evaluation.imageSetId));
    if (!std::isfinite(evaluation.publicFraction) || evaluation.publicFraction <= 0 || evaluation.publicFraction >= 1)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("the public fraction must lie between 0 and 1"));
    if (evaluation.developmentSubmissions < 0 || evaluation.developmentSubmissions > 1000
        || evaluation.finalSubmissions < 1 || evaluation.finalSubmissions > 100)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("submissions: 0 to 1000 in development, 1 to 100 in the final"));
    if (!std::isfinite(evaluation.secondsPerScan) || evaluation.secondsPerScan <= 0 || evaluation.secondsPerScan > 3600)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("seconds per scan: more than 0 and at most 3600"));
    if (evaluation.memoryMb < 256 || evaluation.memoryMb > 1024 * 1024)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("memory: 256 to 1048576 MB"));
    const ThreatCategories known = set->categories();
    for (const QString &category : evaluation.categories) {
        if (!known.contains(category))
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("unknown category %1").arg(category.left(100)));
    }
    std::lock_guard lock(m_mutex);
    if (auto stored = m_store->saveEvaluation(evaluation); !stored)
        return stored.error();
    if (auto audited = m_state.auditAction(caller, evaluation.eventId, QStringLiteral("configure-machines"),
                                           QStringLiteral("set %1 public %2 submissions %3/%4")
                                               .arg(evaluation.imageSetId)
                                               .arg(evaluation.publicFraction)
                                               .arg(evaluation.developmentSubmissions)
                                               .arg(evaluation.finalSubmissions));
        !audited)
        return audited.error();
    m_evaluations.insert(evaluation.eventId, evaluation);
    return evaluation;
}

Expected<EvaluationRecord> MachineEvaluation::evaluation(const TokenRecord &caller, const QString &eventId) const
{
    if (caller.role == Role::Vendor) {
        std::lock_guard lock(m_mutex);
        if (std::none_of(m_plugins.begin(), m_plugins.end(),
                         [&](const PluginRecord &p) { return p.eventId == eventId && p.vendorTokenId == caller.id; }))
            return refuse(ErrorCode::PermissionDenied,
                          QStringLiteral("this vendor has no plugin in event %1").arg(eventId.left(100)));
    } else if (auto host = checkHost(caller, eventId); !host) {
        return host.error();
    }
    std::lock_guard lock(m_mutex);
    const auto found = m_evaluations.constFind(eventId);
    if (found == m_evaluations.cend())
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("event %1 has no machine evaluation set up").arg(eventId.left(100)));
    return *found;
}

Expected<PluginRecord> MachineEvaluation::pluginFor(const TokenRecord &caller, const QString &eventId,
                                                    const QString &pluginId) const
{
    std::lock_guard lock(m_mutex);
    for (const PluginRecord &plugin : m_plugins) {
        if (plugin.id != pluginId || plugin.eventId != eventId)
            continue;
        if (caller.role == Role::Vendor && plugin.vendorTokenId != caller.id)
            return refuse(ErrorCode::PermissionDenied, QStringLiteral("plugin %1 is not this vendor's").arg(pluginId));
        return plugin;
    }
    return refuse(ErrorCode::NotFound,
                  QStringLiteral("event %1 has no plugin %2").arg(eventId.left(100), pluginId.left(100)));
}

int MachineEvaluation::submissionsOf(const QString &pluginId, Phase phase) const
{
    std::lock_guard lock(m_mutex);
    return submissions(pluginId, phase);
}

int MachineEvaluation::submissions(const QString &pluginId, Phase phase) const
{
    return m_runsStarted.value(runKey(pluginId, phase));
}

Expected<void> MachineEvaluation::planRoundScans(const TokenRecord &caller, const QString &eventId,
                                                 const QString &roundId, RunPlan &plan) const
{
    auto event = m_state.event(caller, eventId);
    if (!event)
        return event.error();
    const auto round = std::find_if(event->event.rounds.begin(), event->event.rounds.end(),
                                    [&](const RoundPlan &r) { return r.id == roundId; });
    if (round == event->event.rounds.end())
        return refuse(ErrorCode::NotFound, QStringLiteral("event %1 has no round %2").arg(eventId, roundId.left(100)));
    plan.roundId = roundId;
    plan.imageSetId = round->imageSetId;
    const std::optional<ImageSet> set = m_state.imageSet(round->imageSetId);
    if (!set)
        return refuse(ErrorCode::NotFound, QStringLiteral("round %1's image set is gone").arg(roundId));
    plan.set = *set;
    plan.set.entries.clear();
    for (const QString &scanId : round->scanIds) {
        if (const ImageSetEntry *entry = set->find(scanId))
            plan.set.entries.append(*entry);
    }
    plan.categories = round->settings.targetCategories;
    plan.limits.secondsPerScan = round->settings.secondsPerScan > 0 ? round->settings.secondsPerScan : 60;
    return {};
}

Expected<MachineEvaluation::RunPlan> MachineEvaluation::planRun(const TokenRecord &caller, const QString &eventId,
                                                                const QString &pluginId, Phase phase,
                                                                const QString &roundId)
{
    if (caller.role == Role::Vendor) {
        if (phase != Phase::Development)
            return refuse(ErrorCode::PermissionDenied,
                          QStringLiteral("vendors run their plugin in the development phase only"));
    } else if (auto host = checkHost(caller, eventId); !host) {
        return host.error();
    }
    auto plugin = pluginFor(caller, eventId, pluginId);
    if (!plugin)
        return plugin.error();
    RunPlan plan;
    plan.plugin = *plugin;
    plan.phase = phase;
    if (phase == Phase::Round) {
        if (auto scans = planRoundScans(caller, eventId, roundId, plan); !scans)
            return scans.error();
    } else {
        auto evaluation = this->evaluation(caller, eventId);
        if (!evaluation)
            return evaluation.error();
        const std::optional<ImageSet> set = m_state.imageSet(evaluation->imageSetId);
        if (!set)
            return refuse(ErrorCode::NotFound,
                          QStringLiteral("the evaluation's image set %1 is gone").arg(evaluation->imageSetId));
        plan.imageSetId = evaluation->imageSetId;
        plan.set = *set;
        plan.set.entries.clear();
        const bool publicSplit = phase == Phase::Development;
        const QSet<QString> inPublic = publicScans(eventId, *set, evaluation->publicFraction);
        for (const ImageSetEntry &entry : set->entries) {
            if (inPublic.contains(entry.scan.id) == publicSplit)
                plan.set.entries.append(entry);
        }
        plan.categories = evaluation->categories;
        plan.limits.secondsPerScan = evaluation->secondsPerScan;
        plan.limits.memoryBytes = qint64(evaluation->memoryMb) << 20;
        const int allowed
            = phase == Phase::Development ? evaluation->developmentSubmissions : evaluation->finalSubmissions;
        std::lock_guard lock(m_mutex);
        if (submissions(pluginId, phase) >= allowed)
            return refuse(ErrorCode::Conflict,
                          QStringLiteral("plugin %1 has used its %2 %3 submissions")
                              .arg(plugin->label)
                              .arg(allowed)
                              .arg(phaseName(phase)));
    }
    const std::optional<ImageSetRecord> record = m_state.imageSetRecord(plan.imageSetId);
    if (!record)
        return refuse(ErrorCode::NotFound, QStringLiteral("image set %1 is gone").arg(plan.imageSetId));
    plan.imageSetFolder = record->folder;
    if (plan.set.entries.isEmpty())
        return refuse(ErrorCode::Validation, QStringLiteral("the %1 phase has no scans to run").arg(phaseName(phase)));
    std::lock_guard lock(m_mutex);
    ++m_runsStarted[runKey(pluginId, phase)];
    if (caller.role == Role::Host) {
        if (auto audited = m_state.auditAction(caller, eventId, QStringLiteral("run-plugin"),
                                               QStringLiteral("%1 %2 %3").arg(pluginId, phaseName(phase), roundId));
            !audited) {
            --m_runsStarted[runKey(pluginId, phase)];
            return audited.error();
        }
    }
    return plan;
}

Expected<MachineRunRow> MachineEvaluation::run(const RunPlan &plan, const atd::MachineRunProgress &progress,
                                               const std::atomic_bool *cancel)
{
    const atd::PluginLaunch launch = launchOf(plan.plugin);
    MachineRunRow row;
    row.id = TokenSecrets::generateId(QStringLiteral("run"));
    row.pluginId = plan.plugin.id;
    row.eventId = plan.plugin.eventId;
    row.phase = int(plan.phase);
    row.roundId = plan.roundId;
    row.startedMs = m_state.nowMs();
    auto run = atd::runPlugin(launch, plan.limits, plan.imageSetFolder, plan.set.entries, progress, cancel);
    if (!run) {
        std::lock_guard lock(m_mutex);
        --m_runsStarted[runKey(plan.plugin.id, plan.phase)]; // a plugin that never ran used no submission
        return run.error();
    }
    atd::MachineRunRecord record = atd::scoreRun(std::move(*run), plan.set, plan.categories);
    record.launch = launch;
    record.limits = plan.limits;
    const std::optional<ImageSetRecord> setRecord = m_state.imageSetRecord(plan.imageSetId);
    record.imageSetSha256 = setRecord ? setRecord->manifestSha256 : QString();
    row.finishedMs = m_state.nowMs();
    record.startedAt = QDateTime::fromMSecsSinceEpoch(row.startedMs, Qt::UTC);
    record.finishedAt = QDateTime::fromMSecsSinceEpoch(row.finishedMs, Qt::UTC);
    row.record = record.toJson();
    row.record.insert(QStringLiteral("label"), plan.plugin.label);
    row.record.insert(QStringLiteral("imageSetId"), plan.imageSetId);
    std::lock_guard lock(m_mutex);
    if (auto stored = m_store->insertRun(row); !stored) {
        --m_runsStarted[runKey(plan.plugin.id, plan.phase)];
        return stored.error();
    }
    m_runs.append(row);
    return row;
}

} // namespace pen::server
