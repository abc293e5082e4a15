// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DisplayNames.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestScans.h"
#include "host/HostConsole.h"
#include "imageset/ImageSetWriter.h"
#include "tournamentclient/TournamentWidget.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerSurfaceFormat.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::gui;

class TestMainWindow final : public QObject {
    Q_OBJECT
public:
    static void initMain() { pen::gui::installViewerSurfaceFormat(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFirstScanWithObjectsAndDeclaration();
    void clickAndArrowKeysBrowseScans();
    void switchesViewOfDualViewScan();
    void drawsGroundTruthOutlineInCategoryColour();
    void opensRequestedScan();
    void showsScansInTheChosenViewMode();
    void reportsFolderThatIsNotAnImageSet();
    void reportsCorruptScanFile();
    void reportsUnknownScanId();
    void modeTabsSwitchToTheHostConsoleAndBack();

private:
    QString writeSet(const QString &name, const QList<Scan> &scans);
    void openAndWait(const QString &folder, const QString &firstScan);
    QTableView *table(const char *name) const { return m_window->findChild<QTableView *>(QLatin1String(name)); }
    ScanViewerPane *viewerPane() const { return m_window->viewerPane(); }
    QSize shownSize() const
    {
        const ScanViewer *viewer = viewerPane()->activeViewer();
        const ScanView &view = viewerPane()->scan()->views[viewer->viewIndex()];
        return {view.width, view.height};
    }
    QComboBox *viewSelector() const { return m_window->findChild<QComboBox *>(QStringLiteral("viewSelector")); }
    QString cell(const char *tableName, int row, int column) const;
    void clickRow(int row);

    QTemporaryDir m_dir;
    QString m_set;
    std::unique_ptr<MainWindow> m_window;
};

QString TestMainWindow::writeSet(const QString &name, const QList<Scan> &scans)
{
    const QString folder = m_dir.filePath(name);
    ImageSet header;
    header.name = name;
    header.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    ImageSetWriter writer(folder, header);
    auto begun = writer.begin();
    if (!begun)
        qFatal("%s", qPrintable(begun.error().message));
    for (const Scan &scan : scans) {
        if (auto added = writer.addScan(scan); !added)
            qFatal("%s", qPrintable(added.error().message));
    }
    if (auto finished = writer.finish(); !finished)
        qFatal("%s", qPrintable(finished.error().message));
    return folder;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the practice history goes to a test location
    QVERIFY(m_dir.isValid());
    // Peak voltages for the details panel; the dual-energy view stays kV, so that no MeV legend
    // narrows the viewer.
    Scan container = test::dualEnergyScan(QStringLiteral("c1"));
    container.views[0].peakKv = 140;
    Scan bag = test::dualViewSingleEnergyScan(QStringLiteral("b1"));
    bag.views[0].peakKv = 6000;
    m_set = writeSet(QStringLiteral("demo"), {container, bag, test::colourScan(QStringLiteral("p1"))});
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    // Exposed, so that the viewer has drawn a frame to grab. The first window of a run sets up
    // software OpenGL, which takes seconds on a loaded machine.
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), test::WaitMs));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::openAndWait(const QString &folder, const QString &firstScan)
{
    m_window->openImageSet(folder);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentScanId(), firstScan, test::WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), test::WaitMs);
}

QString TestMainWindow::cell(const char *tableName, int row, int column) const
{
    const QAbstractItemModel *model = table(tableName)->model();
    return model->data(model->index(row, column)).toString();
}

