// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "SqliteDatabase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

namespace pen::server {

/// A plugin registered for an event, and how to start it.
struct PluginRecord {
    QString id;
    QString eventId;
    QString label;
    QString libraryPath; ///< a C-interface library, or
    QString program;     ///< a gRPC plugin's program
    QStringList arguments;
    QString config;
    QString vendorTokenId; ///< may run it and see its development results; empty: hosts only
    qint64 createdMs = 0;
    // An uploaded plugin's: its folder under the data folder (empty for one registered by path),
    // the version its uploader gave, who uploaded it and the SHA-256 of its code at upload.
    QString folder;
    QString version;
    QString uploaderTokenId;
    QString sha256;
};

/// How an event's machines are evaluated.
struct EvaluationRecord {
    QString eventId;
    QString imageSetId;
    double publicFraction = 0.3;
    int developmentSubmissions = 5;
    int finalSubmissions = 1;
    double secondsPerScan = 10;
    int memoryMb = 4096;
    QStringList categories;
};

/// A finished run: which phase (1 development, 2 final, 3 a round), and the run's full record as
/// JSON (plugin identity and code hash, image set hash, settings, answers, metrics).
struct MachineRunRow {
    QString id;
    QString pluginId;
    QString eventId;
    int phase = 0;
    QString roundId;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QJsonObject record;
};

/// The machines' SQLite file beside the tournament's (machines.sqlite): plugins, evaluation
/// settings, runs. Every write is one transaction on disk when the call returns.
class MachineStore {
public:
    static Expected<std::unique_ptr<MachineStore>> open(const QString &path);

    Expected<QList<PluginRecord>> plugins();
    Expected<QList<EvaluationRecord>> evaluations();
    Expected<QList<MachineRunRow>> runs();
    Expected<void> insertPlugin(const PluginRecord &plugin);
    Expected<void> saveEvaluation(const EvaluationRecord &evaluation);
    Expected<void> insertRun(const MachineRunRow &run);

private:
    explicit MachineStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}
    std::unique_ptr<SqliteDatabase> m_db;
    std::mutex m_mutex;
};

} // namespace pen::server
