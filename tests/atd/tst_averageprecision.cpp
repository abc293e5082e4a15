// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include "atd/AveragePrecision.h"

#include <QTest>

using namespace pen;
using namespace pen::cases;

namespace {

const QRectF onObject(0, 0, 10, 10);
const QRectF elsewhere(50, 50, 10, 10);

// Three scans, one firearm each, at onObject.
TruthByScan threeFirearms()
{
    TruthByScan truth;
    for (const QString &id : {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")})
        truth.insert(id, {truthBox(id + QStringLiteral("-a"), firearm, onObject)});
    return truth;
}

QString describe(std::optional<double> ap)
{
    return ap ? QString::number(*ap, 'g', 17) : QStringLiteral("undefined");
}

} // namespace

class TestAveragePrecision final : public QObject {
    Q_OBJECT
private slots:
    void knownRanking();
    void knownRankingFromScans();
    void tiedScoresAreOneStep();
    void tiesWithinAScanDoNotDependOnOrder();
    void duplicateIsAFalsePositive();
    void wrongCategoryNeverMatches();
    void otherViewNeverMatches();
    void iouExactlyAtThresholdMatches();
    void cocoCountsOnlyThresholdsReached();
    void noTruthIsUndefined();
    void noAnswersIsZero();
    void failedAnswersAndDeclarationObjectsDoNotCount();
};

void TestAveragePrecision::knownRanking()
{
    // rank  p    hit   recall  precision
    //  1   0.9   yes    1/3     1
    //  2   0.8   no     1/3     1/2
    //  3   0.7   yes    2/3     2/3
    //  4   0.6   no     2/3     1/2
    //  5   0.5   yes    1       3/5
    // Envelope: 1 up to recall 1/3, 2/3 up to 2/3, 3/5 up to 1.
    // AP = 1/3·1 + 1/3·2/3 + 1/3·3/5 = 15/45 + 10/45 + 9/45 = 34/45.
    const QList<RankedDetection> ranking{{0.6, false}, {0.9, true}, {0.5, true}, {0.8, false}, {0.7, true}};
    const std::optional<double> ap = averagePrecision(ranking, 3);
    QVERIFY(ap);
    QVERIFY2(near(*ap, 34.0 / 45), qPrintable(describe(ap)));
    const QList<PrecisionRecallPoint> curve = precisionRecallCurve(ranking, 3);
    QCOMPARE(curve.size(), 5);
    QCOMPARE(curve[3].threshold, 0.6);
    QVERIFY(near(curve[3].recall, 2.0 / 3) && near(curve[3].precision, 0.5));
}

void TestAveragePrecision::knownRankingFromScans()
{
    // The same ranking as knownRanking(), as detections in three scans.
    const QList<MachineAnswer> answers{
        answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9)}),
        answer(QStringLiteral("s2"), {detection(firearm, elsewhere, 0.8), detection(firearm, onObject, 0.7)}),
        answer(QStringLiteral("s3"), {detection(firearm, elsewhere, 0.6), detection(firearm, onObject, 0.5)}),
    };
    const std::optional<double> ap = averagePrecision(answers, threeFirearms(), firearm, 0.5);
    QVERIFY2(ap && near(*ap, 34.0 / 45), qPrintable(describe(ap)));
}

void TestAveragePrecision::tiedScoresAreOneStep()
{
    // One object; a hit and a false positive both at 0.8. Taken one by one, hit first would give
    // AP 1 and false positive first 0.5; as one step the only point is recall 1, precision 1/2.
    const QList<RankedDetection> hitFirst{{0.8, true}, {0.8, false}};
    const QList<RankedDetection> falsePositiveFirst{{0.8, false}, {0.8, true}};
    QCOMPARE(averagePrecision(hitFirst, 1), std::optional<double>(0.5));
    QCOMPARE(averagePrecision(falsePositiveFirst, 1), std::optional<double>(0.5));
    QCOMPARE(precisionRecallCurve(hitFirst, 1), precisionRecallCurve(falsePositiveFirst, 1));
    QCOMPARE(precisionRecallCurve(hitFirst, 1).size(), 1);
}

