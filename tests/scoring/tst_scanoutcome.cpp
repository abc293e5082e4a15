// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"

#include <QJsonObject>
#include <QTest>

using namespace pen;

namespace {

GroundTruthObject object(const QString &id, const QString &category, QRectF box, int view = 0)
{
    GroundTruthObject o;
    o.id = id;
    o.category = category;
    o.regions = {Region{view, box, {}}};
    return o;
}

Mark markAt(QPointF centre, const QString &category = {}, int view = 0)
{
    return {Region{view, QRectF(centre - QPointF(5, 5), QSizeF(10, 10)), {}}, category};
}

Answer answerWith(QList<Mark> marks, double seconds = 30)
{
    Answer a;
    a.scanId = QStringLiteral("s1");
    a.marks = std::move(marks);
    a.responseSeconds = seconds;
    return a;
}

RoundSettings narcotics()
{
    RoundSettings settings;
    settings.targetCategories = {QStringLiteral("narcotics")};
    return settings;
}

const QList<GroundTruthObject> twoBricks{
    object(QStringLiteral("a"), QStringLiteral("narcotics"), QRectF(0, 0, 100, 100)),
    object(QStringLiteral("b"), QStringLiteral("narcotics"), QRectF(200, 0, 100, 100)),
    object(QStringLiteral("w"), QStringLiteral("weapon"), QRectF(400, 0, 100, 100))};

} // namespace

class TestScanOutcome final : public QObject {
    Q_OBJECT
private slots:
    void markInsideRegionHits();
    void eachObjectCountsOnce();
    void markElsewhereIsFalseAlarm();
    void nonTargetsAreNeitherHitNorMissed();
    void otherViewDoesNotHit();
    void categoryRequired();
    void declarationChecksMatchInconsistencyKinds();
    void cleanScanVerdicts();
    void pointsFollowTheRule();
    void roundScoreAddsUpAndRanks();
    void aBoxDrawnRoundTheObjectHits();
    void aMarkOverTheWholeBagDoesNot();
    void oneMarkFindsSeveralWhereTheRoundSaysSo();
    void storedRoundsKeepTheRuleTheyWerePlayedWith();
};

namespace {

/// A pistol seen from the side: an L whose box's centre lies in the empty corner.
GroundTruthObject pistol()
{
    GroundTruthObject o;
    o.id = QStringLiteral("pistol");
    o.category = QStringLiteral("weapon");
    o.regions = {Region{0,
                        QRectF(100, 100, 200, 150),
                        {QPointF(100, 100), QPointF(300, 100), QPointF(300, 160), QPointF(160, 160), QPointF(160, 250),
                         QPointF(100, 250)}}};
    return o;
}

Mark box(const QRectF &rect, const QString &category = {})
{
    return {Region{0, rect, {}}, category};
}

RoundSettings withRule(RoundSettings::HitRule rule)
{
    RoundSettings settings;
    settings.hitRule = rule;
    return settings;
}

} // namespace

void TestScanOutcome::aBoxDrawnRoundTheObjectHits()
{
    const QRectF round(95, 95, 210, 160);
    QVERIFY2(!pistol().regions.first().contains(round.center()), "the box's centre is in the L's empty corner");
    const ScanOutcome covers
        = ScanOutcome::evaluate(answerWith({box(round)}), {pistol()}, withRule(RoundSettings::HitRule::Covers), 120);
    QCOMPARE(covers.hitObjects, QStringList{QStringLiteral("pistol")});
    QVERIFY(covers.falseAlarmMarks.isEmpty());
    // The truth's own box, and one 10 % larger on each side, hit too.
    const QRectF truth = pistol().regions.first().bounds();
    for (const QRectF &mark : {truth, truth.adjusted(-20, -15, 20, 15)}) {
        const ScanOutcome o
            = ScanOutcome::evaluate(answerWith({box(mark)}), {pistol()}, withRule(RoundSettings::HitRule::Covers), 120);
        QCOMPARE(o.hitObjects, QStringList{QStringLiteral("pistol")});
    }
    // Half of the object's box is the least a mark must cover.
    const ScanOutcome half = ScanOutcome::evaluate(answerWith({box(QRectF(210, 100, 90, 150))}), {pistol()},
                                                   withRule(RoundSettings::HitRule::Covers), 120);
    QCOMPARE(half.verdict, ScanOutcome::Verdict::Miss);
    // The former rule, kept for rounds played with it: the same box is a miss and a false alarm.
    const ScanOutcome centre = ScanOutcome::evaluate(answerWith({box(round)}), {pistol()},
                                                     withRule(RoundSettings::HitRule::CentreInside), 120);
    QCOMPARE(centre.missedObjects, QStringList{QStringLiteral("pistol")});
    QCOMPARE(centre.falseAlarmMarks, QList<int>{0});
}

