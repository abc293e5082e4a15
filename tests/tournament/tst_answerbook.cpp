// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/AnswerBook.h"
#include "tournament/ContestantProgress.h"

#include <QTest>

using namespace pen;
using Verdict = AnswerBook::Verdict;

namespace {

RecordedAnswer submission(const char *contestant, int scan, const char *answerId, double playTime = 10,
                          const char *round = "r1")
{
    RecordedAnswer answer;
    answer.roundId = QString::fromLatin1(round);
    answer.contestantId = QString::fromLatin1(contestant);
    answer.scanIndex = scan;
    answer.answerId = QString::fromLatin1(answerId);
    answer.playTime = playTime;
    answer.answer.scanId = QStringLiteral("scan-%1").arg(scan);
    return answer;
}

RecordedAnswer withMark(RecordedAnswer answer, double x)
{
    answer.answer.marks.append({Region{0, QRectF(x, 0, 10, 10), {}}, QStringLiteral("narcotics")});
    return answer;
}

const QHash<QString, QString> teams{{QStringLiteral("anna"), QStringLiteral("team-north")},
                                    {QStringLiteral("ben"), QStringLiteral("team-north")}};

} // namespace

class TestAnswerBook final : public QObject {
    Q_OBJECT
private slots:
    void acceptsTheFirstAnswer();
    void sameAnswerIdAgainIsADuplicate();
    void anotherAnswerIdForTheSameScanIsRefused();
    void teamOfTwoAnswersAsOne();
    void answerIdsAreScopedToRoundEntrantAndScan();
    void decidingRecordsNothing();
    void rebuildsFromStoredAnswers();
    void countedAnswersComeInScanOrder();
    void answeredAtFeedsTheProgress();
};

void TestAnswerBook::acceptsTheFirstAnswer()
{
    AnswerBook book;
    const auto decision = book.record(submission("carl", 0, "a-1"));
    QCOMPARE(decision.verdict, Verdict::Accepted);
    QVERIFY(!decision.original);
    QCOMPARE(book.answers(), QList<RecordedAnswer>{submission("carl", 0, "a-1")});
    QCOMPARE(book.entrantOf(QStringLiteral("carl")), QStringLiteral("carl"));
}

void TestAnswerBook::sameAnswerIdAgainIsADuplicate()
{
    AnswerBook book;
    const RecordedAnswer first = withMark(submission("carl", 0, "a-1", 12), 100);
    QCOMPARE(book.record(first).verdict, Verdict::Accepted);
    // The retry arrives later and (a buggy client) with other marks: the original stands.
    const auto retry = book.record(withMark(submission("carl", 0, "a-1", 30), 500));
    QCOMPARE(retry.verdict, Verdict::Duplicate);
    QVERIFY(retry.original);
    QCOMPARE(*retry.original, first);
    QCOMPARE(book.answers().size(), 1);
    QCOMPARE(book.answeredAt(QStringLiteral("r1"), QStringLiteral("carl"), 1), QList<double>{12});
}

void TestAnswerBook::anotherAnswerIdForTheSameScanIsRefused()
{
    AnswerBook book;
    const RecordedAnswer first = submission("carl", 0, "a-1", 12);
    book.record(first);
    const auto second = book.record(submission("carl", 0, "a-2", 14));
    QCOMPARE(second.verdict, Verdict::AlreadyAnswered);
    QCOMPARE(*second.original, first);
    QCOMPARE(book.answers().size(), 1);
}

