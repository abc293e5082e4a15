// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pen {

/// An answer as the server recorded it.
struct RecordedAnswer {
    QString roundId;
    QString contestantId;  ///< who submitted it: a person, a team member, or a machine
    int scanIndex = -1;    ///< into the round plan's scanIds
    QString answerId;      ///< chosen by the client, so that a retry is recognised
    double playTime = 0;   ///< seconds of play in the round when the server accepted it
    Answer answer;

    friend bool operator==(const RecordedAnswer &, const RecordedAnswer &) = default;
};

/// The answers that count, one per (round, entrant, scan), where an entrant is a contestant on
/// their own or a team: a team's members answer as one contestant, either may submit, and the
/// first answer counts. A retry with the same answer id is recognised and counted once.
///
/// The server asks decide() before it checks the clocks (checkAnswer), so that a retry of an
/// answer accepted in time is answered with the original even after the deadline; it records an
/// answer only when decide() says Accepted and the clocks allow it. Ids of contestants and teams
/// share one namespace. A value type, not thread-safe.
class AnswerBook {
public:
    enum class Verdict {
        Accepted,        ///< new: record it
        Duplicate,       ///< the same answer id again: the original stands, counted once
        AlreadyAnswered, ///< the entrant answered this scan under another answer id: that one counts
    };
    struct Decision {
        Verdict verdict = Verdict::Accepted;
        std::optional<RecordedAnswer> original; ///< the answer that counts, unless Accepted
    };

    AnswerBook() = default;
    /// teamOfMember: contestant id → team id, for contestants who play in a team.
    explicit AnswerBook(const QHash<QString, QString> &teamOfMember);
    /// Rebuilds a book from the answers stored, in the order they were recorded; answers that
    /// would not have been accepted are left out.
    AnswerBook(const QHash<QString, QString> &teamOfMember, const QList<RecordedAnswer> &recorded);

    /// The team a contestant plays in, or the contestant's own id.
    QString entrantOf(const QString &contestantId) const;

    /// What submitting this answer would do (roundId, contestantId, scanIndex and answerId are read).
    Decision decide(const RecordedAnswer &submission) const;
    /// decide(), and the answer is added when Accepted.
    Decision record(const RecordedAnswer &answer);

    /// Every answer that counts, in the order recorded.
    const QList<RecordedAnswer> &answers() const { return m_answers; }
    /// An entrant's answers that count in a round, in scan order.
    QList<RecordedAnswer> counted(const QString &roundId, const QString &entrantId) const;
    /// The answeredAt list of progressAt for an entrant in a round (NotAnswered where none).
    QList<double> answeredAt(const QString &roundId, const QString &entrantId, int scanCount) const;

private:
    QString keyOf(const QString &roundId, const QString &entrantId, int scanIndex) const;

    QHash<QString, QString> m_teamOfMember;
    QList<RecordedAnswer> m_answers;
    QHash<QString, qsizetype> m_byKey;  // key of (round, entrant, scan) → index into m_answers
};

} // namespace pen
