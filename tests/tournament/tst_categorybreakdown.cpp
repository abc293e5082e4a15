// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentFixture.h"

#include "tournament/CategoryBreakdown.h"

#include <QTest>

using namespace pen;
using namespace pen::test;

namespace {

// Over s1..s5, answered at 10, 30, 60, 100, 150 (10, 20, 30, 40, 50 s each):
// s1 two marks on the brick; s2 a mark naming "weapons"; s3 the gun only; s4 a mark naming
// nothing; s5 left clear (its brick missed).
RoundResult playedRound(const RoundPlan &round, const ImageSet &set)
{
    const QList<QList<Mark>> marks{{markAt(OnBrick), markAt(OnBrick + QPointF(5, 5))},
                                   {markAt(OnNothing, QStringLiteral("weapons"))},
                                   {markAt(OnGun)},
                                   {markAt(OnNothing)},
                                   {}};
    const auto counted = answers(round.id, QStringLiteral("carl"), marks, {10, 30, 60, 100, 150});
    return RoundResult::from(round, set, counted, 150, true);
}

} // namespace

class TestCategoryBreakdown final : public QObject {
    Q_OBJECT
private slots:
    void perCategoryOfOneRound();
    void categoriesWithoutTargetsHaveNoRow();
    void eventAddsRoundsUp();
    void declarationChecksGoByInconsistency();
    void noAnswerAtAll();
};

void TestCategoryBreakdown::perCategoryOfOneRound()
{
    const ImageSet set = tournamentSet();
    const RoundPlan round = tournamentRound(QStringLiteral("r1"), 5);
    const CategoryBreakdown breakdown = CategoryBreakdown::ofRound(round.settings, set, playedRound(round, set));
    const QList<CategoryBreakdown::Row> rows = breakdown.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].category, QStringLiteral("narcotics"));
    QCOMPARE(rows[1].category, QStringLiteral("weapons"));

    const CategoryBreakdown::Row &narcotics = rows[0];
    QCOMPARE(narcotics.objectsHit, 1);    // s1's brick, once for two marks
    QCOMPARE(narcotics.objectsMissed, 2); // s3's bag, s5's brick
    QCOMPARE(narcotics.detection.hits, 1);
    QCOMPARE(narcotics.detection.misses, 2);      // s3 counts as a miss for narcotics though its gun was found
    QCOMPARE(narcotics.detection.falseAlarms, 1); // s4's unnamed mark; s2's mark named weapons
    QCOMPARE(narcotics.detection.correctRejections, 1);
    QCOMPARE(narcotics.hitRate(), 1.0 / 3);
    QCOMPARE(narcotics.falseAlarmRate(), 0.5);
    QCOMPARE(narcotics.meanResponseSeconds, (10 + 30 + 50) / 3.0);
    QCOMPARE(narcotics.dPrime(), SignalDetection::z(1.5 / 4) - SignalDetection::z(1.5 / 3));
    QCOMPARE(narcotics.dA(), (SignalDetection{1, 2, 1, 1}.dA()));

    const CategoryBreakdown::Row &weapons = rows[1];
    QCOMPARE(weapons.objectsHit, 1);
    QCOMPARE(weapons.objectsMissed, 0);
    QCOMPARE(weapons.detection.hits, 1);
    QCOMPARE(weapons.detection.misses, 0);
    QCOMPARE(weapons.detection.falseAlarms, 2); // named weapons on s2, unnamed on s4
    QCOMPARE(weapons.detection.correctRejections, 0);
    QCOMPARE(weapons.meanResponseSeconds, 30.0);
    QCOMPARE(weapons.dPrime(), SignalDetection::z(1.5 / 2) - SignalDetection::z(2.5 / 3)); // every clear scan marked
}

void TestCategoryBreakdown::categoriesWithoutTargetsHaveNoRow()
{
    const ImageSet set = tournamentSet();
    const RoundPlan round = tournamentRound(QStringLiteral("r1"), 5);
    const CategoryBreakdown breakdown = CategoryBreakdown::ofRound(round.settings, set, playedRound(round, set));
    QVERIFY(!breakdown.row(QStringLiteral("other"))); // s5's lamp is not a target
    QVERIFY(!breakdown.row(QStringLiteral("explosives")));
    QVERIFY(breakdown.row(QStringLiteral("weapons")));
    QCOMPARE(breakdown.row(QStringLiteral("weapons"))->objectsHit, 1);
}

