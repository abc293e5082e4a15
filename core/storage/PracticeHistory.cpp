// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "storage/PracticeHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace pen {
namespace {

Error sqlError(const QString &path, const QString &what, const QSqlError &error)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2: %3").arg(path, what, error.text()));
}

RoundScore scoreFrom(const QSqlQuery &q)
{
    RoundScore score;
    score.detection
        = {q.value(QStringLiteral("hits")).toInt(), q.value(QStringLiteral("misses")).toInt(),
           q.value(QStringLiteral("false_alarms")).toInt(), q.value(QStringLiteral("correct_rejections")).toInt()};
    score.objectsHit = q.value(QStringLiteral("objects_hit")).toInt();
    score.objectsMissed = q.value(QStringLiteral("objects_missed")).toInt();
    score.falseAlarmMarks = q.value(QStringLiteral("false_alarm_marks")).toInt();
    score.scansAnswered = q.value(QStringLiteral("scans_answered")).toInt();
    score.scansTimedOut = q.value(QStringLiteral("scans_timed_out")).toInt();
    score.points = q.value(QStringLiteral("points")).toDouble();
    score.meanResponseSeconds = q.value(QStringLiteral("mean_response_s")).toDouble();
    score.medianResponseSeconds = q.value(QStringLiteral("median_response_s")).toDouble();
    score.totalSeconds = q.value(QStringLiteral("total_s")).toDouble();
    return score;
}

} // namespace

QString PracticeHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/practice-history.sqlite");
}

Expected<std::unique_ptr<PracticeHistory>> PracticeHistory::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot create the folder").arg(info.absolutePath()));
    const QString connection = QStringLiteral("practice-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<PracticeHistory> history(new PracticeHistory(path, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        return sqlError(path, QStringLiteral("cannot open the practice history"), db.lastError());
    if (auto migrated = history->migrate(); !migrated)
        return migrated.error();
    return history;
}

PracticeHistory::~PracticeHistory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Expected<void> PracticeHistory::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // The first read is where SQLite notices a file that is not a database.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(ErrorCode::Format,
                         QStringLiteral("%1: not a practice history database (%2)").arg(m_path, q.lastError().text()));
    const int version = q.value(0).toInt();
    if (version > SchemaVersion) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1: written by a newer version of PEN-Tournament "
                                        "(schema %2, this one reads up to %3)")
                             .arg(m_path)
                             .arg(version)
                             .arg(SchemaVersion));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (version == SchemaVersion)
        return {};
    if (version == 0) {
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables.next() && tables.value(0).toInt() > 0)
            return makeError(ErrorCode::Format,
                             QStringLiteral("%1: an SQLite file, but not a practice history").arg(m_path));
    }
    // Each schema's script in one transaction with the version that it brings.
    if (version < 1) {
        if (auto created = runScript(QStringLiteral(":/pen/schema/practice-history.sql"), 1,
                                     QStringLiteral("cannot create the tables"));
            !created)
            return created;
    }
    return runScript(QStringLiteral(":/pen/schema/practice-history-2.sql"), 2,
                     QStringLiteral("cannot add the trainee's name to the rounds"));
}

