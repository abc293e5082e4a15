// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/Answer.h"

#include <QTest>

using namespace pen;

// A decision as a client sends it: the three the contracts number, nothing else.
class TestDecision final : public QObject {
    Q_OBJECT
private slots:
    void numbersOfTheContracts();
    void otherNumbersAreNone();
};

void TestDecision::numbersOfTheContracts()
{
    QCOMPARE(decisionOf(0), Decision::FromMarks);
    QCOMPARE(decisionOf(1), Decision::Clear);
    QCOMPARE(decisionOf(2), Decision::Suspect);
}

void TestDecision::otherNumbersAreNone()
{
    for (qint64 number : {qint64(-1), qint64(3), qint64(1) << 40})
        QVERIFY(!decisionOf(number));
}

QTEST_APPLESS_MAIN(TestDecision)
#include "tst_decision.moc"
