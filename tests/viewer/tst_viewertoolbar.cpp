// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DisplayNames.h"
#include "GuiTestSupport.h"
#include "TestScans.h"
#include "ViewerTestSupport.h"
#include "enhance/EnhancementControls.h"
#include "viewer/DisplayAdjustments.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/TextureViewRenderer.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QMenu>
#include <QTest>
#include <QVBoxLayout>

using namespace pen;
using namespace pen::gui;

/// The toolbar and the pane together, as the application shows them: actions, shortcuts,
/// availability, side by side and the tool-use log.
class TestViewerToolBar final : public QObject {
    Q_OBJECT

public:
    static void initMain() { test::useViewerSurfaceFormat(); }

private slots:
    void init();
    void cleanup();
    void everyKeyboardToolHasActionWithShortcutInTooltip();
    void shortcutsAreUnique();
    void imageControlsChangeSettingsAndLog_data();
    void imageControlsChangeSettingsAndLog();
    void shortcutKeysTriggerActionsOnce();
    void switchesShowAsChecked();
    void unavailableControlsDisabledForColourScan();
    void denseMatterToolsExplainThinHighZ();
    void materialControlsDisabledForSingleEnergyScan();
    void viewActionsActOnActiveViewer();
    void switchViewAction();
    void sideBySideShowsBothViews();
    void marksInSecondViewerOfSideBySide();
    void deleteMarkNeedsSelection();
    void newScanResetsMarksAndLog();
    void screenshotShowsPicture();
    void megavoltScanShowsTheMevLegendInMaterialColours();

private:
    void show(const Scan &scan);
    QAction *action(ViewerTool tool) const { return m_toolBar->action(tool); }

    std::unique_ptr<QWidget> m_window;
    ScanViewerPane *m_pane = nullptr;
    ViewerToolBar *m_toolBar = nullptr;
};

void TestViewerToolBar::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_pane = new ScanViewerPane([] { return std::make_unique<TextureViewRenderer>(); });
    m_toolBar = new ViewerToolBar(m_pane);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_pane, 1);
    m_window->resize(1400, 700);
}

void TestViewerToolBar::cleanup()
{
    m_window.reset();
}

void TestViewerToolBar::show(const Scan &scan)
{
    m_pane->setScan(std::make_shared<const Scan>(scan));
    if (m_window->isVisible())
        return;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), test::WaitMs)); // the viewers draw frames to grab
    m_pane->viewer()->setFocus();
}

void TestViewerToolBar::everyKeyboardToolHasActionWithShortcutInTooltip()
{
    show(test::dualEnergyScan(QStringLiteral("s")));
    int actions = 0;
    for (ViewerTool tool : ViewerTools::all()) {
        if (ViewerTools::shortcuts(tool).isEmpty()) {
            QVERIFY(tool == ViewerTool::WheelZoom || tool == ViewerTool::Pan);
            continue;
        }
        QAction *a = action(tool);
        QVERIFY2(a, qPrintable(ViewerTools::key(tool)));
        QVERIFY(m_toolBar->actions().contains(a));
        QCOMPARE(a->objectName(), ViewerTools::key(tool));
        QVERIFY(!a->shortcut().isEmpty());
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(a->toolTip().startsWith(ViewerTools::name(tool) + QStringLiteral(" (") + shortcut + QLatin1Char(')')),
                 qPrintable(a->toolTip()));
        QVERIFY2(!a->icon().isNull(), qPrintable(ViewerTools::key(tool)));
        ++actions;
    }
    QCOMPARE(actions, 30);
}

