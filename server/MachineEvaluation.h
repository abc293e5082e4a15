// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentState.h"
#include "atdrunner/MachineRunRecord.h"
#include "atdrunner/PluginLaunch.h"
#include "store/MachineStore.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <mutex>

namespace pen::server {

/// Machines in events, without a word of gRPC: plugins registered by hosts, the evaluation's
/// image set with its public and private split, submissions counted per phase, runs in separate
/// processes under the same limits, stored with what makes them reproducible, and leaderboards
/// of machines alone and of a round's officers and machines together. Vendors run their own
/// plugin on the public split and see only that. Thread-safe; runs take no lock while they run.
class MachineEvaluation {
public:
    enum class Phase { Development = 1, Final = 2, Round = 3 };

    /// Opens machines.sqlite in the state's data folder; atdHost is pentournament-atd-host.
    static Expected<std::unique_ptr<MachineEvaluation>> open(TournamentState &state, QString atdHost);

    Expected<PluginRecord> registerPlugin(const TokenRecord &caller, PluginRecord plugin);
    /// Whether the caller may upload a plugin to the event: a host of it, or a vendor whose token
    /// was issued for it or who has a plugin in it already.
    Expected<void> checkUpload(const TokenRecord &caller, const QString &eventId) const;
    /// Adopts a complete upload (MachineUploads.cpp): plugin names its library or program and the
    /// arguments relative to stagingFolder. The folder is hashed, moved under plugins/ in the data
    /// folder and registered as registerPlugin would; a vendor's upload is bound to the vendor.
    Expected<PluginRecord> addUploadedPlugin(const TokenRecord &caller, PluginRecord plugin,
                                             const QString &stagingFolder);
    /// How a plugin is started: its library in the plugin host, or its program.
    atd::PluginLaunch launchOf(const PluginRecord &plugin) const;
    Expected<QList<PluginRecord>> plugins(const TokenRecord &caller, const QString &eventId) const;
    Expected<EvaluationRecord> configure(const TokenRecord &caller, const EvaluationRecord &evaluation);
    Expected<EvaluationRecord> evaluation(const TokenRecord &caller, const QString &eventId) const;

    /// Runs of a plugin counted in a phase: finished ones and those under way.
    int submissionsOf(const QString &pluginId, Phase phase) const;

    /// The ids of the scans of an event's evaluation set in the public (development) split: the
    /// set's scans ordered by a hash of event and scan, the first publicFraction of them, rounded,
    /// at least one and, with two scans or more, never all. So the split is fixed, exact in size,
    /// leaves neither phase empty by chance, and says nothing of content.
    static QSet<QString> publicScans(const QString &eventId, const ImageSet &set, double publicFraction);

    /// A run that was allowed and counted, ready to go.
    struct RunPlan {
        PluginRecord plugin;
        Phase phase = Phase::Development;
        QString roundId;
        QString imageSetId;
        QString imageSetFolder;
        ImageSet set; ///< with truth; entries are the scans to run, in order
        QStringList categories;
        atd::PluginLimits limits;
    };
    /// Checks the caller's right and the phase's submission limit, and counts the submission.
    Expected<RunPlan> planRun(const TokenRecord &caller, const QString &eventId, const QString &pluginId, Phase phase,
                              const QString &roundId);
    /// Runs the plan (slow), scores and stores it. A plugin that cannot start is an error and its
    /// submission is given back; one that fails on scans is scored with those failures.
    Expected<MachineRunRow> run(const RunPlan &plan, const atd::MachineRunProgress &progress,
                                const std::atomic_bool *cancel);

    /// Every stored run of the event, in the order they finished (hosts).
    Expected<QList<MachineRunRow>> runs(const TokenRecord &caller, const QString &eventId) const;

    /// Each plugin's best stored run of the phase, ranked (vendors: development, their own and others').
    Expected<QList<MachineRunRow>> leaderboard(const TokenRecord &caller, const QString &eventId, Phase phase) const;

    struct HumanMachineStanding {
        Standing standing;
        bool machine = false;
        QString pluginId;
    };
    struct HumanMachine {
        QList<HumanMachineStanding> standings;
        QList<MachineRunRow> machineRuns; ///< each plugin's last run on the round
    };
    /// A round's officers and the machines run on it: the same scans, the same formula, the
    /// machine's measured time as its response time.
    Expected<HumanMachine> humanMachine(const TokenRecord &caller, const QString &eventId,
                                        const QString &roundId) const;

    /// The metrics of a run's record, as stored.
    static MachineMetrics metricsOf(const MachineRunRow &run);
    /// The answers of a run's record, as stored.
    static QList<MachineAnswer> answersOf(const MachineRunRow &run);

private:
    MachineEvaluation(TournamentState &state, std::unique_ptr<MachineStore> store, QString atdHost);
    Expected<void> checkHost(const TokenRecord &caller, const QString &eventId) const;
    /// What registerPlugin and addUploadedPlugin both check: label, form, sizes.
    static Expected<void> checkPluginFields(PluginRecord &plugin);
    /// Stores and lists a checked plugin under a new id (m_mutex held); auditAction names the call.
    Expected<PluginRecord> addPlugin(const TokenRecord &caller, PluginRecord plugin, const QString &auditAction);
    Expected<PluginRecord> pluginFor(const TokenRecord &caller, const QString &eventId, const QString &pluginId) const;
    int submissions(const QString &pluginId, Phase phase) const;
    /// A round's phase: the round's own scans, categories and clock.
    Expected<void> planRoundScans(const TokenRecord &caller, const QString &eventId, const QString &roundId,
                                  RunPlan &plan) const;

    TournamentState &m_state;
    std::unique_ptr<MachineStore> m_store;
    QString m_atdHost;
    mutable std::mutex m_mutex;
    QList<PluginRecord> m_plugins;
    QHash<QString, EvaluationRecord> m_evaluations;
    QList<MachineRunRow> m_runs;
    QHash<QString, int> m_runsStarted; ///< "plugin/phase" → runs counted, finished or under way
};

} // namespace pen::server