void TestMainWindow::clickRow(int row)
{
    QTableView *scans = table("scanList");
    const QRect rect = scans->visualRect(scans->model()->index(row, 0));
    QTest::mouseClick(scans->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestMainWindow::showsFirstScanWithObjectsAndDeclaration()
{
    openAndWait(m_set, QStringLiteral("c1"));
    QCOMPARE(table("scanList")->model()->rowCount(), 3);
    QCOMPARE(cell("scanList", 0, 1), QStringLiteral("Container"));
    QCOMPARE(cell("scanList", 0, 2), QStringLiteral("2"));
    QCOMPARE(table("objectTable")->model()->rowCount(), 2);
    QCOMPARE(cell("objectTable", 0, 0), QStringLiteral("o1"));
    QCOMPARE(cell("objectTable", 0, 1), QStringLiteral("Narcotics"));
    QCOMPARE(cell("objectTable", 0, 4), QStringLiteral("cocaine_hcl"));
    QCOMPARE(cell("objectTable", 1, 1), QStringLiteral("Hidden compartment"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("hsCode"))->text(), QStringLiteral("690721"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("scanner"))->text(), QStringLiteral("Test scanner 6 MeV"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("peakVoltage"))->text(), QStringLiteral("140 kV"));
    QCOMPARE(shownSize(), QSize(64, 48));
    QVERIFY(!viewSelector()->isEnabled());
}

void TestMainWindow::clickAndArrowKeysBrowseScans()
{
    openAndWait(m_set, QStringLiteral("c1"));
    clickRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentScanId(), QStringLiteral("b1"), test::WaitMs);
    QCOMPARE(table("objectTable")->model()->rowCount(), 1);
    QCOMPARE(cell("objectTable", 0, 1), QStringLiteral("Weapon"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("hsCode"))->isVisibleTo(m_window.get()));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("peakVoltage"))->text(),
             QStringLiteral("6 MV (linear accelerator)"));

    QTest::keyClick(table("scanList"), Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentScanId(), QStringLiteral("p1"), test::WaitMs);
    QCOMPARE(shownSize(), QSize(32, 24));
    QTest::keyClick(table("scanList"), Qt::Key_Up);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentScanId(), QStringLiteral("b1"), test::WaitMs);
}

void TestMainWindow::switchesViewOfDualViewScan()
{
    openAndWait(m_set, QStringLiteral("c1"));
    clickRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentScanId(), QStringLiteral("b1"), test::WaitMs);
    QComboBox *selector = viewSelector();
    QVERIFY(selector->isEnabled());
    QCOMPARE(selector->count(), 2);
    QCOMPARE(cell("objectTable", 0, 2), QStringLiteral("top, side"));
    QCOMPARE(cell("objectTable", 0, 3), QStringLiteral("box 8 × 6 at (2, 2)"));

    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(m_window->currentView(), 1);
    QCOMPARE(cell("objectTable", 0, 3), QStringLiteral("box 9 × 5 at (3, 1)"));
    QCOMPARE(viewerPane()->activeViewer()->viewIndex(), 1);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("view"))->text().section(QLatin1Char(','), 0, 0),
             QStringLiteral("side"));
}

void TestMainWindow::drawsGroundTruthOutlineInCategoryColour()
{
    openAndWait(m_set, QStringLiteral("c1"));
    ScanViewer *view = viewerPane()->activeViewer();
    const QImage picture = view->grabFramebuffer();
    const QColor narcotics = DisplayNames::categoryColour(QStringLiteral("narcotics"));
    // o1 is the box (4.5, 6) 10 x 8: its bottom edge runs through image y = 14.
    const QPoint edge = view->mapFromImage(QPointF(9.5, 14)).toPoint();
    bool onOutline = false;
    for (int dy = -1; dy <= 1; ++dy)
        onOutline = onOutline || picture.pixelColor(edge + QPoint(0, dy)) == narcotics;
    QVERIFY2(onOutline, "no narcotics-coloured outline on the box's bottom edge");
    const QPoint insidePoint = view->mapFromImage(QPointF(9.5, 10)).toPoint();

    QVERIFY(test::keyClickInActiveWindow(table("scanList"), Qt::Key_T)); // hide the ground truth
    const QImage plain = view->grabFramebuffer();
    QVERIFY(plain.pixelColor(edge) != narcotics);
    QCOMPARE(plain.pixelColor(insidePoint), picture.pixelColor(insidePoint)); // outlined, not filled
}

void TestMainWindow::showsScansInTheChosenViewMode()
{
    openAndWait(m_set, QStringLiteral("c1"));
    ScanViewer *view = viewerPane()->activeViewer();
    const QImage material = view->grabFramebuffer();
    m_window->setViewMode(QStringLiteral("negative"));
    QVERIFY(viewerPane()->displaySettings().negative);
    QTRY_VERIFY_WITH_TIMEOUT(view->grabFramebuffer() != material, test::WaitMs);
    m_window->setViewMode(QStringLiteral("grey-high"));
    QVERIFY(!viewerPane()->displaySettings().negative);
    QCOMPARE(viewerPane()->displaySettings().colouring, DisplaySettings::Colouring::Grey);
    QCOMPARE(viewerPane()->displaySettings().channel, DisplaySettings::Channel::High);
}