void TestCategoryBreakdown::eventAddsRoundsUp()
{
    const ImageSet set = tournamentSet();
    // Round 1 holds only s1 and s2 (no weapons); round 2 all five scans.
    const RoundPlan first = tournamentRound(QStringLiteral("r1"), 2);
    const RoundPlan second = tournamentRound(QStringLiteral("r2"), 5);
    CategoryBreakdown breakdown;
    breakdown.addRound(first.settings, set, playedRound(first, set));
    breakdown.addRound(second.settings, set, playedRound(second, set));
    const auto narcotics = breakdown.row(QStringLiteral("narcotics"));
    QVERIFY(narcotics);
    QCOMPARE(narcotics->objectsHit, 2);
    QCOMPARE(narcotics->detection.hits, 2);
    QCOMPARE(narcotics->detection.misses, 2);
    QCOMPARE(narcotics->detection.correctRejections, 2); // s2 twice
    // Weapons appear only in round 2, but round 1's clear scan counts in their false alarm rate.
    const auto weapons = breakdown.row(QStringLiteral("weapons"));
    QVERIFY(weapons);
    QCOMPARE(weapons->detection.falseAlarms, 3);
    QCOMPARE(weapons->detection.correctRejections, 0);
    QCOMPARE(weapons->falseAlarmRate(), 1.0);
}

void TestCategoryBreakdown::declarationChecksGoByInconsistency()
{
    ImageSet set;
    set.name = QStringLiteral("declarations");
    ImageSetEntry entry;
    entry.scan.id = QStringLiteral("c1");
    entry.scan.truth = {object(QStringLiteral("pallet"), QStringLiteral("tobacco"), QRectF(0, 0, 100, 100),
                               QStringLiteral("undeclared-goods")),
                        object(QStringLiteral("boxes"), QStringLiteral("tobacco"), QRectF(200, 0, 100, 100),
                               QStringLiteral("wrong-quantity"))};
    set.entries.append(entry);
    RoundPlan round;
    round.id = QStringLiteral("d1");
    round.imageSetId = set.name;
    round.scanIds = {QStringLiteral("c1")};
    round.settings = RoundSettings::defaultsFor(RoundType::DeclarationCheck);
    RecordedAnswer answer;
    answer.roundId = round.id;
    answer.contestantId = QStringLiteral("carl");
    answer.scanIndex = 0;
    answer.playTime = 45;
    answer.answer.marks = {markAt({50, 50}, QStringLiteral("undeclared-goods"))};
    const RoundResult result = RoundResult::from(round, set, {answer}, 45, true);
    const QList<CategoryBreakdown::Row> rows = CategoryBreakdown::ofRound(round.settings, set, result).rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].category, QStringLiteral("undeclared-goods"));
    QCOMPARE(rows[0].objectsHit, 1);
    QCOMPARE(rows[0].meanResponseSeconds, 45.0);
    QCOMPARE(rows[1].category, QStringLiteral("wrong-quantity"));
    QCOMPARE(rows[1].objectsMissed, 1);
    QCOMPARE(rows[1].detection.misses, 1);
}

void TestCategoryBreakdown::noAnswerAtAll()
{
    const ImageSet set = tournamentSet();
    const RoundPlan round = tournamentRound(QStringLiteral("r1"), 5);
    const RoundResult result = RoundResult::from(round, set, {}, 1e6, true);
    const auto narcotics = CategoryBreakdown::ofRound(round.settings, set, result).row(QStringLiteral("narcotics"));
    QVERIFY(narcotics);
    QCOMPARE(narcotics->detection.hits, 0);
    QCOMPARE(narcotics->detection.misses, 3);
    QCOMPARE(narcotics->detection.correctRejections, 2);
    QCOMPARE(narcotics->hitRate(), 0.0);
    QCOMPARE(narcotics->meanResponseSeconds, 120.0);
    QVERIFY(narcotics->dPrime() < 0); // corrected rates: z(0.5/4) − z(2.5/3)
    QVERIFY(CategoryBreakdown().rows().isEmpty());
}

QTEST_APPLESS_MAIN(TestCategoryBreakdown)
#include "tst_categorybreakdown.moc"
