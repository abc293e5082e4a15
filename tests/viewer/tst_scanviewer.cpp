// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DisplayNames.h"
#include "GuiTestSupport.h"
#include "TestScans.h"
#include "ViewerTestSupport.h"
#include "viewer/ScanViewer.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/TextureViewRenderer.h"
#include "viewer/ToolUseLog.h"

#include <QMenu>
#include <QTest>

using namespace pen;
using namespace pen::gui;

/// The OpenGL viewer driven through real mouse, wheel and key events, checked through its
/// mapping functions and its framebuffer.
class TestScanViewer final : public QObject {
    Q_OBJECT

public:
    static void initMain() { test::useViewerSurfaceFormat(); }

private slots:
    void init();
    void cleanup();
    void showsScanFitted();
    void wheelZoomKeepsPointUnderCursor();
    void wheelZoomReachesThirtyTwoTimes();
    void zoomKeysFitAndActualSize();
    void arrowKeysPan();
    void dragPans_data();
    void dragPans();
    void magnifierShowsAreaUnderCursorLarger();
    void switchesViews();
    void marksBoxWithChosenCategory();
    void marksInTheViewShown();
    void closingMenuWithoutChoiceMarksNothing();
    void clickSelectsMarkAndDeleteRemovesIt();
    void drawsGroundTruthAndMarksInTheirColours();
    void logsToolUse();
    void appliesDisplaySettings();

private:
    void show(const Scan &scan);
    QMenu *categoryMenu() const { return m_viewer->findChild<QMenu *>(QStringLiteral("categoryMenu")); }
    void dragBox(QPoint from, QPoint to);
    void chooseCategory(const QString &key);

    std::unique_ptr<ScanViewer> m_viewer;
    std::unique_ptr<SuspectMarkList> m_marks;
    std::unique_ptr<ToolUseLog> m_log;
};

void TestScanViewer::init()
{
    m_marks = std::make_unique<SuspectMarkList>();
    m_log = std::make_unique<ToolUseLog>();
    m_viewer = std::make_unique<ScanViewer>(std::make_unique<TextureViewRenderer>());
    m_viewer->setMarkList(m_marks.get());
    m_viewer->setToolUseLog(m_log.get());
    m_viewer->resize(640, 480);
}

void TestScanViewer::cleanup()
{
    m_viewer.reset();
    m_marks.reset();
}

void TestScanViewer::show(const Scan &scan)
{
    m_viewer->setScan(std::make_shared<const Scan>(scan));
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get(), test::WaitMs)); // a frame drawn to grab
    m_viewer->setFocus();
    QVERIFY(m_viewer->rendererError().isEmpty());
}

void TestScanViewer::showsScanFitted()
{
    show(test::whiteScanWithDarkPixel(64, 48, QPoint(32, 24)));
    QCOMPARE(m_viewer->zoom(), 10.0);
    QCOMPARE(m_viewer->mapFromImage(QPointF(0, 0)), QPointF(0, 0));
    const QImage frame = m_viewer->grabFramebuffer();
    QCOMPARE(frame.pixelColor(100, 100), QColor(Qt::white));
    QCOMPARE(frame.pixelColor(325, 245), QColor(Qt::black)); // image pixel (32, 24)
}

void TestScanViewer::wheelZoomKeepsPointUnderCursor()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    const QPointF cursor(173, 121);
    const QPointF imagePoint = m_viewer->mapToImage(cursor);
    test::turnWheel(m_viewer.get(), cursor, 3);
    QCOMPARE(m_viewer->zoom(), 10.0 * std::pow(ScanViewer::ZoomStep, 3));
    const QPointF after = m_viewer->mapToImage(cursor);
    QVERIFY(std::abs(after.x() - imagePoint.x()) < 1e-9);
    QVERIFY(std::abs(after.y() - imagePoint.y()) < 1e-9);
    test::turnWheel(m_viewer.get(), cursor, -1);
    QCOMPARE(m_viewer->zoom(), 10.0 * std::pow(ScanViewer::ZoomStep, 2));
}

