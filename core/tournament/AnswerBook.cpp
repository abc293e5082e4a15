// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/AnswerBook.h"

#include "tournament/ContestantProgress.h"

#include <algorithm>

namespace pen {

AnswerBook::AnswerBook(const QHash<QString, QString> &teamOfMember) : m_teamOfMember(teamOfMember) {}

AnswerBook::AnswerBook(const QHash<QString, QString> &teamOfMember, const QList<RecordedAnswer> &recorded)
    : m_teamOfMember(teamOfMember)
{
    for (const RecordedAnswer &answer : recorded)
        record(answer);
}

QString AnswerBook::entrantOf(const QString &contestantId) const
{
    return m_teamOfMember.value(contestantId, contestantId);
}

QString AnswerBook::keyOf(const QString &roundId, const QString &entrantId, int scanIndex) const
{
    // A separator that no id contains keeps ("a", "b/c") apart from ("a/b", "c").
    const QChar unit(0x1f);
    return roundId + unit + entrantId + unit + QString::number(scanIndex);
}

AnswerBook::Decision AnswerBook::decide(const RecordedAnswer &submission) const
{
    const QString key = keyOf(submission.roundId, entrantOf(submission.contestantId), submission.scanIndex);
    const auto found = m_byKey.constFind(key);
    if (found == m_byKey.cend())
        return {Verdict::Accepted, std::nullopt};
    const RecordedAnswer &original = m_answers[*found];
    return {original.answerId == submission.answerId ? Verdict::Duplicate : Verdict::AlreadyAnswered, original};
}

AnswerBook::Decision AnswerBook::record(const RecordedAnswer &answer)
{
    Decision decision = decide(answer);
    if (decision.verdict == Verdict::Accepted) {
        m_byKey.insert(keyOf(answer.roundId, entrantOf(answer.contestantId), answer.scanIndex), m_answers.size());
        m_answers.append(answer);
    }
    return decision;
}

QList<RecordedAnswer> AnswerBook::counted(const QString &roundId, const QString &entrantId) const
{
    QList<RecordedAnswer> result;
    for (const RecordedAnswer &answer : m_answers) {
        if (answer.roundId == roundId && entrantOf(answer.contestantId) == entrantId)
            result.append(answer);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const RecordedAnswer &a, const RecordedAnswer &b) { return a.scanIndex < b.scanIndex; });
    return result;
}

QList<double> AnswerBook::answeredAt(const QString &roundId, const QString &entrantId, int scanCount) const
{
    QList<double> times(std::max(scanCount, 0), ContestantProgress::NotAnswered);
    for (const RecordedAnswer &answer : counted(roundId, entrantId)) {
        if (answer.scanIndex >= 0 && answer.scanIndex < scanCount)
            times[answer.scanIndex] = answer.playTime;
    }
    return times;
}

} // namespace pen