void TestViewerToolBar::shortcutsAreUnique()
{
    QSet<QString> seen;
    for (ViewerTool tool : ViewerTools::all()) {
        for (const QKeySequence &shortcut : ViewerTools::shortcuts(tool)) {
            const QString text = shortcut.toString(QKeySequence::PortableText);
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }
}

void TestViewerToolBar::imageControlsChangeSettingsAndLog_data()
{
    QTest::addColumn<ViewerTool>("tool");
    for (ViewerTool tool : ViewerTools::all()) {
        if (ViewerTools::isImageControl(tool))
            QTest::newRow(qPrintable(ViewerTools::key(tool))) << tool;
    }
}

void TestViewerToolBar::imageControlsChangeSettingsAndLog()
{
    QFETCH(ViewerTool, tool);
    show(test::dualEnergyScan(QStringLiteral("s")));
    // From a state where every control makes a difference.
    DisplaySettings start;
    const bool greyChoice = tool == ViewerTool::Grey || tool == ViewerTool::FusedEnergy;
    start.colouring = greyChoice ? DisplaySettings::Colouring::Material : DisplaySettings::Colouring::Grey;
    start.brightness = 0.3;
    m_pane->setDisplaySettings(start);
    QVERIFY(action(tool)->isEnabled());
    action(tool)->trigger();
    QCOMPARE(m_pane->displaySettings(), DisplayAdjustments::adjusted(start, tool));
    QVERIFY(m_pane->displaySettings() != start);
    QCOMPARE(m_pane->viewer()->displaySettings(), m_pane->displaySettings());
    QCOMPARE(m_pane->toolUseLog().count(ViewerTools::key(tool)), 1);
}

void TestViewerToolBar::shortcutKeysTriggerActionsOnce()
{
    show(test::dualEnergyScan(QStringLiteral("s")));
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_N));
    QVERIFY(m_pane->displaySettings().negative);
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_P, Qt::ShiftModifier));
    QCOMPARE(m_pane->displaySettings().penetration, DisplaySettings::Penetration::Low);
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_Up, Qt::ControlModifier));
    QCOMPARE(m_pane->displaySettings().brightness, DisplayAdjustments::BrightnessStep);
    const double fit = m_pane->viewer()->zoom();
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_Plus));
    QCOMPARE(m_pane->viewer()->zoom(), fit * ScanViewer::ZoomStep);
    QCOMPARE(m_pane->toolUseLog().count(QStringLiteral("negative")), 1);
    QCOMPARE(m_pane->toolUseLog().count(QStringLiteral("low-penetration")), 1);
    QCOMPARE(m_pane->toolUseLog().count(QStringLiteral("brightness-up")), 1);
    QCOMPARE(m_pane->toolUseLog().count(QStringLiteral("zoom-in")), 1);
}

void TestViewerToolBar::switchesShowAsChecked()
{
    show(test::dualEnergyScan(QStringLiteral("s")));
    QVERIFY(action(ViewerTool::MaterialColour)->isChecked());
    QVERIFY(!action(ViewerTool::Negative)->isChecked());
    action(ViewerTool::Negative)->trigger();
    QVERIFY(action(ViewerTool::Negative)->isChecked());
    action(ViewerTool::HighEnergy)->trigger();
    QVERIFY(action(ViewerTool::HighEnergy)->isChecked());
    QVERIFY(!action(ViewerTool::MaterialColour)->isChecked());
    action(ViewerTool::ResetImage)->trigger();
    QVERIFY(!action(ViewerTool::Negative)->isChecked());
    QVERIFY(action(ViewerTool::MaterialColour)->isChecked());
    QVERIFY(!action(ViewerTool::ResetImage)->isCheckable());
}

// Thin lead and the like read as light metal or organic: the keys that find them say so.
void TestViewerToolBar::denseMatterToolsExplainThinHighZ()
{
    show(test::dualEnergyScan(QStringLiteral("s")));
    const QString high = action(ViewerTool::HighPenetration)->toolTip();
    QVERIFY2(high.startsWith(QStringLiteral("High penetration (P)\n")), qPrintable(high));
    QVERIFY2(high.contains(QStringLiteral("Thin lead")) && high.contains(QStringLiteral("density highlight")),
             qPrintable(high));
    QVERIFY2(action(ViewerTool::DensityHighlight)->toolTip().contains(QStringLiteral("thin high-Z metal")),
             qPrintable(action(ViewerTool::DensityHighlight)->toolTip()));
    QCOMPARE(action(ViewerTool::Grey)->toolTip(), QStringLiteral("Greyscale (G)"));
}

