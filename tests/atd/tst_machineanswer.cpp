// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include <QTest>

using namespace pen;
using namespace pen::cases;

class TestMachineAnswer final : public QObject {
    Q_OBJECT
private slots:
    void failedWhenAFailureIsGiven();
    void objectsAtOrAboveThresholdBecomeMarks();
    void failedAnswerIsClear();
};

void TestMachineAnswer::failedWhenAFailureIsGiven()
{
    MachineAnswer answer;
    QVERIFY(!answer.failed());
    answer.failure = QStringLiteral("plugin crashed");
    QVERIFY(answer.failed());
}

void TestMachineAnswer::objectsAtOrAboveThresholdBecomeMarks()
{
    const MachineAnswer machine
        = cases::answer(QStringLiteral("s7"),
                        {detection(firearm, QRectF(0, 0, 10, 10), 0.9), detection(knife, QRectF(20, 0, 10, 10), 0.5, 1),
                         detection(firearm, QRectF(40, 0, 10, 10), 0.3)},
                        0.9, 2.5);
    const Answer answer = machine.asAnswer(0.5);
    QCOMPARE(answer.scanId, QStringLiteral("s7"));
    QCOMPARE(answer.responseSeconds, 2.5);
    QVERIFY(!answer.timedOut);
    QCOMPARE(answer.marks.size(), 2);
    QCOMPARE(answer.marks[0], (Mark{Region{0, QRectF(0, 0, 10, 10), {}}, firearm, 0.9}));
    // Exactly at the threshold counts, and the view travels with the region.
    QCOMPARE(answer.marks[1], (Mark{Region{1, QRectF(20, 0, 10, 10), {}}, knife, 0.5}));
    QCOMPARE(machine.asAnswer(0.95).marks.size(), 0);
    QCOMPARE(machine.asAnswer(0).marks.size(), 3);
}

void TestMachineAnswer::failedAnswerIsClear()
{
    MachineAnswer machine
        = cases::answer(QStringLiteral("s1"), {detection(firearm, QRectF(0, 0, 10, 10), 0.9)}, 0.9, 30);
    machine.failure = QStringLiteral("timeout");
    const Answer answer = machine.asAnswer(0.5);
    QVERIFY(answer.isClear());
    QCOMPARE(answer.responseSeconds, 30.0);
}

QTEST_APPLESS_MAIN(TestMachineAnswer)
#include "tst_machineanswer.moc"
