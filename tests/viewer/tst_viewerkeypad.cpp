// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "GuiTestSupport.h"
#include "TestScans.h"
#include "ViewerTestSupport.h"
#include "viewer/DisplayAdjustments.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/TextureViewRenderer.h"
#include "viewer/ViewerKeypad.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace pen;
using namespace pen::gui;

/// The labelled keypad of image controls with its display of the active mode and the zoom, as the
/// round pages show it under the viewer.
class TestViewerKeypad final : public QObject {
    Q_OBJECT

public:
    static void initMain() { test::useViewerSurfaceFormat(); }

private slots:
    void init();
    void cleanup();
    void everyImageControlIsALabelledKeyWithItsShortcut();
    void displayNamesTheActiveModes();
    void displayFollowsTheZoom();
    void paletteKeyRecoloursTheMaterialView();

private:
    void show();
    QString modeShown() const { return m_window->findChild<QLabel *>(QStringLiteral("activeMode"))->text(); }
    QString zoomShown() const { return m_window->findChild<QLabel *>(QStringLiteral("zoomLevel"))->text(); }

    std::unique_ptr<QWidget> m_window;
    ScanViewerPane *m_pane = nullptr;
    ViewerToolBar *m_toolBar = nullptr;
    ViewerKeypad *m_keypad = nullptr;
};

void TestViewerKeypad::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_pane = new ScanViewerPane([] { return std::make_unique<TextureViewRenderer>(); });
    m_toolBar = new ViewerToolBar(m_pane);
    m_keypad = new ViewerKeypad(m_pane, m_toolBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_keypad);
    m_window->resize(1300, 800);
}

void TestViewerKeypad::cleanup()
{
    m_window.reset();
}

void TestViewerKeypad::show()
{
    m_pane->setScan(std::make_shared<const Scan>(test::dualEnergyScan(QStringLiteral("s"), 320, 200)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), test::WaitMs));
    m_pane->viewer()->setFocus();
}

void TestViewerKeypad::everyImageControlIsALabelledKeyWithItsShortcut()
{
    show();
    int keys = 0;
    for (ViewerTool tool : ViewerTools::all()) {
        QAction *action = m_toolBar->action(tool);
        if (!ViewerTools::isImageControl(tool)) {
            // Navigation, views and marking stay in the toolbar.
            if (action)
                QVERIFY2(m_toolBar->actions().contains(action), qPrintable(ViewerTools::key(tool)));
            continue;
        }
        QToolButton *key = m_keypad->key(tool);
        QVERIFY2(key, qPrintable(ViewerTools::key(tool)));
        ++keys;
        QCOMPARE(key->defaultAction(), action);
        QVERIFY(!m_toolBar->actions().contains(action)); // one place for each control
        QVERIFY(key->isVisible());
        const QString shortcut = ViewerTools::shortcuts(tool).first().toString(QKeySequence::NativeText);
        QString label = key->text();
        label.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QVERIFY2(label.contains(ViewerTools::name(tool))
                     && label.contains(QLatin1Char('[') + shortcut + QLatin1Char(']')),
                 qPrintable(key->text()));
        QCOMPARE(key->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
    }
    QCOMPARE(keys, 21);
    // Narrow enough to sit under the viewer of a round page in a 1400-pixel window.
    QVERIFY2(m_keypad->minimumSizeHint().width() <= 1000,
             qPrintable(QString::number(m_keypad->minimumSizeHint().width())));
    // The toolbar keeps no doubled or trailing separators where the controls were.
    const QList<QAction *> left = m_toolBar->actions();
    QVERIFY(!left.last()->isSeparator());
    for (qsizetype i = 1; i < left.size(); ++i)
        QVERIFY(!(left[i]->isSeparator() && left[i - 1]->isSeparator()));

    // A key is lit while its switch is on, and its keyboard key still works.
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_N));
    QVERIFY(m_pane->displaySettings().negative);
    QVERIFY(m_keypad->key(ViewerTool::Negative)->isChecked());
    QTest::mouseClick(m_keypad->key(ViewerTool::Negative), Qt::LeftButton);
    QVERIFY(!m_pane->displaySettings().negative);
    QVERIFY(!m_keypad->key(ViewerTool::Negative)->isChecked());

    QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("viewer-keypad.png")));
}

