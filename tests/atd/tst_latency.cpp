// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include "atd/Latency.h"

#include <QTest>

using namespace pen;
using namespace pen::cases;

class TestLatency final : public QObject {
    Q_OBJECT
private slots:
    void nearestRank_data();
    void nearestRank();
    void failedAnswersCostTheirTime();
    void noTimeNoRate();
};

void TestLatency::nearestRank_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("expected");
    QList<double> oneToTwenty;
    for (int i = 20; i >= 1; --i)
        oneToTwenty.append(i);
    // Linear interpolation would give 10.5 and 19.05 here.
    QTest::newRow("median of 1..20") << oneToTwenty << 50.0 << 10.0;
    QTest::newRow("p95 of 1..20") << oneToTwenty << 95.0 << 19.0;
    QTest::newRow("p100 is the maximum") << oneToTwenty << 100.0 << 20.0;
    QTest::newRow("p0 is the minimum") << oneToTwenty << 0.0 << 1.0;
    QTest::newRow("median of four") << QList<double>{4, 1, 3, 2} << 50.0 << 2.0;
    QTest::newRow("median of three, unsorted") << QList<double>{3, 1, 2} << 50.0 << 2.0;
    QTest::newRow("p95 of three") << QList<double>{0.2, 0.4, 9.0} << 95.0 << 9.0;
    QTest::newRow("single value") << QList<double>{5} << 95.0 << 5.0;
    QTest::newRow("no values") << QList<double>{} << 50.0 << 0.0;
}

void TestLatency::nearestRank()
{
    QFETCH(QList<double>, values);
    QFETCH(double, percent);
    QFETCH(double, expected);
    QCOMPARE(nearestRankPercentile(values, percent), expected);
}

void TestLatency::failedAnswersCostTheirTime()
{
    // Valid answers of 2 s and 4 s, a timeout after 6 s, a failure that took no time.
    // Times 2, 4, 6: p50 rank ⌈1.5⌉ = 2 → 4 s; p95 rank ⌈2.85⌉ = 3 → 6 s; 2 answers in 12 s → 600/h.
    const QList<MachineAnswer> answers{answer(QStringLiteral("a"), {}, 0, 2), answer(QStringLiteral("b"), {}, 0, 4),
                                       failedAnswer(QStringLiteral("c"), 6), failedAnswer(QStringLiteral("d"), 0)};
    const Latency latency = Latency::of(answers);
    QCOMPARE(latency.p50, 4.0);
    QCOMPARE(latency.p95, 6.0);
    QCOMPARE(latency.imagesPerHour, 600.0);
}

void TestLatency::noTimeNoRate()
{
    QCOMPARE(Latency::of({}), Latency{});
    QCOMPARE(Latency::of({failedAnswer(QStringLiteral("a"))}), Latency{});
    const Latency instant = Latency::of({answer(QStringLiteral("a"), {}, 0, 0)});
    QCOMPARE(instant.imagesPerHour, 0.0);
}

QTEST_APPLESS_MAIN(TestLatency)
#include "tst_latency.moc"
