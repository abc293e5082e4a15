// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "tournament/Leaderboard.h"

#include <QString>

#include <functional>

namespace pen::server {

struct DemoOptions {
    QString imageSetsFolder; ///< the bundled demo sets (find-the-cocaine, declaration-check, find-the-most-cigarettes)
    int scansPerRound = 6;
    int secondsPerScan = 8;
    int breakSeconds = 3;
    double lookSeconds = 2.5;                   ///< the trained officer's mean; others are faster or slower
    std::function<void(const QString &)> print; ///< a line for the terminal
};

struct DemoResult {
    QList<Standing> standings;
    QByteArray csv;
    int answersAccepted = 0;
    int answersRefused = 0;
};

/// A whole small event on a real server over loopback: the host uploads the bundled sets, plans
/// one round of each type, adds simulated officers of several skill levels and a team of two,
/// issues their tokens and starts; the officers play through gRPC; the leaderboard is printed at
/// each round's end and at the end. The main job where there is no display.
Expected<DemoResult> runDemoTournament(const DemoOptions &options);

/// The leaderboard as a text table.
QString formatStandings(const QList<Standing> &standings);

} // namespace pen::server