void TestAveragePrecision::tiesWithinAScanDoNotDependOnOrder()
{
    // Two overlapping objects. "Both" overlaps T1 (IoU 2/3) and T2 (IoU 7/13); "exact" is T1
    // itself (IoU 1, and 1/3 with T2). If "both" were matched first it would take T1 and leave
    // "exact" without an object; in rank order (top edge 0 before 2) both objects are found.
    const TruthByScan truth{{QStringLiteral("s1"),
                             {truthBox(QStringLiteral("t1"), firearm, QRectF(0, 0, 10, 10)),
                              truthBox(QStringLiteral("t2"), firearm, QRectF(0, 5, 10, 10))}}};
    const DetectedObject both = detection(firearm, QRectF(0, 2, 10, 10), 0.7);
    const DetectedObject exact = detection(firearm, QRectF(0, 0, 10, 10), 0.7);
    const std::optional<double> listedBothFirst
        = averagePrecision({answer(QStringLiteral("s1"), {both, exact})}, truth, firearm, 0.5);
    const std::optional<double> listedExactFirst
        = averagePrecision({answer(QStringLiteral("s1"), {exact, both})}, truth, firearm, 0.5);
    QCOMPARE(listedBothFirst, listedExactFirst);
    QCOMPARE(listedBothFirst, std::optional<double>(1.0));
}

void TestAveragePrecision::duplicateIsAFalsePositive()
{
    // Two objects in two scans; the first found twice (0.9, 0.8), the second at 0.7.
    // Points: (1/2, 1), (1/2, 1/2), (1, 2/3). AP = 1/2·1 + 1/2·2/3 = 5/6.
    const TruthByScan truth{{QStringLiteral("s1"), {truthBox(QStringLiteral("a"), firearm, onObject)}},
                            {QStringLiteral("s2"), {truthBox(QStringLiteral("b"), firearm, onObject)}}};
    const QList<MachineAnswer> answers{
        answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9), detection(firearm, QRectF(0, 0, 10, 9), 0.8)}),
        answer(QStringLiteral("s2"), {detection(firearm, onObject, 0.7)}),
    };
    const QList<EvaluatedScan> scans = pairWithTruth(answers, truth);
    QCOMPARE(matchDetections(scans[0], firearm, 0.5), (QList<RankedDetection>{{0.9, true}, {0.8, false}}));
    const std::optional<double> ap = averagePrecision(scans, firearm, 0.5);
    QVERIFY2(ap && near(*ap, 5.0 / 6), qPrintable(describe(ap)));
}

void TestAveragePrecision::wrongCategoryNeverMatches()
{
    const TruthByScan truth{{QStringLiteral("s1"), {truthBox(QStringLiteral("a"), firearm, onObject)}}};
    const QList<MachineAnswer> answers{answer(QStringLiteral("s1"), {detection(knife, onObject, 0.9)})};
    QCOMPARE(averagePrecision(answers, truth, firearm, 0.5), std::optional<double>(0.0));
    QCOMPARE(averagePrecision(answers, truth, knife, 0.5), std::nullopt);
}

void TestAveragePrecision::otherViewNeverMatches()
{
    GroundTruthObject twoViews = truthBox(QStringLiteral("a"), firearm, onObject, 0);
    twoViews.regions.append(Region{1, QRectF(30, 30, 10, 10), {}});
    const TruthByScan truth{{QStringLiteral("s1"), {twoViews}}};
    const QList<MachineAnswer> inViewTwo{answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9, 2)})};
    QCOMPARE(averagePrecision(inViewTwo, truth, firearm, 0.5), std::optional<double>(0.0));
    // Same box, but view 1 holds the object elsewhere.
    const QList<MachineAnswer> inViewOne{answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9, 1)})};
    QCOMPARE(averagePrecision(inViewOne, truth, firearm, 0.5), std::optional<double>(0.0));
    const QList<MachineAnswer> rightPlace{
        answer(QStringLiteral("s1"), {detection(firearm, QRectF(30, 30, 10, 10), 0.9, 1)})};
    QCOMPARE(averagePrecision(rightPlace, truth, firearm, 0.5), std::optional<double>(1.0));
}