void TestViewerToolBar::unavailableControlsDisabledForColourScan()
{
    show(test::colourScan(QStringLiteral("c")));
    for (ViewerTool tool :
         {ViewerTool::LowEnergy, ViewerTool::HighEnergy, ViewerTool::FusedEnergy, ViewerTool::HighPenetration,
          ViewerTool::LowPenetration, ViewerTool::EdgeEnhancement, ViewerTool::SuperEnhancement,
          ViewerTool::DensityHighlight, ViewerTool::SwitchView, ViewerTool::SideBySide}) {
        QVERIFY2(!action(tool)->isEnabled(), qPrintable(ViewerTools::key(tool)));
        QVERIFY(action(tool)->toolTip().contains(QStringLiteral(" — ")));
    }
    QCOMPARE(action(ViewerTool::DensityHighlight)->toolTip(),
             QStringLiteral("Density highlight (D) — ")
                 + EnhancementControls::unavailableReason(ViewKind::Colour, EnhancementControl::DensityHighlight));
    for (ViewerTool tool : {ViewerTool::Negative, ViewerTool::Grey, ViewerTool::OrganicOnly, ViewerTool::BrightnessUp,
                            ViewerTool::ZoomIn, ViewerTool::Magnifier, ViewerTool::Mark})
        QVERIFY2(action(tool)->isEnabled(), qPrintable(ViewerTools::key(tool)));
    // A disabled action's shortcut does nothing.
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_D));
    QCOMPARE(m_pane->displaySettings(), DisplaySettings());
    QVERIFY(m_pane->toolUseLog().isEmpty());
}

void TestViewerToolBar::materialControlsDisabledForSingleEnergyScan()
{
    show(test::dualViewSingleEnergyScan(QStringLiteral("b")));
    QVERIFY(!action(ViewerTool::MaterialColour)->isEnabled());
    QVERIFY(!action(ViewerTool::LowEnergy)->isEnabled());
    QVERIFY(action(ViewerTool::HighPenetration)->isEnabled());
    QVERIFY(action(ViewerTool::SwitchView)->isEnabled());
    show(test::dualEnergyScan(QStringLiteral("s")));
    QVERIFY(action(ViewerTool::MaterialColour)->isEnabled());
    QVERIFY(!action(ViewerTool::SwitchView)->isEnabled());
}

void TestViewerToolBar::viewActionsActOnActiveViewer()
{
    show(test::dualEnergyScan(QStringLiteral("s"), 64, 48));
    ScanViewer *viewer = m_pane->viewer();
    const double fit = viewer->zoom();
    action(ViewerTool::ZoomIn)->trigger();
    QCOMPARE(viewer->zoom(), fit * ScanViewer::ZoomStep);
    action(ViewerTool::ZoomOut)->trigger();
    QCOMPARE(viewer->zoom(), fit);
    action(ViewerTool::ActualSize)->trigger();
    QCOMPARE(viewer->zoom(), 1.0);
    action(ViewerTool::Fit)->trigger();
    QCOMPARE(viewer->zoom(), fit);
    action(ViewerTool::Magnifier)->trigger();
    QVERIFY(viewer->isMagnifierVisible());
    QVERIFY(action(ViewerTool::Magnifier)->isChecked());
    action(ViewerTool::Mark)->trigger();
    QVERIFY(viewer->isMarking());
    QVERIFY(action(ViewerTool::Mark)->isChecked());
    // The mark tool is selected, not toggled: B again keeps it.
    QVERIFY(test::keyClickInActiveWindow(viewer, Qt::Key_B));
    QVERIFY(viewer->isMarking());
    QVERIFY(action(ViewerTool::Mark)->isChecked());
    // The viewer's own key switches it off again, and the toolbar follows.
    QVERIFY(test::keyClickInActiveWindow(viewer, Qt::Key_Escape));
    QVERIFY(!viewer->isMarking());
    QVERIFY(!action(ViewerTool::Mark)->isChecked());
    for (const char *key : {"zoom-in", "zoom-out", "actual-size", "fit", "magnifier"})
        QCOMPARE(m_pane->toolUseLog().count(QLatin1String(key)), 1);
    QCOMPARE(m_pane->toolUseLog().count(QStringLiteral("mark")), 2);
}