void TestScanOutcome::aMarkOverTheWholeBagDoesNot()
{
    // Covering the whole object is not enough when the mark is more than four times its size.
    const ScanOutcome o = ScanOutcome::evaluate(answerWith({box(QRectF(0, 0, 420, 500))}), {pistol()},
                                                withRule(RoundSettings::HitRule::Covers), 120);
    QVERIFY2(!pistol().regions.first().contains(QPointF(210, 250)), "and its centre is off the pistol");
    QCOMPARE(o.verdict, ScanOutcome::Verdict::Miss);
    QCOMPARE(o.falseAlarmMarks, QList<int>{0});
}

void TestScanOutcome::oneMarkFindsSeveralWhereTheRoundSaysSo()
{
    // Two cigarette loads side by side, one box over both.
    const QList<GroundTruthObject> loads{
        object(QStringLiteral("left"), QStringLiteral("cigarettes"), QRectF(0, 0, 100, 200)),
        object(QStringLiteral("right"), QStringLiteral("cigarettes"), QRectF(100, 0, 120, 200))};
    const Answer both = answerWith({box(QRectF(-5, -5, 230, 210))});
    RoundSettings most = RoundSettings::defaultsFor(RoundType::FindTheMost);
    QVERIFY(most.markMayFindSeveral);
    const ScanOutcome several = ScanOutcome::evaluate(both, loads, most, 0);
    QCOMPARE(several.hitObjects, (QStringList{QStringLiteral("left"), QStringLiteral("right")}));
    QCOMPARE(several.hittingMarks, (QList<int>{0, 0}));

    // Otherwise the one mark finds the load it covers best; the other is missed, and no false alarm.
    most.markMayFindSeveral = false;
    const ScanOutcome one = ScanOutcome::evaluate(answerWith({box(QRectF(20, 0, 200, 200))}), loads, most, 0);
    QCOMPARE(one.hitObjects, QStringList{QStringLiteral("right")});
    QCOMPARE(one.missedObjects, QStringList{QStringLiteral("left")});
    QVERIFY(one.falseAlarmMarks.isEmpty());
}

void TestScanOutcome::storedRoundsKeepTheRuleTheyWerePlayedWith()
{
    QJsonObject stored = RoundSettings::defaultsFor(RoundType::FindTheThreat).toJson();
    QCOMPARE(stored.value(QStringLiteral("hitRule")).toString(), QStringLiteral("covers-v2"));
    QCOMPARE(RoundSettings::fromStoredJson(stored)->hitRule, RoundSettings::HitRule::Covers);
    stored.remove(QStringLiteral("hitRule")); // as stored before rules were named
    QCOMPARE(RoundSettings::fromStoredJson(stored)->hitRule, RoundSettings::HitRule::CentreInside);
    QCOMPARE(RoundSettings::fromJson(stored)->hitRule, RoundSettings::HitRule::Covers); // a new round
    stored.insert(QStringLiteral("hitRule"), QStringLiteral("touches-v9"));
    const auto refused = RoundSettings::fromJson(stored);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("hitRule:")), qPrintable(refused.error().message));
}

