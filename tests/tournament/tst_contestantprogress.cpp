// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/ContestantProgress.h"

#include <QTest>

#include <limits>

using namespace pen;
using Ended = ContestantProgress::EndedScan;

Q_DECLARE_METATYPE(pen::RoundSettings)
Q_DECLARE_METATYPE(std::optional<pen::AnswerRefusal>)

namespace {

constexpr double Never = std::numeric_limits<double>::infinity();
constexpr double None = ContestantProgress::NotAnswered;

RoundSettings clocks(int perScan, int round)
{
    RoundSettings settings;
    settings.secondsPerScan = perScan;
    settings.roundSeconds = round;
    return settings;
}

const RoundSettings perScan = clocks(120, 0);
const RoundSettings roundOnly = clocks(0, 600);
const RoundSettings both = clocks(120, 300);
const RoundSettings noClocks = clocks(0, 0);

} // namespace

class TestContestantProgress final : public QObject {
    Q_OBJECT
private slots:
    void noAnswerAtAllWithScanClocks();
    void noAnswerAtAllWithRoundClock();
    void noAnswerAtAllWithoutClocks();
    void answersMoveOn();
    void deadlineIsTheEarlierClock();
    void scanComingUpAsTheRoundEndsIsNotScored();
    void answersNotThereYetOrOutOfTime();
    void emptyRoundAndCountdown();
    void checkAnswer_data();
    void checkAnswer();
    void clocksStartAtJoin();
    void notJoinedWithinTheWindowSitsOut();
};

void TestContestantProgress::clocksStartAtJoin()
{
    RoundSettings atJoin = both; // 120 s a scan, 300 s a round
    atJoin.clockStart = RoundSettings::ClockStart::AtJoin;
    // Joined at 50 s of play: the first scan is shown then with its full 120 s, the round clock
    // runs to 350 s.
    ContestantProgress p = progressAt(atJoin, 4, {}, 60, 50);
    QCOMPARE(p.currentIndex, 0);
    QCOMPARE(p.shownAt, 50.0);
    QCOMPARE(p.deadline, 170.0);
    QCOMPARE(p.finishesBy, 350.0);
    p = progressAt(atJoin, 4, {100}, 200, 50);
    QCOMPARE(p.currentIndex, 1);
    QCOMPARE(p.ended, (QList<Ended>{{0, 50, 100, false}}));
    QCOMPARE(p.deadline, 220.0);
    p = progressAt(atJoin, 4, {100}, 350.5, 50);
    QVERIFY(p.finished && p.roundClockRanOut);
    // The same answers checked against the joined clocks: 100 s after a join at 50 is in time.
    QVERIFY(pen::checkAnswer(atJoin, 4, {}, 0, 169, 50).hasValue());
    QCOMPARE(answerRefusal(atJoin, 4, {}, 0, 171, 50), std::optional(AnswerRefusal::TimedOut));
    // Without the policy the clock start is 0: the same call is the plain progress.
    QCOMPARE(progressAt(both, 4, {30}, 100, 0), progressAt(both, 4, {30}, 100));
}

void TestContestantProgress::notJoinedWithinTheWindowSitsOut()
{
    RoundSettings atJoin = perScan; // 120 s a scan
    atJoin.clockStart = RoundSettings::ClockStart::AtJoin;
    atJoin.joinWindowSeconds = 90;
    constexpr double NotJoined = ContestantProgress::NotJoined;
    // Before the window closes: on no scan yet, with no clock; done at the latest if they join at
    // the window's last moment and let every scan run out.
    ContestantProgress p = progressAt(atJoin, 3, {}, 30, NotJoined);
    QVERIFY(!p.finished && !p.satOut);
    QCOMPARE(p.currentIndex, 0);
    QCOMPARE(p.deadline, Never);
    QCOMPARE(p.finishesBy, 90.0 + 3 * 120);
    QCOMPARE(answerRefusal(atJoin, 3, {}, 0, 30, NotJoined), std::optional(AnswerRefusal::NotShownYet));
    QVERIFY(pen::checkAnswer(atJoin, 3, {}, 0, 30, NotJoined)
                .error()
                .message.contains(QStringLiteral("open the round's first scan")));
    // After it: finished with nothing shown, so nothing is scored.
    p = progressAt(atJoin, 3, {}, 90.5, NotJoined);
    QVERIFY(p.finished && p.satOut);
    QVERIFY(p.ended.isEmpty() && p.timedOut.isEmpty());
    QCOMPARE(p.finishesBy, 90.0);
    QCOMPARE(answerRefusal(atJoin, 3, {}, 0, 91, NotJoined), std::optional(AnswerRefusal::RoundOver));
}