void TestViewerKeypad::displayNamesTheActiveModes()
{
    show();
    const QString colour = ViewerTools::name(ViewerTool::MaterialColour);
    QCOMPARE(modeShown(), colour);
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_O));
    QCOMPARE(modeShown(), colour + QStringLiteral(" + ") + ViewerTools::name(ViewerTool::OrganicOnly));
    QTest::mouseClick(m_keypad->key(ViewerTool::Negative), Qt::LeftButton);
    QCOMPARE(modeShown(),
             colour + QStringLiteral(" + ") + ViewerTools::name(ViewerTool::OrganicOnly) + QStringLiteral(" + ")
                 + ViewerTools::name(ViewerTool::Negative));
    QTest::mouseClick(m_keypad->key(ViewerTool::HighEnergy), Qt::LeftButton);
    QVERIFY2(!modeShown().startsWith(colour) && modeShown().contains(ViewerTools::name(ViewerTool::HighEnergy)),
             qPrintable(modeShown()));
    QTest::mouseClick(m_keypad->key(ViewerTool::BrightnessUp), Qt::LeftButton);
    QVERIFY2(modeShown().contains(QStringLiteral("adjusted")), qPrintable(modeShown()));
    QTest::mouseClick(m_keypad->key(ViewerTool::ResetImage), Qt::LeftButton);
    QCOMPARE(modeShown(), colour);
}

void TestViewerKeypad::displayFollowsTheZoom()
{
    show();
    const auto shownFor = [this] {
        return QStringLiteral("Zoom %1 %").arg(std::lround(m_pane->activeViewer()->transform().zoom() * 100));
    };
    QTRY_COMPARE_WITH_TIMEOUT(zoomShown(), shownFor(), test::WaitMs);
    const QString fitted = zoomShown();
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_Plus));
    QCOMPARE(zoomShown(), shownFor());
    QVERIFY(zoomShown() != fitted);
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_1));
    QCOMPARE(zoomShown(), QStringLiteral("Zoom 100 %"));
    m_pane->setScan(nullptr);
    QCOMPARE(zoomShown(), QStringLiteral("Zoom –"));
}

void TestViewerKeypad::paletteKeyRecoloursTheMaterialView()
{
    show();
    const QImage green = m_pane->viewer()->grabFramebuffer();
    QTest::mouseClick(m_keypad->key(ViewerTool::OlivePalette), Qt::LeftButton);
    QCOMPARE(m_pane->displaySettings().palette, DisplaySettings::Palette::Olive);
    QVERIFY(m_keypad->key(ViewerTool::OlivePalette)->isChecked());
    const QString colour = ViewerTools::name(ViewerTool::MaterialColour);
    const QString olive = colour + QStringLiteral(" + ") + ViewerTools::name(ViewerTool::OlivePalette);
    QCOMPARE(modeShown(), olive);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->viewer()->grabFramebuffer() != green, test::WaitMs);
    // Resetting the image keeps the officer's palette.
    QTest::mouseClick(m_keypad->key(ViewerTool::Negative), Qt::LeftButton);
    QTest::mouseClick(m_keypad->key(ViewerTool::ResetImage), Qt::LeftButton);
    QCOMPARE(modeShown(), olive);
    QVERIFY(test::keyClickInActiveWindow(m_pane->viewer(), Qt::Key_C, Qt::ShiftModifier));
    QCOMPARE(m_pane->displaySettings().palette, DisplaySettings::Palette::Green);
    QCOMPARE(modeShown(), colour);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->viewer()->grabFramebuffer(), green, test::WaitMs);
}

QTEST_MAIN(TestViewerKeypad)
#include "tst_viewerkeypad.moc"
