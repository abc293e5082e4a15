// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>
#include <QStringList>

#include "Expected.h"

namespace pen::atd {

/// How to start a plugin's process. A library plugin runs in pentournament-atd-host; a gRPC
/// plugin is any program that serves AtdPlugin and prints "listening on HOST:PORT" once it does.
struct PluginLaunch {
    QString program;
    QStringList arguments;
    QString binary;              ///< the file that names the plugin: its library, its script or its program
    QStringList codeFiles;       ///< every file of its code that the launch names, hashed for the record
    QStringList readableFolders; ///< further folders the plugin reads, e.g. an uploaded plugin's own

    static PluginLaunch forLibrary(const QString &hostProgram, const QString &library, const QString &config = {});
    /// The program and every argument that names an existing file (a script, a model) are its code.
    static PluginLaunch forProgram(const QString &program, const QStringList &arguments);
};

/// The SHA-256 of a plugin's code: of its one file, or of the list "name hash" of its files.
Expected<QString> codeSha256(const PluginLaunch &launch);

/// The same limits for every plugin in a run.
struct PluginLimits {
    double secondsPerScan = 10;           ///< a Detect call's deadline; past it the process is killed and restarted
    double startSeconds = 30;             ///< from start to "listening on" and a description
    qint64 memoryBytes = qint64(4) << 30; ///< address space of the plugin's process
    int cpuSecondsPerProcess = 0;         ///< CPU time of one process before the system stops it; 0: none
    int maxObjects = 1000;                ///< objects in one answer
    int maxAnswerBytes = 4 << 20;         ///< size of one answer
    int maxRestarts = 5;                  ///< after this many crashes or hangs, the remaining scans are not run
};

} // namespace pen::atd
