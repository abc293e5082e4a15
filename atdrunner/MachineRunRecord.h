// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/MachineMetrics.h"
#include "atdrunner/MachineRun.h"

#include <QDateTime>
#include <QJsonObject>

namespace pen::atd {

/// A scored run with everything that makes it reproducible: the plugin (version, hash of its code,
/// how it was started), the image set (name and the hash of its manifest, which names every
/// file's hash), the limits and categories it ran under, its answers and its metrics.
struct MachineRunRecord {
    MachineRun run;
    PluginLaunch launch;
    PluginLimits limits;
    QString imageSetName;
    QString imageSetSha256;
    QStringList categories;
    QDateTime startedAt;
    QDateTime finishedAt;
    MachineMetrics metrics;

    QJsonObject toJson() const;
};

/// Scores a run against the truth at the plugin's declared threshold.
MachineRunRecord scoreRun(MachineRun run, const ImageSet &set, const QStringList &categories);

/// The machines' leaderboard order: mean AP at IoU 0.5 (undefined last), then Pd − Pfa, then the
/// fewer failures, then the faster median answer.
bool ranksBefore(const MachineMetrics &a, const MachineMetrics &b);
/// Orders runs by ranksBefore; equal ones keep their order.
QList<MachineRunRecord> rankRuns(QList<MachineRunRecord> records);

} // namespace pen::atd
