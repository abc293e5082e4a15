// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SqliteDatabase.h"

#include <QFile>

#include <sqlite3.h>

namespace pen::server {
namespace {

QString messageOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

SqliteDatabase::Statement::Statement(sqlite3 *db, sqlite3_stmt *statement, QString error)
    : m_db(db), m_statement(statement), m_error(std::move(error))
{
}

SqliteDatabase::Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr)), m_error(std::move(other.m_error))
{
}

SqliteDatabase::Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

SqliteDatabase::Statement &SqliteDatabase::Statement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteDatabase::Statement &SqliteDatabase::Statement::bind(int index, double value)
{
    if (m_statement)
        sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteDatabase::Statement &SqliteDatabase::Statement::bind(int index, const QString &value)
{
    if (m_statement) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

SqliteDatabase::Statement &SqliteDatabase::Statement::bind(int index, const QByteArray &value)
{
    if (m_statement)
        sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteDatabase::Statement &SqliteDatabase::Statement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteDatabase::Statement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = messageOf(m_db);
    return false;
}

Expected<void> SqliteDatabase::Statement::run()
{
    if (!m_statement)
        return makeError(ErrorCode::Io, m_error);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    m_error = messageOf(m_db);
    return makeError(ErrorCode::Io, m_error);
}

qint64 SqliteDatabase::Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteDatabase::Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteDatabase::Statement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqliteDatabase::Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

Expected<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? messageOf(db) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot open the database: %2").arg(path, message));
    }
    sqlite3_busy_timeout(db, 5000);
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(db, path));
    // quick_check first: a file that is not a database fails here with a clear message.
    for (const char *pragma :
         {"PRAGMA quick_check", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        Statement statement = database->prepare(QString::fromLatin1(pragma));
        if (!statement.m_statement)
            return makeError(ErrorCode::Format,
                             QStringLiteral("%1: not a usable SQLite database: %2").arg(path, statement.error()));
        if (statement.next() && std::string_view(pragma) == "PRAGMA quick_check"
            && statement.text(0) != QLatin1String("ok"))
            return makeError(ErrorCode::Format,
                             QStringLiteral("%1: the database is damaged: %2").arg(path, statement.text(0)));
        if (!statement.error().isEmpty())
            return makeError(ErrorCode::Format,
                             QStringLiteral("%1: not a usable SQLite database: %2").arg(path, statement.error()));
    }
    return database;
}

Expected<void> SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return makeError(ErrorCode::Io, text);
}

Expected<void> SqliteDatabase::execResource(const QString &resourcePath)
{
    QFile script(resourcePath);
    if (!script.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("the program lacks its SQL script %1").arg(resourcePath));
    if (auto done = exec(QString::fromUtf8(script.readAll())); !done)
        return done.error().withContext(resourcePath);
    return {};
}

SqliteDatabase::Statement SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return Statement(m_db, nullptr, messageOf(m_db));
    return Statement(m_db, statement, {});
}

int SqliteDatabase::userVersion()
{
    Statement statement = prepare(QStringLiteral("PRAGMA user_version"));
    return statement.next() ? int(statement.integer(0)) : -1;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_open = bool(m_db.exec(QStringLiteral("BEGIN IMMEDIATE")));
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Expected<void> SqliteTransaction::commit()
{
    if (!m_open)
        return makeError(ErrorCode::Io, QStringLiteral("no open transaction"));
    auto result = m_db.exec(QStringLiteral("COMMIT"));
    if (result)
        m_open = false;
    return result;
}

} // namespace pen::server