Expected<void> PracticeHistory::runScript(const QString &resource, int version, const QString &purpose)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QFile script(resource);
    if (!script.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("the program lacks its SQL script %1").arg(script.fileName()));
    db.transaction();
    // QSqlQuery runs one statement at a time; the script's statements end with a semicolon.
    for (const QString &statement : QString::fromUtf8(script.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!q.exec(statement)) {
            db.rollback();
            return sqlError(m_path, purpose, q.lastError());
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (!db.commit())
        return sqlError(m_path, purpose, db.lastError());
    return {};
}

Expected<qint64> PracticeHistory::save(const PracticeRecord &record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(m_path, QStringLiteral("cannot save the round"), db.lastError());
    QSqlQuery q(db);
    // Qt binds an empty QString as NULL, which the NOT NULL text columns would refuse.
    q.prepare(QStringLiteral(
        "INSERT INTO practice_round (started_at, set_name, set_path, settings_json, hits, misses, false_alarms, "
        "correct_rejections, objects_hit, objects_missed, false_alarm_marks, scans_answered, scans_timed_out, points, "
        "mean_response_s, median_response_s, total_s, trainee) VALUES "
        "(?,COALESCE(?,''),COALESCE(?,''),?,?,?,?,?,?,?,?,?,?,?,?,?,?,COALESCE(?,''))"));
    const RoundScore &s = record.score;
    for (const QVariant &value :
         {QVariant(record.startedAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(record.setName),
          QVariant(record.setPath),
          QVariant(QString::fromUtf8(QJsonDocument(record.settings.toJson()).toJson(QJsonDocument::Compact))),
          QVariant(s.detection.hits), QVariant(s.detection.misses), QVariant(s.detection.falseAlarms),
          QVariant(s.detection.correctRejections), QVariant(s.objectsHit), QVariant(s.objectsMissed),
          QVariant(s.falseAlarmMarks), QVariant(s.scansAnswered), QVariant(s.scansTimedOut), QVariant(s.points),
          QVariant(s.meanResponseSeconds), QVariant(s.medianResponseSeconds), QVariant(s.totalSeconds),
          QVariant(record.trainee.trimmed())})
        q.addBindValue(value);
    if (!q.exec()) {
        db.rollback();
        return sqlError(m_path, QStringLiteral("cannot save the round"), q.lastError());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("INSERT INTO practice_answer (round_id, position, answer_json) VALUES (?,?,?)"));
    for (qsizetype i = 0; i < record.answers.size(); ++i) {
        a.addBindValue(id);
        a.addBindValue(int(i));
        a.addBindValue(QString::fromUtf8(QJsonDocument(record.answers[i].toJson()).toJson(QJsonDocument::Compact)));
        if (!a.exec()) {
            db.rollback();
            return sqlError(m_path, QStringLiteral("cannot save the answers"), a.lastError());
        }
    }
    QSqlQuery c(db);
    c.prepare(QStringLiteral("INSERT INTO practice_category (round_id, category, objects_hit, objects_missed, hits, "
                             "misses, false_alarms, correct_rejections) VALUES (?,?,?,?,?,?,?,?)"));
    for (const PracticeCategoryScore &category : record.categories) {
        for (const QVariant &value :
             {QVariant(id), QVariant(category.category), QVariant(category.objectsHit),
              QVariant(category.objectsMissed), QVariant(category.detection.hits), QVariant(category.detection.misses),
              QVariant(category.detection.falseAlarms), QVariant(category.detection.correctRejections)})
            c.addBindValue(value);
        if (!c.exec()) {
            db.rollback();
            return sqlError(m_path, QStringLiteral("cannot save the results per category"), c.lastError());
        }
    }
    if (!db.commit())
        return sqlError(m_path, QStringLiteral("cannot save the round"), db.lastError());
    return id;
}

Expected<QList<PracticeRecord>> PracticeHistory::rounds(int limit, const std::optional<QString> &trainee) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString newest = QStringLiteral("SELECT * FROM practice_round%1 ORDER BY id DESC")
                               .arg(trainee ? QStringLiteral(" WHERE trainee = COALESCE(?, '')") : QString())
        + (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
    q.prepare(QStringLiteral("SELECT * FROM (%1) ORDER BY id").arg(newest));
    if (trainee)
        q.addBindValue(trainee->trimmed());
    if (!q.exec())
        return sqlError(m_path, QStringLiteral("cannot read the rounds"), q.lastError());
    QList<PracticeRecord> records;
    while (q.next()) {
        PracticeRecord record;
        record.id = q.value(QStringLiteral("id")).toLongLong();
        record.startedAt = QDateTime::fromString(q.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        record.setName = q.value(QStringLiteral("set_name")).toString();
        record.setPath = q.value(QStringLiteral("set_path")).toString();
        record.trainee = q.value(QStringLiteral("trainee")).toString();
        const auto settings = RoundSettings::fromStoredJson(
            QJsonDocument::fromJson(q.value(QStringLiteral("settings_json")).toByteArray()).object());
        if (!settings) {
            return makeError(ErrorCode::Format,
                             QStringLiteral("%1: round %2: settings_json: %3")
                                 .arg(m_path)
                                 .arg(record.id)
                                 .arg(settings.error().message));
        }
        record.settings = *settings;
        record.score = scoreFrom(q);
        records.append(record);
    }
    for (PracticeRecord &record : records) {
        auto categories = categoriesOf(record.id);
        if (!categories)
            return categories.error();
        record.categories = *categories;
    }
    return records;
}

Expected<QList<PracticeCategoryScore>> PracticeHistory::categoriesOf(qint64 roundId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT * FROM practice_category WHERE round_id = ? ORDER BY category"));
    q.addBindValue(roundId);
    if (!q.exec())
        return sqlError(m_path, QStringLiteral("cannot read the results per category"), q.lastError());
    QList<PracticeCategoryScore> categories;
    while (q.next()) {
        PracticeCategoryScore category;
        category.category = q.value(QStringLiteral("category")).toString();
        category.objectsHit = q.value(QStringLiteral("objects_hit")).toInt();
        category.objectsMissed = q.value(QStringLiteral("objects_missed")).toInt();
        category.detection
            = {q.value(QStringLiteral("hits")).toInt(), q.value(QStringLiteral("misses")).toInt(),
               q.value(QStringLiteral("false_alarms")).toInt(), q.value(QStringLiteral("correct_rejections")).toInt()};
        categories.append(category);
    }
    return categories;
}

Expected<QStringList> PracticeHistory::trainees() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT trainee FROM practice_round WHERE trainee <> '' GROUP BY trainee "
                               "ORDER BY max(id) DESC")))
        return sqlError(m_path, QStringLiteral("cannot read the trainees"), q.lastError());
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Expected<QList<Answer>> PracticeHistory::answers(qint64 roundId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT answer_json FROM practice_answer WHERE round_id = ? ORDER BY position"));
    q.addBindValue(roundId);
    if (!q.exec())
        return sqlError(m_path, QStringLiteral("cannot read the answers"), q.lastError());
    QList<Answer> answers;
    while (q.next())
        answers.append(Answer::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
    return answers;
}

} // namespace pen
