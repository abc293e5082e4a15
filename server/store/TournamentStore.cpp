// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pen::server {
namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Host: return QStringLiteral("host");
    case Role::Trainer: return QStringLiteral("trainer");
    case Role::Contestant: return QStringLiteral("contestant");
    case Role::Vendor: return QStringLiteral("vendor");
    }
    return QStringLiteral("unknown");
}

Expected<std::unique_ptr<TournamentStore>> TournamentStore::open(const QString &path)
{
    auto db = SqliteDatabase::open(path);
    if (!db)
        return db.error();
    std::unique_ptr<TournamentStore> store(new TournamentStore(std::move(*db)));
    const int version = store->m_db->userVersion();
    if (version == 0) {
        auto tables = store->m_db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables.next() && tables.integer(0) > 0)
            return makeError(
                ErrorCode::Format,
                QStringLiteral("%1: a SQLite file of another program, not a tournament database").arg(path));
        if (auto created = store->createSchema(); !created)
            return created.error().withContext(path);
    } else if (version > SchemaVersion) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1: written by a newer server (schema %2; this one knows %3)")
                             .arg(path)
                             .arg(version)
                             .arg(SchemaVersion));
    } else {
        auto application = store->m_db->prepare(QStringLiteral("SELECT name FROM application"));
        if (!application.next() || application.text(0) != QLatin1String("pentournament-server"))
            return makeError(
                ErrorCode::Format,
                QStringLiteral("%1: a SQLite file of another program, not a tournament database").arg(path));
        if (version < SchemaVersion) {
            if (auto upgraded = store->upgradeSchema(version); !upgraded)
                return upgraded.error().withContext(path);
        }
    }
    return store;
}

Expected<void> TournamentStore::createSchema()
{
    SqliteTransaction transaction(*m_db);
    if (auto created = m_db->execResource(QStringLiteral(":/pen/schema/tournament.sql")); !created)
        return created;
    if (auto versioned = m_db->exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)); !versioned)
        return versioned;
    return transaction.commit();
}

Expected<void> TournamentStore::upgradeSchema(int from)
{
    SqliteTransaction transaction(*m_db);
    if (from < 2) {
        if (auto upgraded = m_db->execResource(QStringLiteral(":/pen/schema/tournament-upgrade-2.sql")); !upgraded)
            return upgraded;
    }
    if (from < 3) {
        if (auto upgraded = m_db->execResource(QStringLiteral(":/pen/schema/tournament-upgrade-3.sql")); !upgraded)
            return upgraded;
    }
    if (auto versioned = m_db->exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)); !versioned)
        return versioned;
    return transaction.commit();
}

Expected<void> TournamentStore::write(SqliteDatabase::Statement statement)
{
    return statement.run();
}

// Events with their rounds and clock commands.
Expected<void> TournamentStore::loadEvents(Contents &contents)
{
    QMap<QString, int> eventIndex;
    auto events = m_db->prepare(QStringLiteral(
        "SELECT id, title, practice, reveal_truth, owner_token, created_ms FROM events ORDER BY created_ms, id"));
    while (events.next()) {
        EventRecord event{events.text(0),
                          events.text(1),
                          events.integer(2) != 0,
                          events.integer(3) != 0,
                          events.text(4),
                          events.integer(5),
                          {},
                          {}};
        eventIndex.insert(event.id, int(contents.events.size()));
        contents.events.append(event);
    }
    auto rounds = m_db->prepare(QStringLiteral("SELECT event_id, plan_json FROM rounds ORDER BY event_id, position"));
    while (rounds.next()) {
        auto plan = RoundPlan::fromJson(objectFrom(rounds.text(1)));
        if (!plan)
            return plan.error().withContext(QStringLiteral("%1: round of event %2").arg(m_db->path(), rounds.text(0)));
        contents.events[eventIndex.value(rounds.text(0))].rounds.append(*plan);
    }
    auto commands
        = m_db->prepare(QStringLiteral("SELECT event_id, kind, at_ms FROM clock_commands ORDER BY event_id, sequence"));
    while (commands.next()) {
        const ClockCommand command{ClockCommand::Kind(commands.integer(1)), double(commands.integer(2)) / 1000.0};
        contents.events[eventIndex.value(commands.text(0))].commands.append(command);
    }
    return checked({&events, &rounds, &commands});
}

