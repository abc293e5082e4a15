// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/Region.h"

#include <QTest>

using namespace pen;

class TestRegion final : public QObject {
    Q_OBJECT
private slots:
    void contains_data();
    void contains();
    void polygonBounds();
};

void TestRegion::contains_data()
{
    QTest::addColumn<Region>("region");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("inside");
    const Region box{0, QRectF(10, 10, 20, 10), {}};
    const Region triangle{0, {}, {QPointF(0, 0), QPointF(10, 0), QPointF(0, 10)}};
    QTest::newRow("box centre") << box << QPointF(20, 15) << true;
    QTest::newRow("box edge") << box << QPointF(30, 20) << true;
    QTest::newRow("box left of") << box << QPointF(9.9, 15) << false;
    QTest::newRow("box below") << box << QPointF(20, 20.1) << false;
    QTest::newRow("triangle inside") << triangle << QPointF(2, 2) << true;
    QTest::newRow("triangle beyond hypotenuse") << triangle << QPointF(6, 6) << false;
    QTest::newRow("triangle outside bbox") << triangle << QPointF(-1, 2) << false;
}

void TestRegion::contains()
{
    QFETCH(Region, region);
    QFETCH(QPointF, point);
    QFETCH(bool, inside);
    QCOMPARE(region.contains(point), inside);
}

void TestRegion::polygonBounds()
{
    const Region polygon{0, {}, {QPointF(5, 7), QPointF(-2, 3), QPointF(9, 12)}};
    QCOMPARE(polygon.bounds(), QRectF(QPointF(-2, 3), QPointF(9, 12)));
    const Region box{1, QRectF(1, 2, 3, 4), {}};
    QCOMPARE(box.bounds(), QRectF(1, 2, 3, 4));
}

QTEST_APPLESS_MAIN(TestRegion)
#include "tst_region.moc"