void TestScanViewer::wheelZoomReachesThirtyTwoTimes()
{
    show(test::whiteScanWithDarkPixel(64, 48, QPoint(32, 24)));
    const QPointF cursor = m_viewer->mapFromImage(QPointF(32.5, 24.5));
    test::turnWheel(m_viewer.get(), cursor, 30);
    QVERIFY(m_viewer->zoom() >= 32);
    QCOMPARE(m_viewer->zoom(), ViewTransform::MaxZoom);
    // Nearest sampling: the dark pixel is a 64-pixel square with a hard edge.
    const QImage frame = m_viewer->grabFramebuffer();
    const QPoint centre = cursor.toPoint();
    QCOMPARE(frame.pixelColor(centre + QPoint(30, 0)), QColor(Qt::black));
    QCOMPARE(frame.pixelColor(centre + QPoint(34, 0)), QColor(Qt::white));
}

void TestScanViewer::zoomKeysFitAndActualSize()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    QTest::keyClick(m_viewer.get(), Qt::Key_1);
    QCOMPARE(m_viewer->zoom(), 1.0);
    QCOMPARE(m_viewer->mapFromImage(QPointF(32, 24)), QPointF(320, 240));
    QTest::keyClick(m_viewer.get(), Qt::Key_Plus);
    QCOMPARE(m_viewer->zoom(), ScanViewer::ZoomStep);
    QTest::keyClick(m_viewer.get(), Qt::Key_Equal);
    QTest::keyClick(m_viewer.get(), Qt::Key_Minus);
    QCOMPARE(m_viewer->zoom(), ScanViewer::ZoomStep);
    QTest::keyClick(m_viewer.get(), Qt::Key_F);
    QCOMPARE(m_viewer->zoom(), 10.0);
    QTest::keyClick(m_viewer.get(), Qt::Key_1);
    QTest::keyClick(m_viewer.get(), Qt::Key_0);
    QCOMPARE(m_viewer->zoom(), 10.0);
}

void TestScanViewer::arrowKeysPan()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    test::turnWheel(m_viewer.get(), QPointF(320, 240), 4);
    const QPointF before = m_viewer->mapFromImage(QPointF(32, 24));
    QTest::keyClick(m_viewer.get(), Qt::Key_Right);
    QCOMPARE(m_viewer->mapFromImage(QPointF(32, 24)), before - QPointF(64, 0));
    QTest::keyClick(m_viewer.get(), Qt::Key_Down);
    QCOMPARE(m_viewer->mapFromImage(QPointF(32, 24)), before - QPointF(64, 48));
    QTest::keyClick(m_viewer.get(), Qt::Key_Left);
    QTest::keyClick(m_viewer.get(), Qt::Key_Up);
    QCOMPARE(m_viewer->mapFromImage(QPointF(32, 24)), before);
}

void TestScanViewer::dragPans_data()
{
    QTest::addColumn<bool>("marking");
    QTest::addColumn<Qt::MouseButton>("button");
    QTest::newRow("left button") << false << Qt::LeftButton;
    QTest::newRow("middle button") << false << Qt::MiddleButton;
    QTest::newRow("middle button while marking") << true << Qt::MiddleButton;
}

void TestScanViewer::dragPans()
{
    QFETCH(bool, marking);
    QFETCH(Qt::MouseButton, button);
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    m_viewer->setMarking(marking);
    test::turnWheel(m_viewer.get(), QPointF(320, 240), 4);
    const QPointF imagePoint = m_viewer->mapToImage(QPointF(300, 200));
    QTest::mousePress(m_viewer.get(), button, {}, QPoint(300, 200));
    QTest::mouseMove(m_viewer.get(), QPoint(320, 210));
    QTest::mouseMove(m_viewer.get(), QPoint(350, 230));
    QTest::mouseRelease(m_viewer.get(), button, {}, QPoint(350, 230));
    QCOMPARE(m_viewer->mapFromImage(imagePoint), QPointF(350, 230));
    QVERIFY(!categoryMenu());
}