void TestScanOutcome::markInsideRegionHits()
{
    const ScanOutcome o = ScanOutcome::evaluate(answerWith({markAt({50, 50})}), twoBricks, narcotics(), 120);
    QCOMPARE(o.hitObjects, QStringList{QStringLiteral("a")});
    QCOMPARE(o.missedObjects, QStringList{QStringLiteral("b")});
    QCOMPARE(o.hittingMarks, QList<int>{0});
    QVERIFY(o.falseAlarmMarks.isEmpty());
    QCOMPARE(o.verdict, ScanOutcome::Verdict::Hit);
    QCOMPARE(o.targetCount(), 2);
}

void TestScanOutcome::eachObjectCountsOnce()
{
    const ScanOutcome o = ScanOutcome::evaluate(answerWith({markAt({250, 50}), markAt({20, 20}), markAt({60, 60})}),
                                                twoBricks, narcotics(), 120);
    QCOMPARE(o.hitObjects, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(o.hittingMarks, (QList<int>{1, 0})); // truth order, the first mark on each object
    QVERIFY(o.falseAlarmMarks.isEmpty());         // a second mark on "a" is no false alarm
}

void TestScanOutcome::markElsewhereIsFalseAlarm()
{
    const ScanOutcome o
        = ScanOutcome::evaluate(answerWith({markAt({150, 150}), markAt({50, 50})}), twoBricks, narcotics(), 120);
    QCOMPARE(o.falseAlarmMarks, QList<int>{0});
    QCOMPARE(o.hitObjects.size(), 1);
    // Only just outside the box: still a false alarm.
    const ScanOutcome edge = ScanOutcome::evaluate(answerWith({markAt({100.5, 50})}), twoBricks, narcotics(), 120);
    QCOMPARE(edge.falseAlarmMarks, QList<int>{0});
    QCOMPARE(edge.verdict, ScanOutcome::Verdict::Miss);
}

void TestScanOutcome::nonTargetsAreNeitherHitNorMissed()
{
    const ScanOutcome o = ScanOutcome::evaluate(answerWith({markAt({450, 50})}), twoBricks, narcotics(), 120);
    QCOMPARE(o.falseAlarmMarks, QList<int>{0}); // the weapon is not what this round looks for
    QCOMPARE(o.missedObjects.size(), 2);
    RoundSettings any; // no target list: every category but "other"
    const ScanOutcome all = ScanOutcome::evaluate(answerWith({markAt({450, 50})}), twoBricks, any, 120);
    QCOMPARE(all.hitObjects, QStringList{QStringLiteral("w")});
    QCOMPARE(all.targetCount(), 3);
}

void TestScanOutcome::otherViewDoesNotHit()
{
    const ScanOutcome o = ScanOutcome::evaluate(answerWith({markAt({50, 50}, {}, 1)}), twoBricks, narcotics(), 120);
    QVERIFY(o.hitObjects.isEmpty());
    QCOMPARE(o.falseAlarmMarks, QList<int>{0});
}

void TestScanOutcome::categoryRequired()
{
    RoundSettings settings = narcotics();
    settings.categoryRequired = true;
    const ScanOutcome wrong
        = ScanOutcome::evaluate(answerWith({markAt({50, 50}, QStringLiteral("weapon"))}), twoBricks, settings, 120);
    QVERIFY(wrong.hitObjects.isEmpty());
    QCOMPARE(wrong.falseAlarmMarks, QList<int>{0});
    const ScanOutcome right
        = ScanOutcome::evaluate(answerWith({markAt({50, 50}, QStringLiteral("narcotics"))}), twoBricks, settings, 120);
    QCOMPARE(right.hitObjects, QStringList{QStringLiteral("a")});
}

void TestScanOutcome::declarationChecksMatchInconsistencyKinds()
{
    GroundTruthObject undeclared = object(QStringLiteral("u"), QStringLiteral("cigarettes"), QRectF(0, 0, 500, 200));
    undeclared.inconsistency = QStringLiteral("undeclared-goods");
    const QList<GroundTruthObject> truth{
        undeclared, object(QStringLiteral("g"), QStringLiteral("other"), QRectF(600, 0, 100, 100))};
    const RoundSettings settings = RoundSettings::defaultsFor(RoundType::DeclarationCheck);
    QVERIFY(settings.categoryRequired);
    const ScanOutcome right = ScanOutcome::evaluate(
        answerWith({markAt({100, 100}, QStringLiteral("undeclared-goods"))}), truth, settings, 180);
    QCOMPARE(right.hitObjects, QStringList{QStringLiteral("u")});
    const ScanOutcome wrongKind
        = ScanOutcome::evaluate(answerWith({markAt({100, 100}, QStringLiteral("wrong-weight"))}), truth, settings, 180);
    QCOMPARE(wrongKind.verdict, ScanOutcome::Verdict::Miss);
}

void TestScanOutcome::cleanScanVerdicts()
{
    const QList<GroundTruthObject> clean{object(QStringLiteral("x"), QStringLiteral("other"), QRectF(0, 0, 10, 10))};
    QCOMPARE(ScanOutcome::evaluate(answerWith({}), clean, RoundSettings{}, 120).verdict,
             ScanOutcome::Verdict::CorrectRejection);
    QCOMPARE(ScanOutcome::evaluate(answerWith({markAt({5, 5})}), clean, RoundSettings{}, 120).verdict,
             ScanOutcome::Verdict::FalseAlarm);
    QCOMPARE(ScanOutcome::evaluate(answerWith({}), twoBricks, narcotics(), 120).verdict, ScanOutcome::Verdict::Miss);
}

void TestScanOutcome::pointsFollowTheRule()
{
    RoundSettings settings = narcotics();
    settings.scoring = {10, 6, 4};
    // Two hits at 30 s of 120 (bonus 6 × 0.75) and one false alarm.
    const ScanOutcome o = ScanOutcome::evaluate(
        answerWith({markAt({50, 50}), markAt({250, 50}), markAt({150, 150})}, 30), twoBricks, settings, 120);
    QCOMPARE(o.points, 2 * 10 + 6 * 0.75 - 4);
    // No per-scan clock: no speed bonus; no hit: no bonus either.
    QCOMPARE(ScanOutcome::evaluate(answerWith({markAt({50, 50})}, 30), twoBricks, settings, 0).points, 10.0);
    QCOMPARE(ScanOutcome::evaluate(answerWith({markAt({150, 150})}, 1), twoBricks, settings, 120).points, -4.0);
}

void TestScanOutcome::roundScoreAddsUpAndRanks()
{
    const RoundSettings settings = narcotics();
    const QList<GroundTruthObject> clean;
    const QList<Answer> answers{answerWith({markAt({50, 50})}, 10), answerWith({}, 20),
                                answerWith({markAt({5, 5})}, 60), answerWith({}, 30)};
    QList<ScanOutcome> outcomes{ScanOutcome::evaluate(answers[0], twoBricks, settings, 120),
                                ScanOutcome::evaluate(answers[1], twoBricks, settings, 120),
                                ScanOutcome::evaluate(answers[2], clean, settings, 120),
                                ScanOutcome::evaluate(answers[3], clean, settings, 120)};
    const RoundScore score = RoundScore::from(outcomes, answers);
    QCOMPARE(score.detection.hits, 1);
    QCOMPARE(score.detection.misses, 1);
    QCOMPARE(score.detection.falseAlarms, 1);
    QCOMPARE(score.detection.correctRejections, 1);
    QCOMPARE(score.objectsHit, 1);
    QCOMPARE(score.objectsMissed, 3);
    QCOMPARE(score.falseAlarmMarks, 1);
    QCOMPARE(score.meanResponseSeconds, 30.0);
    QCOMPARE(score.medianResponseSeconds, 25.0);
    QCOMPARE(score.totalSeconds, 120.0);

    RoundScore a, b;
    a.points = b.points = 50;
    a.falseAlarmMarks = 1;
    b.falseAlarmMarks = 2;
    QVERIFY(RoundScore::ranksBefore(a, b));
    b.falseAlarmMarks = 1;
    a.totalSeconds = 100;
    b.totalSeconds = 90;
    QVERIFY(RoundScore::ranksBefore(b, a));
    b.points = 49;
    QVERIFY(RoundScore::ranksBefore(a, b));
}

QTEST_GUILESS_MAIN(TestScanOutcome)
#include "tst_scanoutcome.moc"
