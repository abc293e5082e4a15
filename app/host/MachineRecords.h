// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "machines/MachineResult.h"
#include "scoring/RoundScore.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pen::gui {

/// What the host's console shows of an event's machines (ATD plugins): plain values filled from
/// the server's messages in HostMessages.

/// Where a plugin runs: the public split, the private split, or one round beside the officers.
enum class EvaluationPhase { Development, Final, Round };

/// A plugin to register for an event.
struct PluginRegistration {
    QString eventId;
    QString label;
    bool library = true;   ///< a C-interface library; else a gRPC program
    QString code;          ///< the library or program on the server
    QString config;        ///< for a library
    QStringList arguments; ///< for a program
    QString vendorTokenId; ///< may be empty: only hosts run it
};

/// A registered plugin and the runs it used per phase.
struct RegisteredPlugin {
    QString id;
    QString eventId;
    QString label;
    QString vendorTokenId;
    QString code;
    int developmentRuns = 0;
    int finalRuns = 0;
};

/// How an event's machines are evaluated; the scan counts come from the server.
struct EvaluationSettings {
    QString eventId;
    QString imageSetId;
    QString imageSetSha256;
    double publicFraction = 0.5;
    int developmentSubmissions = 0;
    int finalSubmissions = 0;
    double secondsPerScan = 0;
    int memoryMb = 0;
    QStringList categories;
    int publicScans = 0;
    int privateScans = 0;
};

/// A plugin to run in a phase (on a round: roundId).
struct PluginRun {
    QString eventId;
    QString pluginId;
    EvaluationPhase phase = EvaluationPhase::Development;
    QString roundId;
};

/// The machines' scored runs of one phase, best first.
struct MachineLeaderboard {
    QString eventId;
    EvaluationPhase phase = EvaluationPhase::Development;
    QList<MachineResult> runs;
};

/// An officer or a machine on a round's common leaderboard.
struct HumanMachineStanding {
    int rank = 0;
    QString name;
    bool machine = false;
    RoundScore score;
    QString pluginId; ///< machines
};

/// Officers and machines on one round, scored by the same formula, and the machines' runs.
struct HumanMachineLeaderboard {
    QString eventId;
    QString roundId;
    QList<HumanMachineStanding> standings;
    QList<MachineResult> machineRuns;
};

} // namespace pen::gui