void TestScanViewer::magnifierShowsAreaUnderCursorLarger()
{
    show(test::whiteScanWithDarkPixel(64, 48, QPoint(20, 20)));
    const QPointF cursor = m_viewer->mapFromImage(QPointF(20.5, 20.5)); // (205, 205) at zoom 10
    test::hover(m_viewer.get(), cursor);
    const QPoint beside = cursor.toPoint() + QPoint(12, 0);
    QCOMPARE(m_viewer->grabFramebuffer().pixelColor(beside), QColor(Qt::white));
    QVERIFY(m_viewer->magnifierRect().isEmpty());

    QTest::keyClick(m_viewer.get(), Qt::Key_M);
    QVERIFY(m_viewer->isMagnifierVisible());
    QCOMPARE(m_viewer->magnifierRect().center(), cursor.toPoint());
    const QImage frame = m_viewer->grabFramebuffer();
    // At three times the zoom the dark pixel covers 30 widget pixels around the cursor.
    QCOMPARE(frame.pixelColor(beside), QColor(Qt::black));
    QCOMPARE(frame.pixelColor(cursor.toPoint() + QPoint(17, 0)), QColor(Qt::white));
    // Outside the lens the picture is unchanged.
    QCOMPARE(frame.pixelColor(500, 400), QColor(Qt::white));

    QTest::keyClick(m_viewer.get(), Qt::Key_M);
    QCOMPARE(m_viewer->grabFramebuffer().pixelColor(beside), QColor(Qt::white));
}

void TestScanViewer::switchesViews()
{
    show(test::dualViewSingleEnergyScan(QStringLiteral("b"), 40, 30));
    const QImage top = m_viewer->grabFramebuffer();
    QTest::keyClick(m_viewer.get(), Qt::Key_V);
    QCOMPARE(m_viewer->viewIndex(), 1);
    QCOMPARE(m_viewer->view()->label, QStringLiteral("side"));
    QVERIFY(m_viewer->grabFramebuffer() != top);
    QTest::keyClick(m_viewer.get(), Qt::Key_V);
    QCOMPARE(m_viewer->viewIndex(), 0);
    QCOMPARE(m_viewer->grabFramebuffer(), top);
}

void TestScanViewer::dragBox(QPoint from, QPoint to)
{
    QTest::mousePress(m_viewer.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_viewer.get(), (from + to) / 2);
    QTest::mouseMove(m_viewer.get(), to);
    QTest::mouseRelease(m_viewer.get(), Qt::LeftButton, {}, to);
}

void TestScanViewer::chooseCategory(const QString &key)
{
    QMenu *menu = categoryMenu();
    QVERIFY(menu);
    QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), test::WaitMs);
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == key) {
            action->trigger();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no category %1 in the menu").arg(key)));
}

void TestScanViewer::marksBoxWithChosenCategory()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    QTest::keyClick(m_viewer.get(), Qt::Key_B);
    QVERIFY(m_viewer->isMarking());
    // Dragged from bottom right to top left: the box is normalised.
    dragBox(QPoint(300, 200), QPoint(100, 100));
    chooseCategory(QStringLiteral("weapon"));
    QCOMPARE(m_marks->marks().size(), 1);
    QCOMPARE(m_marks->marks().constFirst(),
             (SuspectMark{Region{0, QRectF(10, 10, 20, 10), {}}, QStringLiteral("weapon")}));
    // B again keeps the mark tool (it selects, it does not toggle), so the next drag marks too.
    QTest::keyClick(m_viewer.get(), Qt::Key_B);
    QVERIFY(m_viewer->isMarking());
    QCOMPARE(m_marks->selected(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!categoryMenu(), test::WaitMs);
}

void TestScanViewer::marksInTheViewShown()
{
    show(test::dualViewSingleEnergyScan(QStringLiteral("b"), 64, 48));
    m_viewer->setViewIndex(1);
    m_viewer->setMarking(true);
    test::turnWheel(m_viewer.get(), QPointF(1, 1), 2); // zoom 15.625 around the top left corner
    QCOMPARE(m_viewer->mapToImage(QPointF(1, 1)), QPointF(0.1, 0.1));
    dragBox(QPoint(1, 1), QPoint(626, 401));
    chooseCategory(QStringLiteral("narcotics"));
    QCOMPARE(m_marks->marks().size(), 1);
    const Region region = m_marks->marks().constFirst().region;
    QCOMPARE(region.viewIndex, 1);
    QCOMPARE(region.box, QRectF(0.1, 0.1, 40, 25.6));
}

void TestScanViewer::closingMenuWithoutChoiceMarksNothing()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    m_viewer->setMarking(true);
    dragBox(QPoint(100, 100), QPoint(200, 200));
    QMenu *menu = categoryMenu();
    QVERIFY(menu);
    QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), test::WaitMs);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!categoryMenu(), test::WaitMs);
    QVERIFY(m_marks->marks().isEmpty());
    // A click without a drag asks nothing either.
    QTest::mouseClick(m_viewer.get(), Qt::LeftButton, {}, QPoint(300, 300));
    QVERIFY(!categoryMenu());
}