void TestAveragePrecision::iouExactlyAtThresholdMatches()
{
    // Half of the object: IoU exactly 0.5.
    const TruthByScan truth{{QStringLiteral("s1"), {truthBox(QStringLiteral("a"), firearm, onObject)}}};
    const QList<MachineAnswer> answers{answer(QStringLiteral("s1"), {detection(firearm, QRectF(0, 0, 10, 5), 0.9)})};
    QCOMPARE(averagePrecision(answers, truth, firearm, 0.5), std::optional<double>(1.0));
    QCOMPARE(averagePrecision(answers, truth, firearm, 0.55), std::optional<double>(0.0));
}

void TestAveragePrecision::cocoCountsOnlyThresholdsReached()
{
    QCOMPARE(cocoIouThresholds().size(), 10);
    QCOMPARE(cocoIouThresholds().first(), 0.5);
    QCOMPARE(cocoIouThresholds()[2], 0.6);
    QCOMPARE(cocoIouThresholds().last(), 0.95);
    // IoU 0.62 reaches 0.50, 0.55 and 0.60: AP 1 at three thresholds of ten, 0 at the others.
    const TruthByScan truth{{QStringLiteral("s1"), {truthBox(QStringLiteral("a"), firearm, QRectF(0, 0, 100, 100))}}};
    const QList<MachineAnswer> answers{answer(QStringLiteral("s1"), {detection(firearm, QRectF(0, 0, 100, 62), 0.9)})};
    const std::optional<double> ap = cocoAveragePrecision(answers, truth, firearm);
    QVERIFY2(ap && near(*ap, 0.3), qPrintable(describe(ap)));
    QCOMPARE(cocoAveragePrecision(answers, truth, knife), std::nullopt);
}

void TestAveragePrecision::noTruthIsUndefined()
{
    const QList<MachineAnswer> answers{answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9)})};
    QCOMPARE(averagePrecision(answers, TruthByScan{{QStringLiteral("s1"), {}}}, firearm, 0.5), std::nullopt);
    QCOMPARE(averagePrecision(answers, TruthByScan{}, firearm, 0.5), std::nullopt);
    QCOMPARE(averagePrecision(QList<RankedDetection>{{0.9, false}}, 0), std::nullopt);
    QVERIFY(precisionRecallCurve({{0.9, false}}, 0).isEmpty());
}

void TestAveragePrecision::noAnswersIsZero()
{
    QCOMPARE(averagePrecision(QList<MachineAnswer>{}, threeFirearms(), firearm, 0.5), std::optional<double>(0.0));
    QCOMPARE(averagePrecision(QList<RankedDetection>{}, 3), std::optional<double>(0.0));
}

void TestAveragePrecision::failedAnswersAndDeclarationObjectsDoNotCount()
{
    // s1's objects come with a failure and do not exist; s2's undeclared goods are no firearm to find.
    TruthByScan truth{
        {QStringLiteral("s1"), {truthBox(QStringLiteral("a"), firearm, onObject)}},
        {QStringLiteral("s2"),
         {truthBox(QStringLiteral("b"), firearm, onObject), truthBox(QStringLiteral("c"), firearm, elsewhere)}}};
    truth[QStringLiteral("s2")][1].inconsistency = QStringLiteral("undeclared-goods");
    MachineAnswer failed = answer(QStringLiteral("s1"), {detection(firearm, onObject, 0.9)});
    failed.failure = QStringLiteral("crashed");
    const QList<MachineAnswer> answers{failed, answer(QStringLiteral("s2"), {detection(firearm, onObject, 0.8)})};
    // One of two objects found, precision 1: AP 1/2.
    QCOMPARE(averagePrecision(answers, truth, firearm, 0.5), std::optional<double>(0.5));
}

QTEST_APPLESS_MAIN(TestAveragePrecision)
#include "tst_averageprecision.moc"
