// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "viewer/ViewTransform.h"

#include <QTest>

using namespace pen::gui;

/// Zoom, pan and the mapping between image, viewport and clip coordinates.
class TestViewTransform final : public QObject {
    Q_OBJECT

private slots:
    void fitsWholeImageCentred_data();
    void fitsWholeImageCentred();
    void zoomKeepsAnchorPointStill_data();
    void zoomKeepsAnchorPointStill();
    void zoomStopsAtLimits();
    void panMovesPictureWithTheMouse();
    void panKeepsCentreOverImage();
    void clipMatrixMatchesViewportMapping();
    void lensMatrixCentresItsPoint();
    void nearestSamplingFromTwoTimes();
    void resizeKeepsFittedImageFitted();
};

static ViewTransform transform(QSizeF image, QSizeF viewport)
{
    ViewTransform t;
    t.setViewportSize(viewport);
    t.setImageSize(image);
    return t;
}

void TestViewTransform::fitsWholeImageCentred_data()
{
    QTest::addColumn<QSizeF>("image");
    QTest::addColumn<QSizeF>("viewport");
    QTest::addColumn<double>("zoom");
    QTest::newRow("wide image") << QSizeF(400, 100) << QSizeF(200, 200) << 0.5;
    QTest::newRow("tall image") << QSizeF(100, 400) << QSizeF(200, 200) << 0.5;
    QTest::newRow("small image") << QSizeF(64, 48) << QSizeF(640, 480) << 10.0;
}

void TestViewTransform::fitsWholeImageCentred()
{
    QFETCH(QSizeF, image);
    QFETCH(QSizeF, viewport);
    QFETCH(double, zoom);
    const ViewTransform t = transform(image, viewport);
    QCOMPARE(t.zoom(), zoom);
    const QRectF shown = t.mapFromImage(QRectF(QPointF(), image));
    QCOMPARE(shown.center(), QPointF(viewport.width() / 2, viewport.height() / 2));
    QVERIFY(QRectF(QPointF(), viewport).adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(shown));
}

void TestViewTransform::zoomKeepsAnchorPointStill_data()
{
    QTest::addColumn<QPointF>("anchor");
    QTest::addColumn<double>("factor");
    QTest::newRow("in at centre") << QPointF(320, 240) << 4.0;
    QTest::newRow("in near corner") << QPointF(40, 30) << 2.5;
    QTest::newRow("in off centre") << QPointF(500, 100) << 8.0;
}

void TestViewTransform::zoomKeepsAnchorPointStill()
{
    QFETCH(QPointF, anchor);
    QFETCH(double, factor);
    ViewTransform t = transform(QSizeF(640, 480), QSizeF(640, 480));
    const QPointF before = t.mapToImage(anchor);
    t.zoomAround(t.zoom() * factor, anchor);
    QCOMPARE(t.zoom(), factor);
    const QPointF after = t.mapToImage(anchor);
    QVERIFY2(std::abs(after.x() - before.x()) < 1e-9 && std::abs(after.y() - before.y()) < 1e-9,
             qPrintable(QStringLiteral("moved from (%1, %2) to (%3, %4)")
                            .arg(before.x())
                            .arg(before.y())
                            .arg(after.x())
                            .arg(after.y())));
}

void TestViewTransform::zoomStopsAtLimits()
{
    ViewTransform t = transform(QSizeF(4000, 3000), QSizeF(400, 300));
    t.zoomAround(1000, QPointF(10, 10));
    QCOMPARE(t.zoom(), ViewTransform::MaxZoom);
    QVERIFY(t.zoom() >= 32);
    t.zoomAround(0.001, QPointF(10, 10));
    QCOMPARE(t.zoom(), t.fitZoom());

    ViewTransform small = transform(QSizeF(64, 48), QSizeF(640, 480));
    small.zoomAround(0.001, QPointF(10, 10));
    QCOMPARE(small.zoom(), 1.0); // 1:1 stays reachable for images smaller than the viewport
}

void TestViewTransform::panMovesPictureWithTheMouse()
{
    ViewTransform t = transform(QSizeF(1000, 1000), QSizeF(100, 100));
    t.zoomAround(2, QPointF(50, 50));
    const QPointF imagePoint = t.mapToImage(QPointF(50, 50));
    t.pan(QPointF(10, -6));
    QCOMPARE(t.mapFromImage(imagePoint), QPointF(60, 44));
}

void TestViewTransform::panKeepsCentreOverImage()
{
    ViewTransform t = transform(QSizeF(100, 80), QSizeF(100, 80));
    t.pan(QPointF(-10000, 10000));
    QCOMPARE(t.centre(), QPointF(100, 0));
}

void TestViewTransform::clipMatrixMatchesViewportMapping()
{
    ViewTransform t = transform(QSizeF(300, 200), QSizeF(600, 500));
    t.zoomAround(3, QPointF(100, 120));
    const QMatrix4x4 m = t.imageToClip();
    for (const QPointF &p : {QPointF(0, 0), QPointF(300, 200), QPointF(42.5, 17)}) {
        const QPointF viewport = t.mapFromImage(p);
        const QVector3D clip = m.map(QVector3D(float(p.x()), float(p.y()), 0));
        QVERIFY(qAbs(clip.x() - float(viewport.x() / 300 - 1)) < 1e-4f);
        QVERIFY(qAbs(clip.y() - float(1 - viewport.y() / 250)) < 1e-4f);
    }
}

void TestViewTransform::lensMatrixCentresItsPoint()
{
    const QMatrix4x4 m = ViewTransform::imageToClip(QPointF(20, 30), 10, QSizeF(200, 200));
    const auto near = [](QVector3D a, QVector3D b) { return (a - b).length() < 1e-5f; };
    QVERIFY(near(m.map(QVector3D(20, 30, 0)), QVector3D(0, 0, 0)));
    QVERIFY(near(m.map(QVector3D(30, 40, 0)), QVector3D(1, -1, 0))); // 10 px right and down: the lens corner
}

void TestViewTransform::nearestSamplingFromTwoTimes()
{
    ViewTransform t = transform(QSizeF(1000, 1000), QSizeF(500, 500));
    QVERIFY(!t.nearest());
    t.zoomAround(2, QPointF());
    QVERIFY(t.nearest());
}

void TestViewTransform::resizeKeepsFittedImageFitted()
{
    ViewTransform t = transform(QSizeF(100, 100), QSizeF(200, 200));
    t.setViewportSize(QSizeF(400, 300));
    QCOMPARE(t.zoom(), 3.0);
    t.zoomAround(5, QPointF(10, 10));
    t.setViewportSize(QSizeF(500, 500));
    QCOMPARE(t.zoom(), 5.0);
}

QTEST_APPLESS_MAIN(TestViewTransform)
#include "tst_viewtransform.moc"
