// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/AveragePrecision.h"
#include "atd/DetectionMatching.h"
#include "atd/ImageDetectionRates.h"
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"

#include <QTest>

using namespace pen;

namespace {

// A SIXray-style scan: known to hold a weapon, not where.
Scan imageLevelScan(const QString &id, const QStringList &categories)
{
    Scan scan;
    scan.id = id;
    scan.truthLevel = TruthLevel::ImageLevel;
    for (const QString &category : categories) {
        GroundTruthObject object;
        object.id = QStringLiteral("o%1").arg(scan.truth.size() + 1);
        object.category = category; // no regions: an image-level label
        scan.truth.append(object);
    }
    return scan;
}

Answer answerWith(const QString &scanId, int marks)
{
    Answer answer;
    answer.scanId = scanId;
    Mark mark;
    mark.region.box = QRectF(1, 1, 4, 4);
    mark.category = QStringLiteral("weapon");
    for (int i = 0; i < marks; ++i)
        answer.marks.append(mark);
    return answer;
}

} // namespace

class TestImageLevelScoring final : public QObject {
    Q_OBJECT
private slots:
    void positiveLeftClearIsAMissNotACorrectRejection();
    void positiveMarkedAnywhereIsAnImageLevelHit();
    void negativeMarkedIsAFalseAlarm();
    void unknownTruthCountsAsNeitherTargetNorClear();
    void machineMetricsCountImageLevelPositivesAsTargets();
};

void TestImageLevelScoring::positiveLeftClearIsAMissNotACorrectRejection()
{
    const Scan scan = imageLevelScan(QStringLiteral("p1"), {QStringLiteral("weapon")});
    const Answer answer = answerWith(scan.id, 0);
    const ScanOutcome outcome = ScanOutcome::evaluate(answer, scan, RoundSettings(), 0);
    QCOMPARE(outcome.verdict, ScanOutcome::Verdict::Miss);
    QCOMPARE(outcome.missedObjects, QStringList{QStringLiteral("o1")});
    const RoundScore score = RoundScore::from({outcome}, {answer});
    QCOMPARE(score.detection.misses, 1);
    QCOMPARE(score.detection.correctRejections, 0);
}

void TestImageLevelScoring::positiveMarkedAnywhereIsAnImageLevelHit()
{
    const Scan scan = imageLevelScan(QStringLiteral("p1"), {QStringLiteral("weapon")});
    const ScanOutcome outcome = ScanOutcome::evaluate(answerWith(scan.id, 2), scan, RoundSettings(), 0);
    QCOMPARE(outcome.verdict, ScanOutcome::Verdict::Hit);
    QCOMPARE(outcome.hitObjects, QStringList{QStringLiteral("o1")});
    QCOMPARE(outcome.hittingMarks, QList<int>{0});
    QVERIFY(outcome.falseAlarmMarks.isEmpty()); // no place to check the second mark against
    QVERIFY(outcome.points > 0);
}

void TestImageLevelScoring::negativeMarkedIsAFalseAlarm()
{
    const Scan scan = imageLevelScan(QStringLiteral("n1"), {});
    const ScanOutcome outcome = ScanOutcome::evaluate(answerWith(scan.id, 1), scan, RoundSettings(), 0);
    QCOMPARE(outcome.verdict, ScanOutcome::Verdict::FalseAlarm);
    QCOMPARE(outcome.falseAlarmMarks, QList<int>{0});
}

void TestImageLevelScoring::unknownTruthCountsAsNeitherTargetNorClear()
{
    Scan scan;
    scan.id = QStringLiteral("u1");
    scan.truthLevel = TruthLevel::Unknown;
    const Answer answer = answerWith(scan.id, 0);
    const ScanOutcome outcome = ScanOutcome::evaluate(answer, scan, RoundSettings(), 0);
    QVERIFY(outcome.truthUnknown);
    QCOMPARE(outcome.points, 0.0);
    const RoundScore score = RoundScore::from({outcome}, {answer});
    QCOMPARE(score.detection.correctRejections, 0);
    QCOMPARE(score.detection.misses, 0);
    QCOMPARE(score.scansAnswered, 1);
}

void TestImageLevelScoring::machineMetricsCountImageLevelPositivesAsTargets()
{
    const Scan positive = imageLevelScan(QStringLiteral("p1"), {QStringLiteral("weapon")});
    const TruthByScan truth{{positive.id, positive.truth}, {QStringLiteral("n1"), {}}};
    MachineAnswer alarm;
    alarm.scanId = positive.id;
    alarm.alarmScore = 0.9;
    alarm.objects.append(DetectedObject{QStringLiteral("weapon"), Region{0, QRectF(1, 1, 4, 4), {}}, 0.9});
    MachineAnswer quiet;
    quiet.scanId = QStringLiteral("n1");
    const ImageDetectionRates rates = ImageDetectionRates::count({alarm, quiet}, truth, 0.5, {});
    QCOMPARE(rates.targetScans, 1);
    QCOMPARE(rates.detectedTargets, 1);
    QCOMPARE(rates.clearScans, 1);
    // No box to match: object-level AP has nothing to measure rather than a missed object, and the
    // detection on the labelled scan is no false positive.
    QVERIFY(!averagePrecision({alarm, quiet}, truth, QStringLiteral("weapon"), 0.5).has_value());
    QVERIFY(matchDetections(pairWithTruth({alarm}, TruthByScan{{positive.id, positive.truth}}).first(),
                            QStringLiteral("weapon"), 0.5)
                .isEmpty());
}

QTEST_APPLESS_MAIN(TestImageLevelScoring)
#include "tst_imagelevelscoring.moc"