void TestAnswerBook::teamOfTwoAnswersAsOne()
{
    AnswerBook book(teams);
    QCOMPARE(book.entrantOf(QStringLiteral("anna")), QStringLiteral("team-north"));
    QCOMPARE(book.entrantOf(QStringLiteral("ben")), QStringLiteral("team-north"));
    const RecordedAnswer annas = withMark(submission("anna", 0, "anna-1", 20), 100);
    QCOMPARE(book.record(annas).verdict, Verdict::Accepted);
    // Both members answer the same scan: the first answer counts, the other is refused.
    const auto bens = book.record(submission("ben", 0, "ben-1", 21));
    QCOMPARE(bens.verdict, Verdict::AlreadyAnswered);
    QCOMPARE(*bens.original, annas);
    // Either member may answer the team's next scan; a retry by the first member is a duplicate.
    QCOMPARE(book.record(submission("ben", 1, "ben-2", 40)).verdict, Verdict::Accepted);
    QCOMPARE(book.record(submission("anna", 1, "anna-2", 41)).verdict, Verdict::AlreadyAnswered);
    QCOMPARE(book.record(withMark(submission("anna", 0, "anna-1", 50), 300)).verdict, Verdict::Duplicate);
    const QList<RecordedAnswer> counted = book.counted(QStringLiteral("r1"), QStringLiteral("team-north"));
    QCOMPARE(counted.size(), 2);
    QCOMPARE(counted[0], annas);
    QCOMPARE(counted[1].contestantId, QStringLiteral("ben"));
    QVERIFY(book.counted(QStringLiteral("r1"), QStringLiteral("anna")).isEmpty());
    QCOMPARE(book.answeredAt(QStringLiteral("r1"), QStringLiteral("team-north"), 3),
             (QList<double>{20, 40, ContestantProgress::NotAnswered}));
}

void TestAnswerBook::answerIdsAreScopedToRoundEntrantAndScan()
{
    AnswerBook book;
    QCOMPARE(book.record(submission("carl", 0, "1")).verdict, Verdict::Accepted);
    QCOMPARE(book.record(submission("carl", 1, "1")).verdict, Verdict::Accepted);
    QCOMPARE(book.record(submission("dora", 0, "1")).verdict, Verdict::Accepted);
    QCOMPARE(book.record(submission("carl", 0, "1", 10, "r2")).verdict, Verdict::Accepted);
    QCOMPARE(book.record(submission("carl", 0, "1")).verdict, Verdict::Duplicate);
    QCOMPARE(book.answers().size(), 4);
}

void TestAnswerBook::decidingRecordsNothing()
{
    AnswerBook book;
    QCOMPARE(book.decide(submission("carl", 0, "a-1")).verdict, Verdict::Accepted);
    QVERIFY(book.answers().isEmpty());
    QCOMPARE(book.decide(submission("carl", 0, "a-1")).verdict, Verdict::Accepted);
}

void TestAnswerBook::rebuildsFromStoredAnswers()
{
    const QList<RecordedAnswer> stored{submission("anna", 0, "x", 5), submission("ben", 0, "y", 6),
                                       submission("carl", 0, "z", 7), submission("carl", 0, "z", 8)};
    const AnswerBook book(teams, stored);
    QCOMPARE(book.answers(), (QList<RecordedAnswer>{stored[0], stored[2]}));
    QCOMPARE(book.decide(submission("ben", 0, "x")).verdict, Verdict::Duplicate);
}

void TestAnswerBook::countedAnswersComeInScanOrder()
{
    AnswerBook book;
    book.record(submission("carl", 2, "c", 30));
    book.record(submission("carl", 0, "a", 10));
    book.record(submission("carl", 7, "out of range", 40));
    const QList<RecordedAnswer> counted = book.counted(QStringLiteral("r1"), QStringLiteral("carl"));
    QCOMPARE(counted.size(), 3);
    QCOMPARE(counted[0].scanIndex, 0);
    QCOMPARE(counted[1].scanIndex, 2);
    QCOMPARE(counted[2].scanIndex, 7);
    QCOMPARE(book.answeredAt(QStringLiteral("r1"), QStringLiteral("carl"), 3),
             (QList<double>{10, ContestantProgress::NotAnswered, 30}));
}

void TestAnswerBook::answeredAtFeedsTheProgress()
{
    RoundSettings settings;
    settings.secondsPerScan = 120;
    AnswerBook book(teams);
    book.record(submission("anna", 0, "a", 30));
    book.record(submission("ben", 1, "b", 50));
    const QList<double> times = book.answeredAt(QStringLiteral("r1"), QStringLiteral("team-north"), 3);
    const ContestantProgress progress = progressAt(settings, 3, times, 60);
    QCOMPARE(progress.currentIndex, 2);
    QCOMPARE(progress.shownAt, 50.0);
    QCOMPARE(answerRefusal(settings, 3, times, 1, 60), AnswerRefusal::AlreadyAnswered);
}

QTEST_APPLESS_MAIN(TestAnswerBook)
#include "tst_answerbook.moc"
