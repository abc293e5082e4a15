// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Answer.h"
#include "model/RoundSettings.h"
#include "scoring/RoundScore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <QStringList>

#include <memory>
#include <optional>

namespace pen {

/// A round's results for one threat category (as CategoryBreakdown counts them).
struct PracticeCategoryScore {
    QString category;
    int objectsHit = 0;
    int objectsMissed = 0;
    SignalDetection detection;
    friend bool operator==(const PracticeCategoryScore &, const PracticeCategoryScore &) = default;
};

/// One practice round as kept in the history.
struct PracticeRecord {
    qint64 id = 0;       ///< assigned by save()
    QDateTime startedAt; ///< UTC
    QString setName;
    QString setPath;
    QString trainee; ///< who played it, where trainees share a PC; empty where no name was given
    RoundSettings settings;
    RoundScore score;
    QList<Answer> answers;                   ///< with the tools used; loaded only by answers()
    QList<PracticeCategoryScore> categories; ///< per threat category, in key order
};

/// The officer's practice results in a local SQLite file: every round with its settings, score
/// and answers (marks, times, tools used). Each save is one transaction, so a crash never leaves
/// half a round. One object per file and thread (it owns a QSqlDatabase connection).
class PracticeHistory {
public:
    static constexpr int SchemaVersion = 2;

    /// Opens or creates the database at path; refuses files that are not SQLite or come from a
    /// newer schema, naming the file.
    static Expected<std::unique_ptr<PracticeHistory>> open(const QString &path);
    /// Where the app keeps it: the user's application data folder.
    static QString defaultPath();

    ~PracticeHistory();
    PracticeHistory(const PracticeHistory &) = delete;
    PracticeHistory &operator=(const PracticeHistory &) = delete;

    Expected<qint64> save(const PracticeRecord &record);
    /// Rounds oldest first, with their results per category and without their answers; limit > 0 keeps the newest limit
    /// rounds; trainee, where given, keeps that trainee's rounds only (an empty name: rounds without one).
    Expected<QList<PracticeRecord>> rounds(int limit = 0, const std::optional<QString> &trainee = std::nullopt) const;
    /// The names of the trainees who played here, the one who played last first.
    Expected<QStringList> trainees() const;
    Expected<QList<Answer>> answers(qint64 roundId) const;

    const QString &path() const { return m_path; }

private:
    PracticeHistory(QString path, QString connection) : m_path(std::move(path)), m_connection(std::move(connection)) {}
    Expected<void> migrate();
    Expected<QList<PracticeCategoryScore>> categoriesOf(qint64 roundId) const;
    /// Runs a schema script in one transaction and sets the schema version it brings.
    Expected<void> runScript(const QString &resource, int version, const QString &purpose);

    QString m_path;
    QString m_connection;
};

} // namespace pen
