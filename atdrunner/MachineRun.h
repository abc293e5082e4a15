// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "atd/MachineAnswer.h"
#include "atdrunner/PluginLaunch.h"
#include "imageset/ImageSet.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace pen::atd {

/// Who answered, with what makes a score reproducible: the plugin's own description and the
/// SHA-256 of the file its code came from.
struct PluginIdentity {
    QString name;
    QString vendor;
    QString version;
    QStringList categories;
    double operatingThreshold = 0.5;
    bool needsDualEnergy = false;
    int viewsNeeded = 1;
    QString binarySha256;
};

/// A plugin's answers for every scan of a set, in the set's order, under the set's scan ids.
struct MachineRun {
    PluginIdentity plugin;
    QList<MachineAnswer> answers;
    int restarts = 0;
    QStringList warnings; ///< what the run could not enforce on this machine (an incomplete sandbox)
};

/// Called after each scan: (scans done, total, the answer just recorded).
using MachineRunProgress = std::function<void(int, int, const MachineAnswer &)>;

/// Runs a plugin over the scans of the set in setFolder, one at a time under the limits. A scan
/// the plugin fails on (crash, hang, garbage, refusal) is recorded as that plugin's failure and
/// the run goes on; only a plugin that cannot start at all is an error. Plugins see neutral scan
/// ids that change with every run, and never the ground truth.
Expected<MachineRun> runPlugin(const PluginLaunch &launch, const PluginLimits &limits, const QString &setFolder,
                               const QList<ImageSetEntry> &entries, const MachineRunProgress &progress = {},
                               const std::atomic_bool *cancel = nullptr);

} // namespace pen::atd
