// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pen::server {

namespace {

constexpr int SchemaVersion = 1;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

Expected<std::unique_ptr<MachineStore>> MachineStore::open(const QString &path)
{
    auto db = SqliteDatabase::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<MachineStore> store(new MachineStore(std::move(*db)));
    SqliteDatabase &sqlite = *store->m_db;
    const int version = sqlite.userVersion();
    if (version == 0) {
        auto tables = sqlite.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables.next() && tables.integer(0) > 0)
            return makeError(ErrorCode::Format, QStringLiteral("%1: a SQLite file of another program").arg(path));
        SqliteTransaction transaction(sqlite);
        if (auto created = sqlite.execResource(QStringLiteral(":/pen/schema/machines.sql")); !created)
            return created.error().withContext(path);
        if (auto versioned = sqlite.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)); !versioned)
            return versioned.error().withContext(path);
        if (auto committed = transaction.commit(); !committed)
            return committed.error().withContext(path);
    } else if (version > SchemaVersion) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1: written by a newer server (schema %2)").arg(path).arg(version));
    }
    return store;
}

Expected<QList<PluginRecord>> MachineStore::plugins()
{
    std::lock_guard lock(m_mutex);
    QList<PluginRecord> plugins;
    auto rows = m_db->prepare(QStringLiteral(
        "SELECT id, event_id, label, launch_json, vendor_token_id, created_ms FROM plugins ORDER BY created_ms, id"));
    while (rows.next()) {
        const QJsonObject launch = parsed(rows.text(3));
        PluginRecord plugin;
        plugin.id = rows.text(0);
        plugin.eventId = rows.text(1);
        plugin.label = rows.text(2);
        plugin.libraryPath = launch.value(QStringLiteral("library")).toString();
        plugin.program = launch.value(QStringLiteral("program")).toString();
        plugin.arguments = strings(launch.value(QStringLiteral("arguments")));
        plugin.config = launch.value(QStringLiteral("config")).toString();
        plugin.vendorTokenId = rows.text(4);
        plugin.createdMs = rows.integer(5);
        plugin.folder = launch.value(QStringLiteral("folder")).toString();
        plugin.version = launch.value(QStringLiteral("version")).toString();
        plugin.uploaderTokenId = launch.value(QStringLiteral("uploader")).toString();
        plugin.sha256 = launch.value(QStringLiteral("sha256")).toString();
        plugins.append(plugin);
    }
    if (!rows.error().isEmpty())
        return makeError(ErrorCode::Io, rows.error());
    return plugins;
}

Expected<QList<EvaluationRecord>> MachineStore::evaluations()
{
    std::lock_guard lock(m_mutex);
    QList<EvaluationRecord> evaluations;
    auto rows = m_db->prepare(QStringLiteral("SELECT event_id, settings_json FROM evaluations"));
    while (rows.next()) {
        const QJsonObject json = parsed(rows.text(1));
        EvaluationRecord evaluation;
        evaluation.eventId = rows.text(0);
        evaluation.imageSetId = json.value(QStringLiteral("imageSetId")).toString();
        evaluation.publicFraction = json.value(QStringLiteral("publicFraction")).toDouble();
        evaluation.developmentSubmissions = json.value(QStringLiteral("developmentSubmissions")).toInt();
        evaluation.finalSubmissions = json.value(QStringLiteral("finalSubmissions")).toInt();
        evaluation.secondsPerScan = json.value(QStringLiteral("secondsPerScan")).toDouble();
        evaluation.memoryMb = json.value(QStringLiteral("memoryMb")).toInt();
        evaluation.categories = strings(json.value(QStringLiteral("categories")));
        evaluations.append(evaluation);
    }
    if (!rows.error().isEmpty())
        return makeError(ErrorCode::Io, rows.error());
    return evaluations;
}

Expected<QList<MachineRunRow>> MachineStore::runs()
{
    std::lock_guard lock(m_mutex);
    QList<MachineRunRow> runs;
    auto rows = m_db->prepare(QStringLiteral("SELECT id, plugin_id, event_id, phase, round_id, started_ms, "
                                             "finished_ms, record_json FROM machine_runs ORDER BY finished_ms, id"));
    while (rows.next())
        runs.append({rows.text(0), rows.text(1), rows.text(2), int(rows.integer(3)), rows.text(4), rows.integer(5),
                     rows.integer(6), parsed(rows.text(7))});
    if (!rows.error().isEmpty())
        return makeError(ErrorCode::Io, rows.error());
    return runs;
}

Expected<void> MachineStore::insertPlugin(const PluginRecord &plugin)
{
    std::lock_guard lock(m_mutex);
    QJsonObject launch{{QStringLiteral("library"), plugin.libraryPath},
                       {QStringLiteral("program"), plugin.program},
                       {QStringLiteral("arguments"), QJsonArray::fromStringList(plugin.arguments)},
                       {QStringLiteral("config"), plugin.config}};
    // An upload's record; plugins registered by path keep the launch alone, as before.
    if (!plugin.folder.isEmpty()) {
        launch.insert(QStringLiteral("folder"), plugin.folder);
        launch.insert(QStringLiteral("version"), plugin.version);
        launch.insert(QStringLiteral("uploader"), plugin.uploaderTokenId);
        launch.insert(QStringLiteral("sha256"), plugin.sha256);
    }
    return m_db->prepare(QStringLiteral("INSERT INTO plugins VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(1, plugin.id)
        .bind(2, plugin.eventId)
        .bind(3, plugin.label)
        .bind(4, compact(launch))
        .bind(5, plugin.vendorTokenId)
        .bind(6, plugin.createdMs)
        .run();
}

Expected<void> MachineStore::saveEvaluation(const EvaluationRecord &evaluation)
{
    std::lock_guard lock(m_mutex);
    const QJsonObject json{{QStringLiteral("imageSetId"), evaluation.imageSetId},
                           {QStringLiteral("publicFraction"), evaluation.publicFraction},
                           {QStringLiteral("developmentSubmissions"), evaluation.developmentSubmissions},
                           {QStringLiteral("finalSubmissions"), evaluation.finalSubmissions},
                           {QStringLiteral("secondsPerScan"), evaluation.secondsPerScan},
                           {QStringLiteral("memoryMb"), evaluation.memoryMb},
                           {QStringLiteral("categories"), QJsonArray::fromStringList(evaluation.categories)}};
    return m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO evaluations VALUES (?, ?)"))
        .bind(1, evaluation.eventId)
        .bind(2, compact(json))
        .run();
}

Expected<void> MachineStore::insertRun(const MachineRunRow &run)
{
    std::lock_guard lock(m_mutex);
    return m_db->prepare(QStringLiteral("INSERT INTO machine_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(1, run.id)
        .bind(2, run.pluginId)
        .bind(3, run.eventId)
        .bind(4, qint64(run.phase))
        .bind(5, run.roundId)
        .bind(6, run.startedMs)
        .bind(7, run.finishedMs)
        .bind(8, compact(run.record))
        .run();
}

} // namespace pen::server
