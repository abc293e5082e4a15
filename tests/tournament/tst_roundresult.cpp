// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentFixture.h"

#include "tournament/RoundResult.h"

#include <QTest>

using namespace pen;
using namespace pen::test;
using Verdict = ScanOutcome::Verdict;

class TestRoundResult final : public QObject {
    Q_OBJECT
private slots:
    void noAnswerAtAll();
    void scanOnScreenCountsOnlyOnceTheRoundHasEnded();
    void twoMarksOnOneObjectHitItOnce();
    void responseTimesAreTheServers();
    void answerAfterItsDeadlineIsNotScored();
    void roundClockLeavesUnseenScansUnscored();
    void combinedIsTheScoreOverEveryAnswer();
};

void TestRoundResult::noAnswerAtAll()
{
    const RoundResult result
        = RoundResult::from(tournamentRound(QStringLiteral("r1")), tournamentSet(), {}, 480.5, true);
    QCOMPARE(result.scanIndices, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(result.outcomes[0].verdict, Verdict::Miss);
    QCOMPARE(result.outcomes[1].verdict, Verdict::CorrectRejection);
    QCOMPARE(result.outcomes[2].verdict, Verdict::Miss);
    QCOMPARE(result.outcomes[3].verdict, Verdict::CorrectRejection);
    for (const Answer &answer : result.answers) {
        QVERIFY(answer.timedOut);
        QVERIFY(answer.marks.isEmpty());
        QCOMPARE(answer.responseSeconds, 120.0);
    }
    QCOMPARE(result.answers[2].scanId, QStringLiteral("s3"));
    QCOMPARE(result.score.points, 0.0);
    QCOMPARE(result.score.objectsMissed, 3);
    QCOMPARE(result.score.scansTimedOut, 4);
    QCOMPARE(result.score.detection.misses, 2);
    QCOMPARE(result.score.detection.correctRejections, 2);
    QCOMPARE(result.score.totalSeconds, 480.0);
}

void TestRoundResult::scanOnScreenCountsOnlyOnceTheRoundHasEnded()
{
    const RoundPlan round = tournamentRound(QStringLiteral("r1"));
    const auto counted = answers(round.id, QStringLiteral("carl"), {{markAt(OnBrick)}}, {30});
    const RoundResult live = RoundResult::from(round, tournamentSet(), counted, 60, false);
    QCOMPARE(live.scanIndices, QList<int>{0});
    QCOMPARE(live.score.points, 10 + 5 * (1 - 30.0 / 120)); // the rule: hit + speed bonus
    const RoundResult ended = RoundResult::from(round, tournamentSet(), counted, 60, true);
    QCOMPARE(ended.scanIndices, (QList<int>{0, 1}));
    QVERIFY(ended.answers[1].timedOut);
    QCOMPARE(ended.answers[1].responseSeconds, 30.0);
    QCOMPARE(ended.score.scansTimedOut, 1);
    // Ended at the instant the scan came up: it was never really on screen.
    QCOMPARE(RoundResult::from(round, tournamentSet(), counted, 30, true).scanIndices, QList<int>{0});
}

void TestRoundResult::twoMarksOnOneObjectHitItOnce()
{
    const RoundPlan round = tournamentRound(QStringLiteral("r1"));
    const auto counted
        = answers(round.id, QStringLiteral("carl"), {{markAt(OnBrick), markAt(OnBrick + QPointF(10, 10))}}, {60});
    const RoundResult result = RoundResult::from(round, tournamentSet(), counted, 60, false);
    QCOMPARE(result.outcomes[0].hitObjects, QStringList{QStringLiteral("brick")});
    QVERIFY(result.outcomes[0].falseAlarmMarks.isEmpty());
    QCOMPARE(result.score.objectsHit, 1);
    QCOMPARE(result.score.falseAlarmMarks, 0);
    QCOMPARE(result.score.points, 10 + 5 * 0.5);
}

void TestRoundResult::responseTimesAreTheServers()
{
    const RoundPlan round = tournamentRound(QStringLiteral("r1"));
    auto counted = answers(round.id, QStringLiteral("carl"), {{}, {}}, {90, 100});
    counted[0].answer.responseSeconds = 1; // what the client claimed
    counted[0].answer.timedOut = true;
    const RoundResult result = RoundResult::from(round, tournamentSet(), counted, 100, false);
    QCOMPARE(result.answers[0].responseSeconds, 90.0);
    QVERIFY(!result.answers[0].timedOut);
    QCOMPARE(result.answers[1].responseSeconds, 10.0);
    QCOMPARE(result.score.totalSeconds, 100.0);
}

void TestRoundResult::answerAfterItsDeadlineIsNotScored()
{
    const RoundPlan round = tournamentRound(QStringLiteral("r1"));
    const auto counted = answers(round.id, QStringLiteral("carl"), {{markAt(OnBrick)}}, {130});
    const RoundResult result = RoundResult::from(round, tournamentSet(), counted, 130, false);
    QCOMPARE(result.scanIndices, QList<int>{0});
    QVERIFY(result.answers[0].timedOut);
    QVERIFY(result.answers[0].marks.isEmpty());
    QCOMPARE(result.outcomes[0].verdict, Verdict::Miss);
}

void TestRoundResult::roundClockLeavesUnseenScansUnscored()
{
    RoundPlan round = tournamentRound(QStringLiteral("r1"));
    round.settings = RoundSettings::defaultsFor(RoundType::FindTheMost); // 600 s, no per-scan clock
    const auto counted
        = answers(round.id, QStringLiteral("carl"), {{markAt(OnBrick)}, {markAt(OnNothing)}}, {100, 200});
    const RoundResult result = RoundResult::from(round, tournamentSet(), counted, 600.5, true);
    QCOMPARE(result.scanIndices, (QList<int>{0, 1, 2})); // s4 never came up
    QCOMPARE(result.score.objectsHit, 1);
    QCOMPARE(result.score.falseAlarmMarks, 1);
    QCOMPARE(result.score.objectsMissed, 2);
    QCOMPARE(result.score.points, 10.0 - 5); // no speed bonus without a per-scan clock
    QCOMPARE(result.answers[2].responseSeconds, 400.0);
}

void TestRoundResult::combinedIsTheScoreOverEveryAnswer()
{
    const RoundPlan round = tournamentRound(QStringLiteral("r1"));
    const RoundResult a
        = RoundResult::from(round, tournamentSet(),
                            answers(round.id, QStringLiteral("carl"), {{}, {}, {}, {}}, {10, 20, 30, 40}), 40, true);
    const RoundResult b = RoundResult::from(
        round, tournamentSet(), answers(round.id, QStringLiteral("carl"), {{markAt(OnBrick)}}, {100}), 100, true);
    const RoundResult both = RoundResult::combined({a, b});
    QCOMPARE(both.answers.size(), 5);
    QCOMPARE(both.score.points, a.score.points + b.score.points);
    QCOMPARE(both.score.totalSeconds, 140.0);
    QCOMPARE(both.score.medianResponseSeconds, 10.0); // of 10, 10, 10, 10, 100
    QCOMPARE(both.score.detection.misses, a.score.detection.misses + b.score.detection.misses);
    QCOMPARE(both.score.detection.hits, 1);
}

QTEST_APPLESS_MAIN(TestRoundResult)
#include "tst_roundresult.moc"
