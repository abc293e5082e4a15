// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Records.h"
#include "SqliteDatabase.h"

#include <memory>
#include <mutex>

namespace pen::server {

/// The tournament server's SQLite file: events with their rounds and clock commands, image sets,
/// contestants, token hashes, answers and the audit log. Every write is one transaction that is
/// on disk when the call returns. Thread-safe: calls are serialised on the one connection.
class TournamentStore {
public:
    /// 2: image sets have owners and shares.
    static constexpr int SchemaVersion = 3;

    struct Contents {
        QList<EventRecord> events;
        QList<ImageSetRecord> imageSets;
        QList<ContestantRecord> contestants;
        QList<TokenRecord> tokens;
        QList<ClockStartRecord> clockStarts;
        QList<AnswerRecord> answers;
        qint64 lastAliveMs = 0;
    };

    /// Opens or creates the file; refuses files of another program or a newer schema.
    static Expected<std::unique_ptr<TournamentStore>> open(const QString &path);

    Expected<Contents> load();

    Expected<void> insertEvent(const EventRecord &event);
    Expected<void> insertRound(const QString &eventId, int position, const RoundPlan &round);
    Expected<void> appendClockCommand(const QString &eventId, int sequence, const ClockCommand &command);
    Expected<void> insertImageSet(const ImageSetRecord &set);
    /// Shares a set with a trainer token (or ImageSetRecord::EveryTrainer), or withdraws it.
    Expected<void> setImageSetShare(const QString &imageSetId, const QString &tokenId, bool shared);
    Expected<void> insertContestant(const ContestantRecord &contestant);
    Expected<void> insertToken(const TokenRecord &token);
    Expected<void> revokeToken(const QString &tokenId);
    Expected<void> insertClockStart(const ClockStartRecord &start);
    /// Stores answers in one transaction (one sync for all): all or none.
    Expected<void> insertAnswers(const QList<AnswerRecord> &answers);
    Expected<void> appendAudit(const AuditRecord &entry);
    Expected<QList<AuditRecord>> auditLog(const QString &eventId);
    Expected<void> setLastAlive(qint64 ms);

private:
    explicit TournamentStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db)) {}
    Expected<void> createSchema();
    /// Brings a file of an older schema to SchemaVersion in one transaction.
    Expected<void> upgradeSchema(int from);
    Expected<void> write(SqliteDatabase::Statement statement);
    Expected<void> loadEvents(Contents &contents);
    Expected<void> loadImageSets(Contents &contents);
    Expected<void> loadPeople(Contents &contents);
    Expected<void> loadPlay(Contents &contents);
    /// An error naming the file if any of the statements failed.
    Expected<void> checked(std::initializer_list<SqliteDatabase::Statement *> statements) const;

    std::unique_ptr<SqliteDatabase> m_db;
    std::mutex m_mutex;
};

} // namespace pen::server
