// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pen::server {

/// A SQLite file opened for the server: WAL journal and synchronous=FULL, so that a committed
/// transaction survives a crash of the process or the machine. The server talks to SQLite's C API
/// directly (not Qt SQL) because gRPC calls it from many threads and a Qt SQL connection belongs
/// to one thread; callers serialise access (TournamentStore holds the lock).
class SqliteDatabase {
public:
    class Statement {
    public:
        Statement(Statement &&other) noexcept;
        ~Statement();
        Statement &bind(int index, qint64 value);
        Statement &bind(int index, double value);
        Statement &bind(int index, const QString &value);
        Statement &bind(int index, const QByteArray &value);
        Statement &bindNull(int index);
        /// Steps once: true while a row is available; false when done (or on error; see error()).
        bool next();
        /// Runs a statement that returns no rows.
        Expected<void> run();
        qint64 integer(int column) const;
        double real(int column) const;
        QString text(int column) const;
        bool isNull(int column) const;
        QString error() const { return m_error; }

    private:
        friend class SqliteDatabase;
        Statement(sqlite3 *db, sqlite3_stmt *statement, QString error);
        sqlite3 *m_db = nullptr;
        sqlite3_stmt *m_statement = nullptr;
        QString m_error;
    };

    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    static Expected<std::unique_ptr<SqliteDatabase>> open(const QString &path);

    Expected<void> exec(const QString &sql);
    /// Runs the statements of a script compiled into the program (":/pen/schema/…").
    Expected<void> execResource(const QString &resourcePath);
    Statement prepare(const QString &sql);
    int userVersion();
    QString path() const { return m_path; }

private:
    SqliteDatabase(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    Expected<void> commit();
    bool isOpen() const { return m_open; }

private:
    SqliteDatabase &m_db;
    bool m_open = false;
};

} // namespace pen::server