// Image sets and whom they are shared with.
Expected<void> TournamentStore::loadImageSets(Contents &contents)
{
    auto sets = m_db->prepare(QStringLiteral(
        "SELECT id, name, folder, manifest_sha256, created_ms, owner_token FROM image_sets ORDER BY created_ms"));
    QMap<QString, int> setIndex;
    while (sets.next()) {
        setIndex.insert(sets.text(0), int(contents.imageSets.size()));
        contents.imageSets.append(
            {sets.text(0), sets.text(1), sets.text(2), sets.text(3), sets.integer(4), sets.text(5), {}});
    }
    auto shares = m_db->prepare(QStringLiteral("SELECT image_set_id, token_id FROM image_set_shares ORDER BY rowid"));
    while (shares.next()) {
        if (const auto index = setIndex.constFind(shares.text(0)); index != setIndex.cend())
            contents.imageSets[*index].sharedWith.append(shares.text(1));
    }
    return checked({&sets, &shares});
}

// Contestants and tokens.
Expected<void> TournamentStore::loadPeople(Contents &contents)
{
    auto contestants
        = m_db->prepare(QStringLiteral("SELECT id, event_id, name, members_json FROM contestants ORDER BY rowid"));
    while (contestants.next()) {
        QStringList members;
        for (const QJsonValue &member : QJsonDocument::fromJson(contestants.text(3).toUtf8()).array())
            members.append(member.toString());
        contents.contestants.append({contestants.text(0), contestants.text(1), contestants.text(2), members});
    }
    auto tokens = m_db->prepare(QStringLiteral("SELECT id, secret_sha256, role, event_id, contestant_id, label, "
                                               "revoked, created_ms, member FROM tokens ORDER BY rowid"));
    while (tokens.next()) {
        contents.tokens.append({tokens.text(0), tokens.text(1), Role(tokens.integer(2)), tokens.text(3), tokens.text(4),
                                tokens.text(5), tokens.integer(6) != 0, tokens.integer(7), tokens.text(8)});
    }
    return checked({&contestants, &tokens});
}

// What happened in play: clock starts, answers, the last heartbeat.
Expected<void> TournamentStore::loadPlay(Contents &contents)
{
    auto clockStarts = m_db->prepare(
        QStringLiteral("SELECT event_id, round_id, contestant_id, play_seconds FROM clock_starts ORDER BY rowid"));
    while (clockStarts.next())
        contents.clockStarts.append(
            {clockStarts.text(0), clockStarts.text(1), clockStarts.text(2), clockStarts.real(3)});
    auto answers = m_db->prepare(QStringLiteral("SELECT event_id, round_id, contestant_id, scan_index, answer_id, "
                                                "token_id, received_ms, play_seconds, decision, "
                                                "answer_json FROM answers ORDER BY received_ms, rowid"));
    while (answers.next()) {
        contents.answers.append({answers.text(0), answers.text(1), answers.text(2), int(answers.integer(3)),
                                 answers.text(4), answers.text(5), answers.integer(6), answers.real(7),
                                 decisionOf(answers.integer(8)).value_or(Decision::Clear),
                                 Answer::fromJson(objectFrom(answers.text(9)))});
    }
    auto alive = m_db->prepare(QStringLiteral("SELECT value FROM server_state WHERE key = 'last_alive_ms'"));
    if (alive.next())
        contents.lastAliveMs = alive.integer(0);
    return checked({&clockStarts, &answers});
}