void TestContestantProgress::noAnswerAtAllWithScanClocks()
{
    ContestantProgress p = progressAt(perScan, 4, {}, 0);
    QCOMPARE(p.currentIndex, 0);
    QCOMPARE(p.shownAt, 0.0);
    QCOMPARE(p.deadline, 120.0);
    QCOMPARE(p.finishesBy, 480.0);
    QVERIFY(p.timedOut.isEmpty());
    QVERIFY(!p.finished);

    p = progressAt(perScan, 4, {}, 120); // exactly at the deadline: still on screen
    QCOMPARE(p.currentIndex, 0);
    QVERIFY(p.timedOut.isEmpty());

    p = progressAt(perScan, 4, {}, 120.5);
    QCOMPARE(p.currentIndex, 1);
    QCOMPARE(p.shownAt, 120.0);
    QCOMPARE(p.deadline, 240.0);
    QCOMPARE(p.timedOut, QList<int>{0});
    QCOMPARE(p.ended, (QList<Ended>{{0, 0, 120, true}}));

    p = progressAt(perScan, 4, {}, 481);
    QVERIFY(p.finished);
    QVERIFY(!p.roundClockRanOut);
    QCOMPARE(p.currentIndex, 4);
    QCOMPARE(p.timedOut, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(p.shownAt, 480.0);
    QCOMPARE(p.finishesBy, 480.0);
    QCOMPARE(p.deadline, Never);
    QCOMPARE(p.ended.last(), (Ended{3, 360, 480, true}));
}

void TestContestantProgress::noAnswerAtAllWithRoundClock()
{
    ContestantProgress p = progressAt(roundOnly, 4, {}, 600);
    QCOMPARE(p.currentIndex, 0);
    QCOMPARE(p.deadline, 600.0);
    QCOMPARE(p.finishesBy, 600.0);

    p = progressAt(roundOnly, 4, {}, 600.5);
    QVERIFY(p.finished);
    QVERIFY(p.roundClockRanOut);
    QCOMPARE(p.currentIndex, 4);
    QCOMPARE(p.timedOut, QList<int>{0}); // only the scan on screen; the others were never shown
    QCOMPARE(p.ended, (QList<Ended>{{0, 0, 600, true}}));
}

void TestContestantProgress::noAnswerAtAllWithoutClocks()
{
    const ContestantProgress p = progressAt(noClocks, 4, {}, 1e9);
    QCOMPARE(p.currentIndex, 0);
    QCOMPARE(p.deadline, Never);
    QCOMPARE(p.finishesBy, Never);
    QVERIFY(!p.finished);
    QVERIFY(p.timedOut.isEmpty());
}

void TestContestantProgress::answersMoveOn()
{
    ContestantProgress p = progressAt(perScan, 4, {30, 70}, 100);
    QCOMPARE(p.currentIndex, 2);
    QCOMPARE(p.shownAt, 70.0);
    QCOMPARE(p.deadline, 190.0);
    QCOMPARE(p.finishesBy, 190.0 + 120); // scan 3 still to come
    QCOMPARE(p.ended, (QList<Ended>{{0, 0, 30, false}, {1, 30, 70, false}}));

    // Scan 0 answered, scan 1 timed out, scan 2 answered: the gap is NotAnswered.
    p = progressAt(perScan, 4, {30, None, 200}, 250);
    QCOMPARE(p.currentIndex, 3);
    QCOMPARE(p.shownAt, 200.0);
    QCOMPARE(p.timedOut, QList<int>{1});
    QCOMPARE(p.ended, (QList<Ended>{{0, 0, 30, false}, {1, 30, 150, true}, {2, 150, 200, false}}));

    p = progressAt(noClocks, 2, {5, 1000}, 5000);
    QVERIFY(p.finished);
    QCOMPARE(p.shownAt, 1000.0);
    QVERIFY(p.timedOut.isEmpty());
}

void TestContestantProgress::deadlineIsTheEarlierClock()
{
    ContestantProgress p = progressAt(both, 4, {100, 220}, 250);
    QCOMPARE(p.currentIndex, 2);
    QCOMPARE(p.deadline, 300.0); // min(220 + 120, 300)
    QCOMPARE(p.finishesBy, 300.0);
    p = progressAt(both, 4, {100, 220}, 300.5);
    QVERIFY(p.finished);
    QVERIFY(p.roundClockRanOut);
    QCOMPARE(p.timedOut, QList<int>{2});
    QCOMPARE(p.ended.size(), 3);
}

void TestContestantProgress::scanComingUpAsTheRoundEndsIsNotScored()
{
    // Scan 2 answered at the round clock's last instant: scan 3 comes up with no time left.
    ContestantProgress p = progressAt(both, 4, {100, 220, 300}, 300);
    QCOMPARE(p.currentIndex, 3);
    QCOMPARE(p.deadline, 300.0);
    p = progressAt(both, 4, {100, 220, 300}, 301);
    QVERIFY(p.finished);
    QVERIFY(p.roundClockRanOut);
    QVERIFY(p.timedOut.isEmpty());
    QCOMPARE(p.ended.size(), 3);
    QCOMPARE(answerRefusal(both, 4, {100, 220, 300}, 3, 301), AnswerRefusal::RoundOver);
}

void TestContestantProgress::answersNotThereYetOrOutOfTime()
{
    // An answer recorded later than the time asked about is not there yet.
    ContestantProgress p = progressAt(perScan, 4, {50}, 40);
    QCOMPARE(p.currentIndex, 0);
    QVERIFY(p.ended.isEmpty());
    // An answer after its deadline (which checkAnswer refuses) does not count: the scan timed out.
    p = progressAt(perScan, 4, {121}, 130);
    QCOMPARE(p.currentIndex, 1);
    QCOMPARE(p.shownAt, 120.0);
    QCOMPARE(p.timedOut, QList<int>{0});
    // The answer exactly at the deadline counts, and the next scan is shown from then.
    p = progressAt(perScan, 4, {120}, 130);
    QCOMPARE(p.currentIndex, 1);
    QCOMPARE(p.shownAt, 120.0);
    QVERIFY(p.timedOut.isEmpty());
}

void TestContestantProgress::emptyRoundAndCountdown()
{
    const ContestantProgress empty = progressAt(perScan, 0, {}, 0);
    QVERIFY(empty.finished);
    QCOMPARE(empty.currentIndex, 0);
    const ContestantProgress early = progressAt(roundOnly, 3, {}, -5); // before play starts
    QCOMPARE(early.currentIndex, 0);
    QVERIFY(!early.finished);
}

void TestContestantProgress::checkAnswer_data()
{
    QTest::addColumn<RoundSettings>("settings");
    QTest::addColumn<QList<double>>("answeredAt");
    QTest::addColumn<int>("scan");
    QTest::addColumn<double>("now");
    QTest::addColumn<std::optional<AnswerRefusal>>("refusal");
    QTest::addColumn<QString>("message"); // empty: accepted, and then the response time
    QTest::addColumn<double>("shownAt");
    const std::optional<AnswerRefusal> ok;
    const QList<double> none;
    QTest::newRow("first at once") << perScan << none << 0 << 0.0 << ok << QString() << 0.0;
    QTest::newRow("exactly at the scan deadline") << perScan << none << 0 << 120.0 << ok << QString() << 0.0;
    QTest::newRow("just after the scan deadline")
        << perScan << none << 0 << 120.001 << std::optional(AnswerRefusal::TimedOut)
        << "too late for scan 1 of 4: its clock ran out at 120 s of play" << 0.0;
    QTest::newRow("next scan after a timeout") << perScan << none << 1 << 120.001 << ok << QString() << 120.0;
    QTest::newRow("exactly at the round deadline") << roundOnly << none << 0 << 600.0 << ok << QString() << 0.0;
    QTest::newRow("just after the round deadline")
        << roundOnly << none << 0 << 600.5 << std::optional(AnswerRefusal::RoundOver)
        << "too late for scan 1 of 4: the round's clock ran out at 600 s of play" << 0.0;
    QTest::newRow("unseen scan after the round")
        << roundOnly << QList<double>{10} << 2 << 600.5 << std::optional(AnswerRefusal::RoundOver)
        << "too late for scan 3 of 4: the round's clock ran out at 600 s of play" << 0.0;
    QTest::newRow("round clock cuts the scan clock")
        << both << QList<double>{100, 220} << 2 << 300.0 << ok << QString() << 220.0;
    QTest::newRow("round clock cut the scan clock")
        << both << QList<double>{100, 220} << 2 << 300.5 << std::optional(AnswerRefusal::RoundOver)
        << "too late for scan 3 of 4: the round's clock ran out at 300 s of play" << 0.0;
    QTest::newRow("earlier scan timed out in a timed round")
        << both << QList<double>{None, 220} << 0 << 250.0 << std::optional(AnswerRefusal::TimedOut)
        << "too late for scan 1 of 4: its clock ran out at 120 s of play" << 0.0;
    QTest::newRow("answered already") << perScan << QList<double>{30} << 0 << 40.0
                                      << std::optional(AnswerRefusal::AlreadyAnswered)
                                      << "scan 1 of 4 is already answered" << 0.0;
    QTest::newRow("answered already, all done")
        << noClocks << QList<double>{1, 2, 3, 4} << 3 << 40.0 << std::optional(AnswerRefusal::AlreadyAnswered)
        << "scan 4 of 4 is already answered" << 0.0;
    QTest::newRow("skipping ahead") << perScan << none << 2 << 10.0 << std::optional(AnswerRefusal::NotShownYet)
                                    << "scan 3 of 4 is not shown yet: scan 1 is on screen" << 0.0;
    QTest::newRow("no such scan") << perScan << none << 4 << 10.0 << std::optional(AnswerRefusal::NoSuchScan)
                                  << "scan 5 does not exist: the round has 4 scans" << 0.0;
    QTest::newRow("negative index") << perScan << none << -1 << 10.0 << std::optional(AnswerRefusal::NoSuchScan)
                                    << "scan 0 does not exist: the round has 4 scans" << 0.0;
    QTest::newRow("no clocks, a day later") << noClocks << QList<double>{5} << 1 << 86400.0 << ok << QString() << 5.0;
}

void TestContestantProgress::checkAnswer()
{
    QFETCH(RoundSettings, settings);
    QFETCH(QList<double>, answeredAt);
    QFETCH(int, scan);
    QFETCH(double, now);
    QFETCH(std::optional<AnswerRefusal>, refusal);
    QFETCH(QString, message);
    QFETCH(double, shownAt);
    QCOMPARE(answerRefusal(settings, 4, answeredAt, scan, now), refusal);
    const Expected<ContestantProgress> checked = pen::checkAnswer(settings, 4, answeredAt, scan, now);
    QCOMPARE(checked.hasValue(), message.isEmpty());
    if (checked) {
        QCOMPARE(checked->currentIndex, scan);
        QCOMPARE(checked->shownAt, shownAt);
        QVERIFY(now <= checked->deadline);
    } else {
        QCOMPARE(checked.error().message, message);
        QCOMPARE(checked.error().code,
                 *refusal == AnswerRefusal::NoSuchScan ? ErrorCode::InvalidArgument : ErrorCode::Validation);
    }
}

QTEST_APPLESS_MAIN(TestContestantProgress)
#include "tst_contestantprogress.moc"