void TestViewerToolBar::switchViewAction()
{
    show(test::dualViewSingleEnergyScan(QStringLiteral("b")));
    action(ViewerTool::SwitchView)->trigger();
    QCOMPARE(m_pane->activeViewer()->viewIndex(), 1);
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_V));
    QCOMPARE(m_pane->activeViewer()->viewIndex(), 0);
    QCOMPARE(m_pane->toolUseLog().count(QStringLiteral("switch-view")), 2);
}

void TestViewerToolBar::sideBySideShowsBothViews()
{
    show(test::dualViewSingleEnergyScan(QStringLiteral("b")));
    QVERIFY(!m_pane->secondViewer());
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_V, Qt::ShiftModifier));
    QVERIFY(m_pane->isSideBySide());
    QVERIFY(action(ViewerTool::SideBySide)->isChecked());
    ScanViewer *second = m_pane->secondViewer();
    QVERIFY(second);
    QTRY_VERIFY_WITH_TIMEOUT(second->isVisible(), test::WaitMs);
    QCOMPARE(m_pane->viewer()->viewIndex(), 0);
    QCOMPARE(second->viewIndex(), 1);
    QVERIFY(second->geometry().left() >= m_pane->viewer()->geometry().right());
    QVERIFY(!action(ViewerTool::SwitchView)->isEnabled());
    QVERIFY(action(ViewerTool::SwitchView)->toolTip().contains(QStringLiteral("side by side")));
    // Both show their own view: the pictures differ, and each says which view it is.
    QVERIFY(second->grabFramebuffer() != m_pane->viewer()->grabFramebuffer());
    QCOMPARE(m_pane->viewer()->viewCaption(), QStringLiteral("View 1 of 2: top"));
    QCOMPARE(second->viewCaption(), QStringLiteral("View 2 of 2: side"));
    for (ScanViewer *viewer : {m_pane->viewer(), second}) {
        const QImage picture = viewer->grabFramebuffer();
        const QPoint inCaption = QPoint(3, 3) * picture.devicePixelRatio();
        QCOMPARE(picture.pixel(inCaption), ScanViewer::CaptionBackground); // drawn in the corner
    }
    // Settings reach both.
    action(ViewerTool::Negative)->trigger();
    QVERIFY(second->displaySettings().negative);

    action(ViewerTool::SideBySide)->trigger();
    QVERIFY(!m_pane->isSideBySide());
    QVERIFY(!second->isVisible());
    QVERIFY(action(ViewerTool::SwitchView)->isEnabled());
}

void TestViewerToolBar::marksInSecondViewerOfSideBySide()
{
    show(test::dualViewSingleEnergyScan(QStringLiteral("b"), 40, 30));
    m_pane->setSideBySide(true);
    ScanViewer *second = m_pane->secondViewer();
    QTRY_VERIFY_WITH_TIMEOUT(second->isVisible(), test::WaitMs);
    action(ViewerTool::Mark)->trigger();
    QVERIFY(second->isMarking());
    const QPoint from = second->mapFromImage(QPointF(5, 5)).toPoint();
    const QPoint to = second->mapFromImage(QPointF(15, 12)).toPoint();
    QTest::mousePress(second, Qt::LeftButton, {}, from);
    QTest::mouseMove(second, to);
    QTest::mouseRelease(second, Qt::LeftButton, {}, to);
    QCOMPARE(m_pane->activeViewer(), second);
    QMenu *menu = second->findChild<QMenu *>(QStringLiteral("categoryMenu"));
    QVERIFY(menu);
    QTRY_VERIFY_WITH_TIMEOUT(menu->isVisible(), test::WaitMs);
    QTest::keyClick(menu, Qt::Key_3); // the third category by its mnemonic: weapon
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->marks()->marks().size(), 1, test::WaitMs);
    const SuspectMark mark = m_pane->marks()->marks().constFirst();
    QCOMPARE(mark.category, QStringLiteral("weapon"));
    QCOMPARE(mark.region.viewIndex, 1);
    QVERIFY(std::abs(mark.region.box.left() - 5) < 0.1 && std::abs(mark.region.box.bottom() - 12) < 0.1);
}