Expected<void> TournamentStore::checked(std::initializer_list<SqliteDatabase::Statement *> statements) const
{
    for (SqliteDatabase::Statement *statement : statements) {
        if (!statement->error().isEmpty())
            return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_db->path(), statement->error()));
    }
    return {};
}

Expected<TournamentStore::Contents> TournamentStore::load()
{
    std::lock_guard lock(m_mutex);
    Contents contents;
    for (auto part : {&TournamentStore::loadEvents, &TournamentStore::loadImageSets, &TournamentStore::loadPeople,
                      &TournamentStore::loadPlay}) {
        if (auto loaded = (this->*part)(contents); !loaded)
            return loaded.error();
    }
    return contents;
}

Expected<void> TournamentStore::insertEvent(const EventRecord &event)
{
    std::lock_guard lock(m_mutex);
    return write(std::move(m_db->prepare(QStringLiteral("INSERT INTO events(id, title, practice, reveal_truth, "
                                                        "owner_token, created_ms) VALUES (?, ?, ?, ?, ?, ?)"))
                               .bind(1, event.id)
                               .bind(2, event.title)
                               .bind(3, qint64(event.practice))
                               .bind(4, qint64(event.revealTruth))
                               .bind(5, event.ownerTokenId)
                               .bind(6, event.createdMs)));
}

Expected<void> TournamentStore::insertRound(const QString &eventId, int position, const RoundPlan &round)
{
    std::lock_guard lock(m_mutex);
    return write(
        std::move(m_db->prepare(QStringLiteral("INSERT INTO rounds(event_id, position, plan_json) VALUES (?, ?, ?)"))
                      .bind(1, eventId)
                      .bind(2, qint64(position))
                      .bind(3, compactJson(round.toJson()))));
}

Expected<void> TournamentStore::appendClockCommand(const QString &eventId, int sequence, const ClockCommand &command)
{
    std::lock_guard lock(m_mutex);
    return write(std::move(
        m_db->prepare(QStringLiteral("INSERT INTO clock_commands(event_id, sequence, kind, at_ms) VALUES (?, ?, ?, ?)"))
            .bind(1, eventId)
            .bind(2, qint64(sequence))
            .bind(3, qint64(command.kind))
            .bind(4, qint64(std::llround(command.at * 1000.0)))));
}

Expected<void> TournamentStore::insertImageSet(const ImageSetRecord &set)
{
    std::lock_guard lock(m_mutex);
    return write(std::move(
        m_db->prepare(
                QStringLiteral("INSERT INTO image_sets(id, name, folder, manifest_sha256, created_ms, owner_token) "
                               "VALUES (?, ?, ?, ?, ?, ?)"))
            .bind(1, set.id)
            .bind(2, set.name)
            .bind(3, set.folder)
            .bind(4, set.manifestSha256)
            .bind(5, set.createdMs)
            .bind(6, set.ownerTokenId)));
}

Expected<void> TournamentStore::setImageSetShare(const QString &imageSetId, const QString &tokenId, bool shared)
{
    std::lock_guard lock(m_mutex);
    const QString sql = shared
        ? QStringLiteral("INSERT OR IGNORE INTO image_set_shares(image_set_id, token_id) VALUES (?, ?)")
        : QStringLiteral("DELETE FROM image_set_shares WHERE image_set_id = ? AND token_id = ?");
    return write(std::move(m_db->prepare(sql).bind(1, imageSetId).bind(2, tokenId)));
}

Expected<void> TournamentStore::insertContestant(const ContestantRecord &contestant)
{
    std::lock_guard lock(m_mutex);
    const QJsonArray members = QJsonArray::fromStringList(contestant.members);
    return write(std::move(
        m_db->prepare(QStringLiteral("INSERT INTO contestants(id, event_id, name, members_json) VALUES (?, ?, ?, ?)"))
            .bind(1, contestant.id)
            .bind(2, contestant.eventId)
            .bind(3, contestant.name)
            .bind(4, QString::fromUtf8(QJsonDocument(members).toJson(QJsonDocument::Compact)))));
}

