// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include "atd/ImageDetectionRates.h"

#include <QTest>

using namespace pen;
using namespace pen::cases;

namespace {

const QRectF box(0, 0, 10, 10);

// Firearm targets t1..t3, clear scans c1..c3, n1 with only a knife, d1 with only undeclared goods.
TruthByScan mixedTruth()
{
    TruthByScan truth;
    for (const char *id : {"t1", "t2", "t3"})
        truth.insert(QString::fromLatin1(id), {truthBox(QStringLiteral("gun"), firearm, box)});
    for (const char *id : {"c1", "c2", "c3"})
        truth.insert(QString::fromLatin1(id), {});
    truth.insert(QStringLiteral("n1"), {truthBox(QStringLiteral("blade"), knife, box)});
    GroundTruthObject undeclared = truthBox(QStringLiteral("goods"), QStringLiteral("textiles"), box);
    undeclared.inconsistency = QStringLiteral("undeclared-goods");
    truth.insert(QStringLiteral("d1"), {undeclared});
    return truth;
}

QList<MachineAnswer> mixedAnswers()
{
    MachineAnswer failedButConfident = answer(QStringLiteral("t2"), {}, 0.95);
    failedButConfident.alarm = true;
    failedButConfident.failure = QStringLiteral("garbage");
    // t3 has no answer.
    return {answer(QStringLiteral("t1"), {}, 0.9), failedButConfident,
            answer(QStringLiteral("c1"), {}, 0.6), answer(QStringLiteral("c2"), {}, 0.2),
            failedAnswer(QStringLiteral("c3")),    answer(QStringLiteral("n1"), {}, 0.9),
            answer(QStringLiteral("d1"), {}, 0.7)};
}

} // namespace

class TestImageDetectionRates final : public QObject {
    Q_OBJECT
private slots:
    void countsWithFailures();
    void failuresNeverAlarm();
    void allCategoriesWhenNoneGiven();
    void emptyRatesAreZero();
};

void TestImageDetectionRates::countsWithFailures()
{
    // Targets t1, t2 (failed), t3 (missing): only t1 alarms. Clear: c1, c2, c3 (failed) and d1,
    // whose declaration-check object is no target: c1 and d1 alarm. n1 holds a knife: neither.
    const ImageDetectionRates rates = ImageDetectionRates::count(mixedAnswers(), mixedTruth(), 0.5, {firearm});
    QCOMPARE(rates, (ImageDetectionRates{3, 1, 4, 2}));
    QVERIFY(near(rates.pd(), 1.0 / 3));
    QCOMPARE(rates.pfa(), 0.5);
}

void TestImageDetectionRates::failuresNeverAlarm()
{
    // At threshold 0 every valid answer alarms, but not a failed one (score 0) nor a missing one.
    const ImageDetectionRates rates = ImageDetectionRates::count(mixedAnswers(), mixedTruth(), 0, {firearm});
    QCOMPARE(rates, (ImageDetectionRates{3, 1, 4, 3}));
    // The score is a threshold, not the algorithm's own alarm flag.
    MachineAnswer flagOnly = answer(QStringLiteral("t1"), {}, 0.1);
    flagOnly.alarm = true;
    QCOMPARE(ImageDetectionRates::count({flagOnly}, mixedTruth(), 0.5, {firearm}).detectedTargets, 0);
}

void TestImageDetectionRates::allCategoriesWhenNoneGiven()
{
    // n1's knife is now a target, and it alarms.
    const ImageDetectionRates rates = ImageDetectionRates::count(mixedAnswers(), mixedTruth(), 0.5, {});
    QCOMPARE(rates, (ImageDetectionRates{4, 2, 4, 2}));
}

void TestImageDetectionRates::emptyRatesAreZero()
{
    const ImageDetectionRates rates = ImageDetectionRates::count(QList<MachineAnswer>{}, TruthByScan{}, 0.5, {});
    QCOMPARE(rates, ImageDetectionRates{});
    QCOMPARE(rates.pd(), 0.0);
    QCOMPARE(rates.pfa(), 0.0);
}

QTEST_APPLESS_MAIN(TestImageDetectionRates)
#include "tst_imagedetectionrates.moc"
