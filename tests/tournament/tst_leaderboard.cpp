// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentFixture.h"

#include "tournament/Leaderboard.h"
#include "tournament/StandingsIndex.h"

#include <QRandomGenerator>

#include <QTest>

using namespace pen;
using namespace pen::test;

namespace {

// Points without a speed bonus, so that equal findings make exactly equal points:
// 10 per object hit, 10 off per false alarm mark.
RoundPlan flatRound(const QString &id)
{
    RoundPlan round = tournamentRound(id);
    round.settings.scoring = {10, 0, 10};
    return round;
}

// Marks on s1..s4: every target found, plus a false alarm on s2 when asked.
QList<QList<Mark>> findings(int objects, bool falseAlarm)
{
    QList<QList<Mark>> marks{{}, {}, {}, {}};
    const QList<std::pair<int, QPointF>> targets{{0, OnBrick}, {2, OnGun}, {2, OnBag}};
    for (int i = 0; i < objects; ++i)
        marks[targets[i].first].append(markAt(targets[i].second));
    if (falseAlarm)
        marks[1].append(markAt(OnNothing));
    return marks;
}

RoundEntry entry(const char *event, const RoundPlan &round, const char *id, const char *name, int objects,
                 bool falseAlarm, double secondsPerScan)
{
    const QList<double> times{secondsPerScan, 2 * secondsPerScan, 3 * secondsPerScan, 4 * secondsPerScan};
    const QString contestant = QString::fromLatin1(id);
    const auto counted = answers(round.id, contestant, findings(objects, falseAlarm), times);
    return {QString::fromLatin1(event), round.id, contestant, QString::fromLatin1(name),
            RoundResult::from(round, tournamentSet(), counted, times.last(), true)};
}

QStringList order(const QList<Standing> &standings)
{
    QStringList ids;
    for (const Standing &standing : standings)
        ids.append(QStringLiteral("%1:%2").arg(standing.rank).arg(standing.contestantId));
    return ids;
}

} // namespace

class TestLeaderboard final : public QObject {
    Q_OBJECT
private slots:
    void tiesShareRanksAndBreakByFalseAlarmsThenTime();
    void rankStandingsOfGivenScores();
    void roundBoardTakesOnlyItsRound();
    void eventBoardSumsRounds();
    void overallBoardSumsEvents();
    void emptyBoards();
    void indexEqualsRankStandingsAfterEveryChange();
};

void TestLeaderboard::tiesShareRanksAndBreakByFalseAlarmsThenTime()
{
    const RoundPlan round = flatRound(QStringLiteral("r1"));
    const QList<RoundEntry> entries{
        entry("e1", round, "fay", "Fay", 1, false, 5),     // 10 points
        entry("bert", round, "bert", "Bert", 3, true, 10), // other event: not on this board
        entry("e1", round, "bert", "Bert", 3, true, 10),   // 20 points, 1 false alarm, 40 s
        entry("e1", round, "anna", "Anna", 3, true, 10),   // exactly as Bert
        entry("e1", round, "dan", "Dan", 3, true, 5),      // as Anna and Bert, but 20 s
        entry("e1", round, "cleo", "Cleo", 2, false, 50),  // 20 points, no false alarm, 200 s
        entry("e1", round, "eve", "Eve", 3, false, 50),    // 30 points
    };
    const QList<Standing> board = rankRound(entries, QStringLiteral("e1"), QStringLiteral("r1"));
    QCOMPARE(order(board),
             (QStringList{QStringLiteral("1:eve"), QStringLiteral("2:cleo"), QStringLiteral("3:dan"),
                          QStringLiteral("4:anna"), QStringLiteral("4:bert"), QStringLiteral("6:fay")}));
    QCOMPARE(board[0].score.points, 30.0);
    QCOMPARE(board[1].score.points, 20.0);
    QCOMPARE(board[1].score.falseAlarmMarks, 0);
    QCOMPARE(board[2].score.points, 20.0);
    QCOMPARE(board[2].score.falseAlarmMarks, 1);
    QCOMPARE(board[2].score.totalSeconds, 20.0);
    QCOMPARE(board[3].score.totalSeconds, 40.0);
    QCOMPARE(board[3].name, QStringLiteral("Anna"));
    QCOMPARE(board[5].score.points, 10.0);
}

void TestLeaderboard::rankStandingsOfGivenScores()
{
    RoundScore high;
    high.points = 50;
    RoundScore low;
    low.points = 5;
    const QList<Standing> board = rankStandings({{QStringLiteral("b"), QStringLiteral("Same"), 0, low, {}},
                                                 {QStringLiteral("a"), QStringLiteral("Same"), 0, low, {}},
                                                 {QStringLiteral("c"), QStringLiteral("Top"), 0, high, {}}});
    QCOMPARE(order(board), (QStringList{QStringLiteral("1:c"), QStringLiteral("2:a"), QStringLiteral("2:b")}));
}