Expected<void> TournamentStore::insertToken(const TokenRecord &token)
{
    std::lock_guard lock(m_mutex);
    return write(std::move(m_db->prepare(QStringLiteral("INSERT INTO tokens(id, secret_sha256, role, event_id, "
                                                        "contestant_id, label, revoked, created_ms, member) "
                                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                               .bind(1, token.id)
                               .bind(2, token.secretSha256)
                               .bind(3, qint64(token.role))
                               .bind(4, token.eventId)
                               .bind(5, token.contestantId)
                               .bind(6, token.label)
                               .bind(7, qint64(token.revoked))
                               .bind(8, token.createdMs)
                               .bind(9, token.member)));
}

Expected<void> TournamentStore::insertClockStart(const ClockStartRecord &start)
{
    std::lock_guard lock(m_mutex);
    return write(std::move(
        m_db
            ->prepare(QStringLiteral(
                "INSERT INTO clock_starts(event_id, round_id, contestant_id, play_seconds) VALUES (?, ?, ?, ?)"))
            .bind(1, start.eventId)
            .bind(2, start.roundId)
            .bind(3, start.contestantId)
            .bind(4, start.playSeconds)));
}

Expected<void> TournamentStore::revokeToken(const QString &tokenId)
{
    std::lock_guard lock(m_mutex);
    return write(
        std::move(m_db->prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE id = ?")).bind(1, tokenId)));
}

Expected<void> TournamentStore::insertAnswers(const QList<AnswerRecord> &answers)
{
    std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(*m_db);
    if (!transaction.isOpen())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot begin a transaction").arg(m_db->path()));
    for (const AnswerRecord &answer : answers) {
        auto inserted = write(std::move(
            m_db
                ->prepare(QStringLiteral(
                    "INSERT INTO answers(event_id, round_id, contestant_id, scan_index, answer_id, token_id, "
                    "received_ms, play_seconds, decision, answer_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                .bind(1, answer.eventId)
                .bind(2, answer.roundId)
                .bind(3, answer.contestantId)
                .bind(4, qint64(answer.scanIndex))
                .bind(5, answer.answerId)
                .bind(6, answer.tokenId)
                .bind(7, answer.receivedMs)
                .bind(8, answer.playSeconds)
                .bind(9, qint64(answer.decision))
                .bind(10, compactJson(answer.answer.toJson()))));
        if (!inserted)
            return inserted;
    }
    return transaction.commit();
}

Expected<void> TournamentStore::appendAudit(const AuditRecord &entry)
{
    std::lock_guard lock(m_mutex);
    return write(std::move(
        m_db->prepare(
                QStringLiteral("INSERT INTO audit(at_ms, token_id, event_id, action, detail) VALUES (?, ?, ?, ?, ?)"))
            .bind(1, entry.atMs)
            .bind(2, entry.tokenId)
            .bind(3, entry.eventId)
            .bind(4, entry.action)
            .bind(5, entry.detail)));
}

Expected<QList<AuditRecord>> TournamentStore::auditLog(const QString &eventId)
{
    std::lock_guard lock(m_mutex);
    auto statement = m_db->prepare(QStringLiteral("SELECT at_ms, token_id, event_id, action, detail FROM audit WHERE "
                                                  "?1 = '' OR event_id = ?1 ORDER BY sequence"));
    statement.bind(1, eventId);
    QList<AuditRecord> entries;
    while (statement.next())
        entries.append(
            {statement.integer(0), statement.text(1), statement.text(2), statement.text(3), statement.text(4)});
    if (!statement.error().isEmpty())
        return makeError(ErrorCode::Io, statement.error());
    return entries;
}

Expected<void> TournamentStore::setLastAlive(qint64 ms)
{
    std::lock_guard lock(m_mutex);
    return write(
        std::move(m_db->prepare(QStringLiteral("INSERT INTO server_state(key, value) VALUES ('last_alive_ms', ?) "
                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
                      .bind(1, ms)));
}

} // namespace pen::server
