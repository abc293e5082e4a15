// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/MachineMetrics.h"
#include "atdrunner/MachineRunRecord.h"

#include <QString>
#include <QStringList>

namespace pen::gui {

/// One scored machine run as the app shows it, whether the server sent it (a leaderboard's run,
/// HostMessages::fromProto) or the app ran it (a vendor's trial).
struct MachineResult {
    int rank = 0;   ///< 1 for the best; 0 when unranked
    QString label;  ///< how the leaderboard names the plugin
    QString plugin; ///< the plugin's own name and version
    MachineMetrics metrics;
    QStringList failures; ///< "scan: reason"
    /// The plugin's answer for each scan, and the set they answer, where the app ran it (a trial);
    /// empty for a leaderboard's run.
    QList<MachineAnswer> answers;
    QString setFolder;

    /// A local run; its failures are read from its answers.
    static MachineResult fromRecord(const atd::MachineRunRecord &record, const QString &label);
};

} // namespace pen::gui