void TestScanViewer::clickSelectsMarkAndDeleteRemovesIt()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    m_marks->add({Region{0, QRectF(10, 10, 20, 10), {}}, QStringLiteral("weapon")});
    m_marks->add({Region{0, QRectF(40, 30, 10, 10), {}}, QStringLiteral("currency")});
    QTest::mouseClick(m_viewer.get(), Qt::LeftButton, {}, QPoint(150, 150));
    QCOMPARE(m_marks->selected(), 0);
    QTest::mouseClick(m_viewer.get(), Qt::LeftButton, {}, QPoint(620, 20));
    QCOMPARE(m_marks->selected(), -1);
    QTest::keyClick(m_viewer.get(), Qt::Key_Delete);
    QCOMPARE(m_marks->marks().size(), 2);
    QTest::mouseClick(m_viewer.get(), Qt::LeftButton, {}, QPoint(450, 350));
    QCOMPARE(m_marks->selected(), 1);
    QTest::keyClick(m_viewer.get(), Qt::Key_Delete);
    QCOMPARE(m_marks->marks().size(), 1);
    QCOMPARE(m_marks->marks().constFirst().category, QStringLiteral("weapon"));
}

void TestScanViewer::drawsGroundTruthAndMarksInTheirColours()
{
    show(test::whiteScanWithDarkPixel(64, 48, QPoint(0, 0)));
    const QColor truthColour(0, 200, 255);
    m_viewer->setGroundTruth(
        {RegionOverlay{Region{0, QRectF(10, 20, 20, 10), {}}, truthColour, QStringLiteral("truth")},
         RegionOverlay{Region{1, QRectF(10, 35, 10, 8), {}}, Qt::red, QStringLiteral("other view")}});
    m_marks->add({Region{0, QRectF(40, 5, 10, 30), {}}, QStringLiteral("currency")});
    m_marks->select(-1);
    const QImage frame = m_viewer->grabFramebuffer();
    const auto count = [&frame](QRect area, const QColor &colour) {
        int found = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                found += frame.pixelColor(x, y) == colour;
        }
        return found;
    };
    // The truth box's left edge lies at x = 100 widget pixels, dashed; the mark's at x = 400, solid.
    QVERIFY(count(QRect(99, 210, 3, 80), truthColour) > 30);
    QVERIFY(count(QRect(399, 210, 3, 80), DisplayNames::categoryColour(QStringLiteral("currency"))) >= 160);
    QCOMPARE(count(QRect(100, 349, 100, 3), Qt::red), 0); // the other view's region is not drawn
}

void TestScanViewer::logsToolUse()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    test::turnWheel(m_viewer.get(), QPointF(320, 240), 2);
    QTest::mousePress(m_viewer.get(), Qt::LeftButton, {}, QPoint(300, 200));
    QTest::mouseMove(m_viewer.get(), QPoint(350, 230));
    QTest::mouseRelease(m_viewer.get(), Qt::LeftButton, {}, QPoint(350, 230));
    QTest::keyClick(m_viewer.get(), Qt::Key_M);
    QTest::keyClick(m_viewer.get(), Qt::Key_F);
    QCOMPARE(m_log->count(QStringLiteral("wheel-zoom")), 1);
    QCOMPARE(m_log->count(QStringLiteral("pan")), 1);
    QCOMPARE(m_log->count(QStringLiteral("magnifier")), 1);
    QCOMPARE(m_log->count(QStringLiteral("fit")), 1);
    // Calls from code are not the officer's: the toolbar records its own.
    m_viewer->zoomIn();
    QCOMPARE(m_log->count(QStringLiteral("zoom-in")), 0);
}

void TestScanViewer::appliesDisplaySettings()
{
    show(test::whiteScanWithDarkPixel(64, 48, QPoint(0, 0)));
    DisplaySettings negative;
    negative.negative = true;
    m_viewer->setDisplaySettings(negative);
    const QImage frame = m_viewer->grabFramebuffer();
    QCOMPARE(frame.pixelColor(300, 300), QColor(Qt::black));
    QCOMPARE(frame.pixelColor(5, 5), QColor(Qt::white));
}

QTEST_MAIN(TestScanViewer)
#include "tst_scanviewer.moc"