void TestViewerToolBar::deleteMarkNeedsSelection()
{
    show(test::dualEnergyScan(QStringLiteral("s")));
    QVERIFY(!action(ViewerTool::DeleteMark)->isEnabled());
    m_pane->marks()->add({Region{0, QRectF(1, 1, 5, 5), {}}, QStringLiteral("other")});
    QVERIFY(action(ViewerTool::DeleteMark)->isEnabled());
    action(ViewerTool::DeleteMark)->trigger();
    QVERIFY(m_pane->marks()->marks().isEmpty());
    QVERIFY(!action(ViewerTool::DeleteMark)->isEnabled());
}

void TestViewerToolBar::newScanResetsMarksAndLog()
{
    show(test::dualViewSingleEnergyScan(QStringLiteral("b")));
    m_pane->setSideBySide(true);
    m_pane->marks()->add({Region{0, QRectF(1, 1, 5, 5), {}}, QStringLiteral("other")});
    action(ViewerTool::Negative)->trigger();
    show(test::dualEnergyScan(QStringLiteral("s")));
    QVERIFY(m_pane->marks()->marks().isEmpty());
    QVERIFY(m_pane->toolUseLog().isEmpty());
    QVERIFY(!m_pane->isSideBySide());            // one view only
    QVERIFY(m_pane->displaySettings().negative); // the officer's settings stay
}

void TestViewerToolBar::screenshotShowsPicture()
{
    show(test::whiteScanWithDarkPixel(64, 48, QPoint(0, 0)));
    m_pane->marks()->add({Region{0, QRectF(20, 10, 20, 20), {}}, QStringLiteral("currency")});
    m_pane->marks()->select(-1);
    const QImage shot = m_pane->screenshot();
    QVERIFY(!shot.isNull());
    const QPoint centre = m_pane->viewer()->geometry().center();
    QCOMPARE(shot.pixelColor(centre * shot.devicePixelRatio()), QColor(Qt::white));
    // The overlays are in the picture too, not only the framebuffer's image.
    const QPoint edge = m_pane->viewer()->mapTo(m_pane, m_pane->viewer()->mapFromImage(QPointF(20, 20)).toPoint());
    QCOMPARE(shot.pixelColor(edge * shot.devicePixelRatio()), DisplayNames::categoryColour(QStringLiteral("currency")));
}

// A cargo portal's scan in material colours explains its four classes and the hatching; grey
// views and kV scans have no such legend.
void TestViewerToolBar::megavoltScanShowsTheMevLegendInMaterialColours()
{
    Scan cargo = test::dualEnergyScan(QStringLiteral("container"));
    cargo.views[0].peakKv = 6000;
    show(test::dualEnergyScan(QStringLiteral("bag")));
    const auto *legend = m_pane->findChild<QWidget *>(QStringLiteral("mevClassLegend"));
    QVERIFY(legend);
    QVERIFY(!m_pane->isMevLegendShown());
    show(cargo);
    QVERIFY(m_pane->isMevLegendShown());
    QTRY_VERIFY_WITH_TIMEOUT(legend->isVisible(), test::WaitMs);
    // Beside the picture, not over it.
    const QWidget *viewer = m_pane->viewer();
    QVERIFY(legend->mapTo(m_pane, QPoint()).x() > viewer->mapTo(m_pane, QPoint(viewer->width(), 0)).x());
    action(ViewerTool::Grey)->trigger();
    QVERIFY(!m_pane->isMevLegendShown());
    action(ViewerTool::MaterialColour)->trigger();
    QVERIFY(m_pane->isMevLegendShown());
    // Without the mark list (the image set browser) the legend still shows, in a column of its own.
    m_pane->setMarkListVisible(false);
    QVERIFY(m_pane->isMevLegendShown());
    QTRY_VERIFY_WITH_TIMEOUT(legend->isVisible(), test::WaitMs);
    show(test::dualEnergyScan(QStringLiteral("bag")));
    QVERIFY(!m_pane->isMevLegendShown());
}

QTEST_MAIN(TestViewerToolBar)
#include "tst_viewertoolbar.moc"