void TestLeaderboard::roundBoardTakesOnlyItsRound()
{
    const RoundPlan r1 = flatRound(QStringLiteral("r1"));
    const RoundPlan r2 = flatRound(QStringLiteral("r2"));
    const QList<RoundEntry> entries{entry("e1", r1, "anna", "Anna", 1, false, 10),
                                    entry("e1", r2, "anna", "Anna", 3, false, 10),
                                    entry("e1", r2, "bert", "Bert", 2, false, 10)};
    const QList<Standing> board = rankRound(entries, QStringLiteral("e1"), QStringLiteral("r1"));
    QCOMPARE(order(board), QStringList{QStringLiteral("1:anna")});
    QCOMPARE(board[0].score.points, 10.0);
}

void TestLeaderboard::eventBoardSumsRounds()
{
    const RoundPlan r1 = flatRound(QStringLiteral("r1"));
    const RoundPlan r2 = flatRound(QStringLiteral("r2"));
    const QList<RoundEntry> entries{
        entry("e1", r1, "xavi", "Xavi", 3, false, 10), // 30, then 0 in r2: 30 points, no false alarm, 80 s
        entry("e1", r2, "xavi", "Xavi", 0, false, 10),
        entry("e1", r1, "yuki", "Yuki", 3, true, 1), // 20 + 10: 30 points, 1 false alarm
        entry("e1", r2, "yuki", "Yuki", 1, false, 1),
        entry("e1", r2, "zoe", "Zoe", 3, false, 5), // missed r1: 30 points, no false alarm, 20 s
    };
    const QList<Standing> board = rankEvent(entries, QStringLiteral("e1"));
    QCOMPARE(order(board), (QStringList{QStringLiteral("1:zoe"), QStringLiteral("2:xavi"), QStringLiteral("3:yuki")}));
    const Standing &xavi = board[1];
    QCOMPARE(xavi.score.points, 30.0);
    QCOMPARE(xavi.score.objectsHit, 3);
    QCOMPARE(xavi.score.objectsMissed, 3);
    QCOMPARE(xavi.score.scansAnswered, 8);
    QCOMPARE(xavi.score.totalSeconds, 80.0);
    QCOMPARE(xavi.score.detection.hits, 2);
    QCOMPARE(xavi.score.detection.misses, 2);
    QCOMPARE(board[2].score.falseAlarmMarks, 1);
    QCOMPARE(board[2].score.points, 30.0);
}

void TestLeaderboard::overallBoardSumsEvents()
{
    const RoundPlan r1 = flatRound(QStringLiteral("r1"));
    const QList<RoundEntry> entries{
        entry("e1", r1, "xavi", "Xavi", 3, false, 10), entry("e1", r1, "yuki", "Yuki", 2, false, 10),
        entry("e2", r1, "yuki", "Yuki", 2, false, 10), entry("e2", r1, "zoe", "Zoe", 3, false, 10)};
    const QList<Standing> board = rankOverall(entries);
    QCOMPARE(order(board), (QStringList{QStringLiteral("1:yuki"), QStringLiteral("2:xavi"), QStringLiteral("2:zoe")}));
    QCOMPARE(board[0].score.points, 40.0);
    QCOMPARE(board[0].score.scansAnswered, 8);
    QCOMPARE(order(rankEvent(entries, QStringLiteral("e2"))),
             (QStringList{QStringLiteral("1:zoe"), QStringLiteral("2:yuki")}));
}

void TestLeaderboard::emptyBoards()
{
    QVERIFY(rankOverall({}).isEmpty());
    QVERIFY(rankRound({entry("e1", flatRound(QStringLiteral("r1")), "anna", "Anna", 1, false, 10)},
                      QStringLiteral("e1"), QStringLiteral("r9"))
                .isEmpty());
}

// Scores from a few values each, so that exact ties (and ties broken by name, then id) are common.
void TestLeaderboard::indexEqualsRankStandingsAfterEveryChange()
{
    QRandomGenerator random(7);
    const QStringList names{QStringLiteral("Sam"), QStringLiteral("Ann"), QStringLiteral("Bo")};
    StandingsIndex index;
    QHash<QString, Standing> everyone;
    for (int step = 0; step < 3000; ++step) {
        const QString id = QStringLiteral("c%1").arg(random.bounded(40));
        if (random.bounded(10) == 0) {
            index.remove(id);
            everyone.remove(id);
        } else {
            Standing standing{id, names[random.bounded(int(names.size()))], 0, {}, {}};
            standing.score.points = 10.0 * random.bounded(4);
            standing.score.falseAlarmMarks = random.bounded(2);
            standing.score.totalSeconds = 0.5 * random.bounded(3);
            index.set(id, standing.name, standing.score);
            everyone.insert(id, standing);
        }
        const QList<Standing> full = rankStandings(everyone.values());
        const QList<Standing> kept = index.standings();
        QCOMPARE(index.size(), everyone.size());
        QCOMPARE(order(kept), order(full));
        for (qsizetype i = 0; i < kept.size(); ++i) {
            QCOMPARE(kept[i].name, full[i].name);
            QVERIFY(kept[i].score.points == full[i].score.points);
            QVERIFY(kept[i].score.totalSeconds == full[i].score.totalSeconds);
        }
    }
}

QTEST_APPLESS_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
