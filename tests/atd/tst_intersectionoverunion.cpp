// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectionCases.h"

#include "atd/IntersectionOverUnion.h"

#include <QTest>

using namespace pen;
using namespace pen::cases;

class TestIntersectionOverUnion final : public QObject {
    Q_OBJECT
private slots:
    void boxes_data();
    void boxes();
    void polygonsUseTheirBounds();
    void objectTakesItsBestView();
};

void TestIntersectionOverUnion::boxes_data()
{
    QTest::addColumn<Region>("a");
    QTest::addColumn<Region>("b");
    QTest::addColumn<double>("expected");
    const QRectF square(0, 0, 10, 10);
    QTest::newRow("identical") << Region{0, square, {}} << Region{0, square, {}} << 1.0;
    QTest::newRow("top half") << Region{0, square, {}} << Region{0, QRectF(0, 0, 10, 5), {}} << 0.5;
    // 5×10 overlap of two 10×10 boxes: 50 / 150.
    QTest::newRow("shifted by half") << Region{0, square, {}} << Region{0, QRectF(5, 0, 10, 10), {}} << 1.0 / 3;
    QTest::newRow("62 percent") << Region{0, QRectF(0, 0, 100, 100), {}} << Region{0, QRectF(0, 0, 100, 62), {}}
                                << 0.62;
    QTest::newRow("touching edges") << Region{0, square, {}} << Region{0, QRectF(10, 0, 10, 10), {}} << 0.0;
    QTest::newRow("disjoint") << Region{0, square, {}} << Region{0, QRectF(50, 50, 10, 10), {}} << 0.0;
    QTest::newRow("other view") << Region{0, square, {}} << Region{1, square, {}} << 0.0;
    QTest::newRow("negative size") << Region{0, QRectF(10, 10, -10, -10), {}} << Region{0, square, {}} << 1.0;
    QTest::newRow("empty box") << Region{0, QRectF(0, 0, 0, 0), {}} << Region{0, QRectF(0, 0, 0, 0), {}} << 0.0;
}

void TestIntersectionOverUnion::boxes()
{
    QFETCH(Region, a);
    QFETCH(Region, b);
    QFETCH(double, expected);
    QVERIFY2(near(intersectionOverUnion(a, b), expected),
             qPrintable(QString::number(intersectionOverUnion(a, b), 'g', 17)));
    QVERIFY(near(intersectionOverUnion(b, a), expected));
}

void TestIntersectionOverUnion::polygonsUseTheirBounds()
{
    // A triangle whose bounds are the 10×10 square.
    const Region triangle{0, {}, {QPointF(0, 0), QPointF(10, 0), QPointF(0, 10)}};
    QCOMPARE(intersectionOverUnion(triangle, Region{0, QRectF(0, 0, 10, 10), {}}), 1.0);
    QCOMPARE(intersectionOverUnion(triangle, Region{0, QRectF(0, 0, 10, 5), {}}), 0.5);
}

void TestIntersectionOverUnion::objectTakesItsBestView()
{
    GroundTruthObject object = truthBox(QStringLiteral("a"), firearm, QRectF(0, 0, 10, 10));
    object.regions.append(Region{1, QRectF(100, 100, 10, 10), {}});
    QCOMPARE(intersectionOverUnion(Region{1, QRectF(100, 100, 10, 5), {}}, object), 0.5);
    QCOMPARE(intersectionOverUnion(Region{0, QRectF(0, 0, 10, 10), {}}, object), 1.0);
    QCOMPARE(intersectionOverUnion(Region{2, QRectF(0, 0, 10, 10), {}}, object), 0.0);
}

QTEST_APPLESS_MAIN(TestIntersectionOverUnion)
#include "tst_intersectionoverunion.moc"