void TestMainWindow::opensRequestedScan()
{
    m_window->openImageSet(m_set, QStringLiteral("p1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentScanId(), QStringLiteral("p1"), test::WaitMs);
    QCOMPARE(table("scanList")->currentIndex().row(), 2);
}

void TestMainWindow::reportsFolderThatIsNotAnImageSet()
{
    openAndWait(m_set, QStringLiteral("c1"));
    const QString notASet = m_dir.filePath(QStringLiteral("not-a-set"));
    QVERIFY(QDir().mkpath(notASet));
    m_window->openImageSet(notASet);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastError().contains(QStringLiteral("manifest")), test::WaitMs);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), test::WaitMs);
    QCOMPARE(box->informativeText(), m_window->lastError());
    box->accept();
    // The set that was open stays open.
    QCOMPARE(m_window->currentScanId(), QStringLiteral("c1"));
    QCOMPARE(table("scanList")->model()->rowCount(), 3);
}

void TestMainWindow::reportsCorruptScanFile()
{
    const QString folder = writeSet(QStringLiteral("corrupt"), {test::dualEnergyScan(QStringLiteral("bad"))});
    const QStringList files = QDir(folder + QStringLiteral("/scans")).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(folder + QStringLiteral("/scans/") + files.first());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("this is not a DICOM file");
    file.close();

    m_window->openImageSet(folder);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastError().contains(files.first()), test::WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), test::WaitMs);
    QVERIFY(m_window->currentScanId().isEmpty());
}

void TestMainWindow::reportsUnknownScanId()
{
    m_window->openImageSet(m_set, QStringLiteral("nope"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lastError().contains(QStringLiteral("nope")), test::WaitMs);
    QVERIFY(m_window->currentScanId().isEmpty());
    // Instead of an empty viewer, the officer reads why nothing is shown.
    const auto *message = m_window->findChild<QLabel *>(QStringLiteral("emptyViewMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Nothing to show."));
    QVERIFY(!m_window->viewerPane()->isVisible());
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::modeTabsSwitchToTheHostConsoleAndBack()
{
    auto *modes = m_window->findChild<QTabWidget *>(QStringLiteral("modes"));
    QVERIFY(modes);
    QStringList titles;
    for (int i = 0; i < modes->count(); ++i)
        titles.append(modes->tabText(i));
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Practice"), QStringLiteral("Tournament"), QStringLiteral("Host console"),
                          QStringLiteral("Image sets")}));

    // A click on the tab shows the console with its connect form, ready to type into.
    const int hostTab = modes->indexOf(m_window->hostConsole());
    QTest::mouseClick(modes->tabBar(), Qt::LeftButton, Qt::NoModifier, modes->tabBar()->tabRect(hostTab).center());
    QCOMPARE(modes->currentWidget(), static_cast<QWidget *>(m_window->hostConsole()));
    auto *address = m_window->hostConsole()->findChild<QLineEdit *>(QStringLiteral("serverAddress"));
    QVERIFY(address && address->isVisible());
    QVERIFY(m_window->hostConsole()->findChild<QPushButton *>(QStringLiteral("connect"))->isVisible());
    QVERIFY(!m_window->isBrowsing());
    if (const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR"); !folder.isEmpty())
        QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("host-console-tab.png"))));

    // The tournament tab next to it, then back to the console from the window's own call.
    QTest::mouseClick(modes->tabBar(), Qt::LeftButton, Qt::NoModifier,
                      modes->tabBar()->tabRect(modes->indexOf(m_window->tournament())).center());
    QCOMPARE(modes->currentWidget(), static_cast<QWidget *>(m_window->tournament()));
    QVERIFY(!address->isVisible());
    m_window->showHostConsole();
    QVERIFY(address->isVisible());
}

#include "tst_mainwindow.moc"
