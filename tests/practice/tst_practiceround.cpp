// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A whole practice round driven through the real widgets, as an officer plays it.
#include "GuiTestSupport.h"
#include "TestScans.h"
#include "imageset/ImageSetWriter.h"
#include "practice/HistoryChart.h"
#include "practice/LevelsChart.h"
#include "practice/PracticeNames.h"
#include "practice/PracticeRoundPage.h"
#include "practice/PracticeStartPage.h"
#include "practice/PracticeWidget.h"
#include "practice/ScanFeedback.h"
#include "practice/ScanReviewPage.h"
#include "practice/ScorePage.h"
#include "storage/PracticeHistory.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerSurfaceFormat.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::gui;

namespace {

GroundTruthObject brick(QRectF box)
{
    GroundTruthObject object;
    object.id = QStringLiteral("o1");
    object.category = QStringLiteral("narcotics");
    object.regions = {Region{0, box, {}}};
    return object;
}

Scan scanWith(const QString &id, QList<GroundTruthObject> truth)
{
    Scan scan = test::dualEnergyScan(id, 96, 64);
    scan.truth = std::move(truth);
    scan.declaration.reset();
    return scan;
}

// The practice round's clocks run on the wall clock, so what the test does on a scan must fit in
// the scan's time even on a loaded machine: a round whose last scan must time out gives this long
// per scan (the test waits it out once), a round in which no scan times out far longer.
constexpr int SecondsPerScan = 20;
constexpr int SecondsPerScanWithoutTimeOut = 600;

// Seconds shown by a clock label such as "Scan 00:06"; -1 if none.
int secondsShown(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("(\\d+):(\\d\\d)"));
    const auto match = clock.match(text);
    return match.hasMatch() ? match.captured(1).toInt() * 60 + match.captured(2).toInt() : -1;
}

bool near(const QColor &a, const QColor &b)
{
    constexpr int Tolerance = 16;
    return std::abs(a.red() - b.red()) <= Tolerance && std::abs(a.green() - b.green()) <= Tolerance
        && std::abs(a.blue() - b.blue()) <= Tolerance;
}

// Whether the viewer shows this colour somewhere on the line between two image points (dashed
// lines leave gaps, so one pixel is enough).
bool shownAlong(ScanViewer *viewer, QPointF imageFrom, QPointF imageTo, const QColor &colour)
{
    const QImage picture = viewer->grabFramebuffer();
    const QPointF from = viewer->mapFromImage(imageFrom);
    const QPointF to = viewer->mapFromImage(imageTo);
    const int steps = std::max(1, int(QLineF(from, to).length()));
    for (int i = 0; i <= steps; ++i) {
        const QPoint point = (from + (to - from) * (double(i) / steps)).toPoint();
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                if (picture.rect().contains(point + QPoint(dx, dy))
                    && near(picture.pixelColor(point + QPoint(dx, dy)), colour))
                    return true;
            }
        }
    }
    return false;
}

// The bottom edge of a box, where a dashed ground-truth outline runs.
bool bottomEdgeShows(ScanViewer *viewer, QRectF box, const QColor &colour)
{
    return shownAlong(viewer, box.bottomLeft(), box.bottomRight(), colour);
}

// A stretch of a box's diagonal, where a false alarm's cross runs (away from the mark's tag at the
// top-left corner and the false alarm's tag in the middle).
bool crossShows(ScanViewer *viewer, QRectF box)
{
    const QPointF diagonal = box.bottomRight() - box.topLeft();
    return shownAlong(viewer, box.topLeft() + diagonal * 0.1, box.topLeft() + diagonal * 0.35,
                      ScanFeedback::falseAlarmColour());
}

} // namespace

class TestPracticeRound final : public QObject {
    Q_OBJECT
public:
    static void initMain() { installViewerSurfaceFormat(); }

private slots:
    void initTestCase();
    void playsAWholeRound();
    void reviewsEveryScanAfterTheRound();
    void unreadableHistoryDoesNotStopPractice();
    void aFindTheMostRoundOffersItsTargetFirstAndOneClock();
    void theOfficerChoosesTheTypeWhereTheSetAllowsSeveral();
    void aScanWithoutTruthIsNotJudged();
    void eachTraineeOnASharedPcSeesTheirOwnHistory();
    void anAdaptiveRoundDrawsTargetsAtTheTraineesLevel();

private:
    QString writeSet(const QString &name, RoundSettings::Feedback feedback, int secondsPerScan);
    QString writeSet(const QString &name, const RoundSettings &round);
    void showWidget();
    void startRound(const QString &folder, int secondsPerScan);
    ScanViewer *viewer() const { return m_widget->roundPage()->viewerPane()->viewer(); }
    ScanViewer *reviewViewer() const { return m_widget->reviewPage()->viewerPane()->viewer(); }
    QString reviewedScan() const
    {
        const Scan *scan = m_widget->reviewPage()->viewerPane()->scan();
        return scan ? scan->id : QString();
    }
    QPushButton *button(const char *name) const { return m_widget->findChild<QPushButton *>(QLatin1String(name)); }
    QString label(const char *name) const { return m_widget->findChild<QLabel *>(QLatin1String(name))->text(); }
    void waitForScan(const QString &id);
    void markBox(QRectF imageBox, const QString &category);
    /// Saves a picture of the practice widget where PEN_SCREENSHOT_DIR names a folder.
    void saveScreenshot(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<PracticeWidget> m_widget;
};

QString TestPracticeRound::writeSet(const QString &name, RoundSettings::Feedback feedback, int secondsPerScan)
{
    RoundSettings round;
    round.targetCategories = {QStringLiteral("narcotics")};
    round.secondsPerScan = secondsPerScan;
    round.feedback = feedback;
    return writeSet(name, round);
}

QString TestPracticeRound::writeSet(const QString &name, const RoundSettings &round)
{
    const QString folder = m_dir.filePath(name);
    ImageSet header;
    header.name = QStringLiteral("three scans");
    header.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    header.round = round;
    ImageSetWriter writer(folder, header);
    if (!writer.begin())
        qFatal("cannot write the test set");
    for (const Scan &scan :
         {scanWith(QStringLiteral("s1"), {brick(QRectF(20, 10, 30, 20))}), scanWith(QStringLiteral("s2"), {}),
          scanWith(QStringLiteral("s3"), {brick(QRectF(50, 30, 20, 20))})}) {
        if (!writer.addScan(scan))
            qFatal("cannot write a test scan");
    }
    if (!writer.finish())
        qFatal("cannot finish the test set");
    return folder;
}

void TestPracticeRound::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPracticeRound::waitForScan(const QString &id)
{
    const auto shown = [this] {
        const Scan *s = m_widget->roundPage()->viewerPane()->scan();
        return s ? s->id : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(shown(), id, test::WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(button("submitMarks")->isEnabled(), test::WaitMs);
}

void TestPracticeRound::markBox(QRectF imageBox, const QString &category)
{
    ScanViewer *v = viewer();
    const QPoint from = v->mapFromImage(imageBox.topLeft()).toPoint();
    const QPoint to = v->mapFromImage(imageBox.bottomRight()).toPoint();
    QTest::mousePress(v, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(v, (from + to) / 2);
    QTest::mouseMove(v, to);
    QTest::mouseRelease(v, Qt::LeftButton, Qt::NoModifier, to);
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = v->findChild<QMenu *>(QStringLiteral("categoryMenu"))) && menu->isVisible(),
                             test::WaitMs);
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == category) {
            action->trigger();
            return;
        }
    }
    QFAIL("the category menu does not offer the category");
}

void TestPracticeRound::showWidget()
{
    m_widget->resize(1400, 900);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get(), test::WaitMs)); // the viewers draw frames to grab
}

// Opens the set (its round settings fill the form) and starts a round.
void TestPracticeRound::startRound(const QString &folder, int secondsPerScan)
{
    QSignalSpy listed(m_widget->startPage(), &PracticeStartPage::imageSetsListed);
    m_widget->startPage()->addImageSet(folder);
    QTRY_VERIFY_WITH_TIMEOUT(listed.size() == 1, test::WaitMs);
    QCOMPARE(m_widget->startPage()->setCount(), 1);
    QCOMPARE(m_widget->findChild<QSpinBox *>(QStringLiteral("secondsPerScan"))->value(), secondsPerScan);
    // The round's help says how a mark is judged (docs/scoring.md), beside the points.
    QVERIFY2(label("scoringFormula")
                 .contains(QStringLiteral("A mark finds an object when its centre is on the object, or when it "
                                          "covers at least half of the object's box")),
             qPrintable(label("scoringFormula")));
    QTest::mouseClick(button("startRound"), Qt::LeftButton);
}

void TestPracticeRound::saveScreenshot(const QString &name)
{
    QVERIFY(test::saveScreenshot(m_widget.get(), name));
}

void TestPracticeRound::playsAWholeRound()
{
    m_widget = std::make_unique<PracticeWidget>(m_dir.filePath(QStringLiteral("history.sqlite")));
    showWidget();
    QComboBox *trainee = m_widget->startPage()->traineeBox();
    trainee->setFocus();
    QTest::keyClicks(trainee, QStringLiteral("Ana"));
    QCOMPARE(m_widget->startPage()->trainee(), QStringLiteral("Ana"));
    startRound(writeSet(QStringLiteral("after-each"), RoundSettings::Feedback::AfterEachScan, SecondsPerScan),
               SecondsPerScan);

    // Scan 1: zoom, change the view mode, mark the brick, submit.
    waitForScan(QStringLiteral("s1"));
    QCOMPARE(label("scanPosition"), QStringLiteral("Scan 1 of 3"));
    QTRY_VERIFY_WITH_TIMEOUT(label("scanClock").startsWith(QStringLiteral("Scan 00:"))
                                 && secondsShown(label("scanClock")) > 0
                                 && secondsShown(label("scanClock")) <= SecondsPerScan,
                             test::WaitMs);
    QVERIFY(m_widget->findChild<QProgressBar *>(QStringLiteral("scanTime"))->isVisible());
    viewer()->setFocus();
    const double fitted = viewer()->transform().zoom();
    QVERIFY(test::keyClickInActiveWindow(viewer(), Qt::Key_Plus));
    QVERIFY(viewer()->transform().zoom() > fitted);
    m_widget->roundPage()->toolBar()->action(ViewerTool::Negative)->trigger();
    QVERIFY(m_widget->roundPage()->viewerPane()->displaySettings().negative);
    m_widget->roundPage()->toolBar()->action(ViewerTool::Fit)->trigger();
    m_widget->roundPage()->toolBar()->action(ViewerTool::Mark)->trigger();
    QVERIFY(m_widget->roundPage()->viewerPane()->isMarking());
    markBox(QRectF(25, 12, 20, 15), QStringLiteral("narcotics"));
    QCOMPARE(m_widget->roundPage()->viewerPane()->marks()->marks().size(), 1);
    QTest::mouseClick(button("submitMarks"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button("nextScan")->isVisible(), test::WaitMs);
    QVERIFY2(label("feedbackText").contains(QStringLiteral("Hit")), qPrintable(label("feedbackText")));
    QVERIFY2(!label("feedbackText").contains(QStringLiteral("Time ran out")), qPrintable(label("feedbackText")));
    QVERIFY(!button("submitMarks")->isEnabled());
    QTest::mouseClick(button("nextScan"), Qt::LeftButton);

    // Scan 2: nothing there; the officer clears it with the keyboard.
    waitForScan(QStringLiteral("s2"));
    QVERIFY(m_widget->roundPage()->viewerPane()->marks()->marks().isEmpty());
    QVERIFY(test::keyClickInActiveWindow(m_widget->roundPage(), Qt::Key_X));
    QTRY_VERIFY_WITH_TIMEOUT(button("nextScan")->isVisible(), test::WaitMs);
    QVERIFY2(label("feedbackText").contains(QStringLiteral("Correct rejection")), qPrintable(label("feedbackText")));
    QVERIFY2(!label("feedbackText").contains(QStringLiteral("Time ran out")), qPrintable(label("feedbackText")));
    QVERIFY(test::keyClickInActiveWindow(m_widget->roundPage(), Qt::Key_Space));

    // Scan 3: the clock runs out; the brick was missed.
    waitForScan(QStringLiteral("s3"));
    QTRY_VERIFY_WITH_TIMEOUT(button("nextScan")->isVisible(), SecondsPerScan * 1000 + test::WaitMs);
    QVERIFY2(label("feedbackText").contains(QStringLiteral("Time ran out")), qPrintable(label("feedbackText")));
    QVERIFY2(label("feedbackText").contains(QStringLiteral("Missed: Narcotics")), qPrintable(label("feedbackText")));
    QTest::mouseClick(button("nextScan"), Qt::LeftButton);

    // The score: one hit of two target scans, no false alarms, the round in the history.
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->scorePage()), test::WaitMs);
    const QString summary = label("scoreSummary");
    QVERIFY2(summary.contains(QStringLiteral("Hit rate: <b>50 %</b> (1 of 2")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("False alarm rate: <b>0 %</b> (0 of 1")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("d′")));
    auto *results = m_widget->findChild<QTableWidget *>(QStringLiteral("scanResults"));
    QCOMPARE(results->rowCount(), 3);
    QCOMPARE(results->item(0, 1)->text(), QStringLiteral("Hit"));
    QCOMPARE(results->item(2, 1)->text(), QStringLiteral("Miss"));
    QVERIFY(results->item(2, 4)->text().contains(QStringLiteral("timed out")));
    QCOMPARE(m_widget->scorePage()->historyChart()->roundCount(), 1);

    const auto rounds = m_widget->history()->rounds();
    QVERIFY(rounds);
    QCOMPARE(rounds->size(), 1);
    QCOMPARE(rounds->first().score.detection.hits, 1);
    QCOMPARE(rounds->first().score.detection.correctRejections, 1);
    QCOMPARE(rounds->first().score.scansTimedOut, 1);
    QCOMPARE(rounds->first().trainee, QStringLiteral("Ana"));
    // Per category, as a trainer's report counts it: one brick hit, one missed, the clear scan left clear.
    QCOMPARE(rounds->first().categories,
             (QList<PracticeCategoryScore>{{QStringLiteral("narcotics"), 1, 1, {1, 1, 0, 1}}}));
    const auto answers = m_widget->history()->answers(rounds->first().id);
    QCOMPARE(answers->size(), 3);
    QCOMPARE(answers->at(0).marks.size(), 1);
    QCOMPARE(answers->at(0).marks[0].category, QStringLiteral("narcotics"));
    QVERIFY(answers->at(0).toolUse.value(QStringLiteral("zoom-in")) >= 1);
    QVERIFY(answers->at(0).toolUse.value(QStringLiteral("negative")) >= 1);
    QVERIFY(answers->at(1).toolUse.isEmpty() || !answers->at(1).toolUse.contains(QStringLiteral("negative")));
    QVERIFY(answers->at(2).timedOut);

    // Rounds with feedback after each scan can be reviewed too.
    QTest::mouseClick(button("reviewScans"), Qt::LeftButton);
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->reviewPage()));
    QTRY_COMPARE_WITH_TIMEOUT(reviewedScan(), QStringLiteral("s1"), test::WaitMs);
    QVERIFY2(label("reviewResult").contains(QStringLiteral("Hit")), qPrintable(label("reviewResult")));
    QTest::mouseClick(button("backToScore"), Qt::LeftButton);
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->scorePage()));

    // Back to the start: the history chart there shows the round too.
    QTest::mouseClick(button("practiceAgain"), Qt::LeftButton);
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->startPage()));
    QCOMPARE(m_widget->startPage()->historyChart()->roundCount(), 1);
    m_widget.reset();
}

void TestPracticeRound::reviewsEveryScanAfterTheRound()
{
    const QRectF brick1(20, 10, 30, 20);
    const QRectF brick3(50, 30, 20, 20);
    const QRectF falseAlarm1(58, 36, 30, 22);
    const QRectF falseAlarm2(30, 20, 30, 22);
    m_widget = std::make_unique<PracticeWidget>(m_dir.filePath(QStringLiteral("review.sqlite")));
    showWidget();
    startRound(writeSet(QStringLiteral("at-end"), RoundSettings::Feedback::AtEnd, SecondsPerScanWithoutTimeOut),
               SecondsPerScanWithoutTimeOut);
    QCOMPARE(m_widget->findChild<QComboBox *>(QStringLiteral("feedback"))->currentData().toInt(),
             int(RoundSettings::Feedback::AtEnd));

    // Scan 1: the brick found, and a mark on nothing. No feedback: the next scan follows at once.
    waitForScan(QStringLiteral("s1"));
    m_widget->roundPage()->toolBar()->action(ViewerTool::Mark)->trigger();
    markBox(QRectF(25, 12, 20, 15), QStringLiteral("narcotics"));
    markBox(falseAlarm1, QStringLiteral("narcotics"));
    QTest::mouseClick(button("submitMarks"), Qt::LeftButton);
    waitForScan(QStringLiteral("s2"));
    QVERIFY(!button("nextScan")->isVisible());
    // Scan 2: nothing there, but marked (marking is still on).
    QVERIFY(m_widget->roundPage()->viewerPane()->isMarking());
    markBox(falseAlarm2, QStringLiteral("narcotics"));
    QVERIFY(test::keyClickInActiveWindow(m_widget->roundPage(), Qt::Key_Return));
    // Scan 3: cleared, the brick missed.
    waitForScan(QStringLiteral("s3"));
    QVERIFY(test::keyClickInActiveWindow(m_widget->roundPage(), Qt::Key_X));
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->scorePage()), test::WaitMs);
    auto *results = m_widget->findChild<QTableWidget *>(QStringLiteral("scanResults"));
    QCOMPARE(results->item(1, 1)->text(), QStringLiteral("False alarm"));

    // The review opens on the first scan: the brick found in green beside the officer's two
    // marks, the second crossed out as a false alarm.
    QTest::mouseClick(button("reviewScans"), Qt::LeftButton);
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->reviewPage()));
    QTRY_COMPARE_WITH_TIMEOUT(reviewedScan(), QStringLiteral("s1"), test::WaitMs);
    QCOMPARE(label("reviewPosition"), QStringLiteral("Scan 1 of 3: s1"));
    QString result = label("reviewResult");
    QVERIFY2(result.contains(QStringLiteral("<b>Hit</b>")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Found: Narcotics")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("1 mark(s) on nothing to report")), qPrintable(result));
    QCOMPARE(m_widget->reviewPage()->viewerPane()->marks()->marks().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(bottomEdgeShows(reviewViewer(), brick1, ScanFeedback::foundColour()), test::WaitMs);
    QVERIFY(!bottomEdgeShows(reviewViewer(), brick1, ScanFeedback::missedColour()));
    QVERIFY(crossShows(reviewViewer(), falseAlarm1));
    QVERIFY(!crossShows(reviewViewer(), QRectF(25, 12, 20, 15))); // the hit is not crossed out
    QVERIFY(!button("reviewPrevious")->isEnabled());
    saveScreenshot(QStringLiteral("practice-review-hit.png"));

    // The marks stay as they were answered.
    reviewViewer()->setFocus();
    QVERIFY(test::keyClickInActiveWindow(reviewViewer(), Qt::Key_B));
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->reviewPage()->viewerPane()->isMarking(), test::WaitMs);

    // Page Down: scan 2, a false alarm.
    QVERIFY(test::keyClickInActiveWindow(reviewViewer(), Qt::Key_PageDown));
    QTRY_COMPARE_WITH_TIMEOUT(reviewedScan(), QStringLiteral("s2"), test::WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(label("reviewPosition"), QStringLiteral("Scan 2 of 3: s2"), test::WaitMs);
    result = label("reviewResult");
    QVERIFY2(result.contains(QStringLiteral("<b>False alarm</b>")), qPrintable(result));
    QVERIFY2(!result.contains(QStringLiteral("Found:")) && !result.contains(QStringLiteral("Missed:")),
             qPrintable(result));
    QTRY_VERIFY_WITH_TIMEOUT(crossShows(reviewViewer(), falseAlarm2), test::WaitMs);

    // The button: scan 3, the brick missed in red; the last scan.
    QTest::mouseClick(button("reviewNext"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(reviewedScan(), QStringLiteral("s3"), test::WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(label("reviewPosition"), QStringLiteral("Scan 3 of 3: s3"), test::WaitMs);
    result = label("reviewResult");
    QVERIFY2(result.contains(QStringLiteral("<b>Miss</b>")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Missed: Narcotics")), qPrintable(result));
    QVERIFY(m_widget->reviewPage()->viewerPane()->marks()->marks().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(bottomEdgeShows(reviewViewer(), brick3, ScanFeedback::missedColour()), test::WaitMs);
    // Outlined as missed only (the scan's own colours may come near the found colour, so the
    // overlays are read rather than the picture).
    for (const RegionOverlay &overlay : reviewViewer()->groundTruth())
        QVERIFY(overlay.colour != ScanFeedback::foundColour());
    QVERIFY(!button("reviewNext")->isEnabled());
    saveScreenshot(QStringLiteral("practice-review-miss.png"));
    // Nothing after the last: the button's shortcut would press it at once and click it a moment
    // later, but the button is disabled, so the key neither presses it nor moves the review.
    QVERIFY(test::keyClickInActiveWindow(reviewViewer(), Qt::Key_PageDown));
    QVERIFY(!button("reviewNext")->isDown());
    QCOMPARE(m_widget->reviewPage()->currentIndex(), 2);
    QCOMPARE(label("reviewPosition"), QStringLiteral("Scan 3 of 3: s3"));

    // Back: Page Up and the button.
    QVERIFY(test::keyClickInActiveWindow(reviewViewer(), Qt::Key_PageUp));
    QTRY_COMPARE_WITH_TIMEOUT(reviewedScan(), QStringLiteral("s2"), test::WaitMs);
    QTest::mouseClick(button("reviewPrevious"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(reviewedScan(), QStringLiteral("s1"), test::WaitMs);

    // From the score page, a scan's row opens the review on that scan.
    QTest::mouseClick(button("backToScore"), Qt::LeftButton);
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->scorePage()));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(2, 0)).center());
    QVERIFY(test::keyClickInActiveWindow(results, Qt::Key_Return));
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->reviewPage()));
    QTRY_COMPARE_WITH_TIMEOUT(reviewedScan(), QStringLiteral("s3"), test::WaitMs);
    m_widget.reset();
}

void TestPracticeRound::unreadableHistoryDoesNotStopPractice()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, '\x07'));
    file.close();
    PracticeWidget widget(path);
    QSignalSpy errors(&widget, &PracticeWidget::errorShown);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, test::WaitMs);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("broken.sqlite: not a practice history")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(widget.history(), nullptr);
}

// A "find the most" round: no scan clock, so the bar shows the round's clock alone (not the same
// time twice), and key 1 of the category menu is the round's target, not the vocabulary's first.
void TestPracticeRound::aFindTheMostRoundOffersItsTargetFirstAndOneClock()
{
    m_widget = std::make_unique<PracticeWidget>(m_dir.filePath(QStringLiteral("most-history.sqlite")));
    showWidget();
    RoundSettings round = RoundSettings::defaultsFor(RoundType::FindTheMost);
    round.targetCategories = {QStringLiteral("cigarettes")};
    startRound(writeSet(QStringLiteral("find-the-most"), round), 0);
    waitForScan(QStringLiteral("s1"));
    QTRY_VERIFY_WITH_TIMEOUT(label("roundClock").startsWith(QStringLiteral("Round ")), test::WaitMs);
    QVERIFY2(label("scanClock").isEmpty(), qPrintable(label("scanClock")));
    const QList<ThreatCategory> categories = m_widget->roundPage()->viewerPane()->marks()->categories();
    QCOMPARE(categories.first().key, QStringLiteral("cigarettes"));
    QCOMPARE(categories.size(), ThreatCategories::builtIn().size()); // the others are all still offered

    // Ending the round asks first; "Keep playing" keeps the round, "End round" ends it.
    const auto confirmation = [this] { return m_widget->findChild<QMessageBox *>(QStringLiteral("confirmEndRound")); };
    QTest::mouseClick(button("endRound"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(confirmation() && confirmation()->isVisible(), test::WaitMs);
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("keepPlaying")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!confirmation(), test::WaitMs);
    QVERIFY(m_widget->roundPage()->isVisible());
    QVERIFY(button("submitMarks")->isEnabled());
    QTest::mouseClick(button("endRound"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(confirmation() && confirmation()->isVisible(), test::WaitMs);
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmEnd")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_widget->scorePage()->isVisible(), test::WaitMs);
}

// A set whose every scan comes with a declaration can also be played as a declaration check; the
// type list says so, and choosing it brings that type's clock, rule and categories.
void TestPracticeRound::theOfficerChoosesTheTypeWhereTheSetAllowsSeveral()
{
    m_widget = std::make_unique<PracticeWidget>(m_dir.filePath(QStringLiteral("types-history.sqlite")));
    showWidget();
    const QString plain = writeSet(QStringLiteral("no-declarations"), RoundSettings::Feedback::AtEnd, 120);
    const QString declared = m_dir.filePath(QStringLiteral("declared"));
    {
        ImageSet header;
        header.name = QStringLiteral("declared");
        header.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
        RoundSettings round;
        round.targetCategories = {QStringLiteral("narcotics")};
        header.round = round;
        ImageSetWriter writer(declared, header);
        QVERIFY(writer.begin());
        for (const QString &id : {QStringLiteral("d1"), QStringLiteral("d2")}) {
            Scan scan = test::dualEnergyScan(id, 96, 64);
            QVERIFY(scan.declaration);
            scan.truth = {brick(QRectF(20, 10, 30, 20))};
            QVERIFY(writer.addScan(scan));
        }
        QVERIFY(writer.finish());
    }
    auto *type = m_widget->findChild<QComboBox *>(QStringLiteral("roundType"));
    QSignalSpy listed(m_widget->startPage(), &PracticeStartPage::imageSetsListed);
    m_widget->startPage()->addImageSet(plain);
    QTRY_VERIFY_WITH_TIMEOUT(listed.size() == 1, test::WaitMs);
    QCOMPARE(type->count(), 2); // no declarations: find the threat (its own) or find the most
    QCOMPARE(RoundType(type->itemData(0).toInt()), RoundType::FindTheThreat);
    QCOMPARE(RoundType(type->itemData(1).toInt()), RoundType::FindTheMost);

    m_widget->startPage()->addImageSet(declared);
    QTRY_VERIFY_WITH_TIMEOUT(listed.size() == 2, test::WaitMs);
    QCOMPARE(type->count(), 3);
    QVERIFY(type->isEnabled());
    QCOMPARE(m_widget->startPage()->roundSettings().type, RoundType::FindTheThreat);
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down); // the officer picks the declaration check
    QCOMPARE(RoundType(type->currentData().toInt()), RoundType::DeclarationCheck);
    const RoundSettings chosen = m_widget->startPage()->roundSettings();
    QCOMPARE(chosen.type, RoundType::DeclarationCheck);
    QCOMPARE(m_widget->findChild<QSpinBox *>(QStringLiteral("secondsPerScan"))->value(), 180);
    QVERIFY(m_widget->findChild<QCheckBox *>(QStringLiteral("categoryRequired"))->isChecked());
    QVERIFY(chosen.targetCategories.isEmpty());

    // Played as chosen: the marks name how declaration and load disagree.
    QTest::mouseClick(button("startRound"), Qt::LeftButton);
    waitForScan(QStringLiteral("d1"));
    const QList<ThreatCategory> categories = m_widget->roundPage()->viewerPane()->marks()->categories();
    QCOMPARE(categories.first().key, GroundTruthObject::inconsistencyKinds().first());

    // Back to the set's own type: its own settings again.
    m_widget->controller()->stop();
    m_widget->setCurrentWidget(m_widget->startPage());
    QTest::keyClick(type, Qt::Key_Up);
    QCOMPARE(m_widget->startPage()->roundSettings().type, RoundType::FindTheThreat);
    QCOMPARE(m_widget->startPage()->roundSettings().targetCategories, QStringList{QStringLiteral("narcotics")});
    QCOMPARE(m_widget->findChild<QSpinBox *>(QStringLiteral("secondsPerScan"))->value(), 120);
}

void TestPracticeRound::aScanWithoutTruthIsNotJudged()
{
    // An unannotated scan left clear is no correct rejection, nor a mark on it a false alarm.
    Scan scan = test::dualEnergyScan(QStringLiteral("unannotated"));
    scan.truthLevel = TruthLevel::Unknown;
    const RoundSettings settings = RoundSettings::defaultsFor(RoundType::FindTheThreat);
    Answer clear;
    clear.scanId = scan.id;
    Answer marked = clear;
    marked.marks.append(Mark{Region{0, QRectF(4, 4, 10, 10), {}}, QStringLiteral("weapon")});
    for (const Answer &answer : {clear, marked}) {
        const ScanOutcome outcome = ScanOutcome::evaluate(answer, scan, settings, 0);
        QVERIFY(outcome.truthUnknown);
        const ScanFeedback feedback = ScanFeedback::of(scan, outcome, answer, RoundType::FindTheThreat, ImageSet{});
        QVERIFY2(feedback.text.contains(QStringLiteral("Not judged")), qPrintable(feedback.text));
        QVERIFY(!feedback.text.contains(QStringLiteral("Correct rejection")));
        QVERIFY(!feedback.text.contains(QStringLiteral("False alarm")));
        QVERIFY(PracticeNames::verdict(outcome) != PracticeNames::verdict(ScanOutcome::Verdict::CorrectRejection));
    }
}

// Trainees who share a PC: the last one is offered first, and each name shows its own rounds.
void TestPracticeRound::eachTraineeOnASharedPcSeesTheirOwnHistory()
{
    const QString path = m_dir.filePath(QStringLiteral("shared-history.sqlite"));
    {
        auto history = PracticeHistory::open(path);
        QVERIFY(history);
        const struct {
            const char *trainee;
            RoundType type;
            QList<PracticeCategoryScore> categories;
        } played[] = {
            {"Ana", RoundType::FindTheThreat, {{QStringLiteral("narcotics"), 3, 1, {3, 1, 2, 4}}}},
            {"Ana", RoundType::DeclarationCheck, {}},
            {"Bram", RoundType::FindTheThreat, {{QStringLiteral("weapon"), 2, 0, {2, 0, 0, 5}}}},
        };
        for (const auto &round : played) {
            PracticeRecord record;
            record.startedAt = QDateTime::currentDateTimeUtc();
            record.setName = QStringLiteral("starter");
            record.setPath = QStringLiteral("imagesets/starter");
            record.settings = RoundSettings::defaultsFor(round.type);
            record.score.detection = {4, 1, 1, 6};
            record.categories = round.categories;
            record.trainee = QLatin1String(round.trainee);
            QVERIFY((*history)->save(record));
        }
    }
    PracticeWidget widget(path);
    widget.resize(1400, 900);
    widget.show();
    PracticeStartPage *start = widget.startPage();
    QCOMPARE(start->trainee(), QStringLiteral("Bram"));
    QCOMPARE(start->historyChart()->roundCount(), 1);
    // Adaptive levels: Bram found both weapons, so weapons rose to level 2.
    QVERIFY2(start->levelsText().contains(QStringLiteral("level 2 of 3")), qPrintable(start->levelsText()));
    QComboBox *trainee = start->traineeBox();
    QCOMPARE(trainee->count(), 2); // Bram, Ana: the last one first
    QCOMPARE(trainee->itemText(1), QStringLiteral("Ana"));

    trainee->setFocus();
    QTest::keyClick(trainee, Qt::Key_Down);
    QCOMPARE(start->trainee(), QStringLiteral("Ana"));
    QCOMPARE(start->historyChart()->roundCount(), 2);
    QCOMPARE(start->levelsText(), QStringLiteral("Levels: Narcotics: level 2 of 3")); // three of four found
    QCOMPARE(start->levelsChart()->points(QStringLiteral("narcotics")), (QList<QPointF>{{1, 2}, {2, 2}}));
    QVERIFY(start->levelsChart()->points(QStringLiteral("weapon")).isEmpty()); // Bram's, not Ana's

    // Ana's history by round type, then for narcotics alone: that category's hits and false alarms.
    QComboBox *type = start->historyTypeBox();
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(start->historyRoundType(), std::optional<RoundType>(RoundType::FindTheThreat));
    QCOMPARE(start->historyChart()->roundCount(), 1);
    QCOMPARE(start->historyChart()->dPrimePoints().first().y(), (SignalDetection{4, 1, 1, 6}.dPrime()));
    QComboBox *category = start->historyCategoryBox();
    QCOMPARE(category->count(), 2); // all, and narcotics: Bram's weapon is not Ana's
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Down);
    QCOMPARE(start->historyCategory(), QStringLiteral("narcotics"));
    QCOMPARE(start->historyChart()->roundCount(), 1);
    QCOMPARE(start->historyChart()->dPrimePoints().first().y(), (SignalDetection{3, 1, 2, 4}.dPrime()));
    QVERIFY(test::saveScreenshot(&widget, QStringLiteral("practice-history-per-trainee.png")));
    QTest::keyClick(type, Qt::Key_Down); // declaration checks: none of narcotics
    QCOMPARE(start->historyChart()->roundCount(), 0);
    QTest::keyClick(category, Qt::Key_Up);
    QCOMPARE(start->historyChart()->roundCount(), 1);

    trainee->setFocus();
    trainee->lineEdit()->selectAll();
    QTest::keyClicks(trainee, QStringLiteral("Chris"));
    QCOMPARE(start->trainee(), QStringLiteral("Chris"));
    QCOMPARE(start->historyChart()->roundCount(), 0);
    QCOMPARE(start->levelsText(), QStringLiteral("Levels: all categories start at 1."));
}

// A trainee at the top level in narcotics: an adaptive round of a set of 15 scans draws 12, the
// three hardest bricks among them, and a third of them clear as in the set.
void TestPracticeRound::anAdaptiveRoundDrawsTargetsAtTheTraineesLevel()
{
    const QString folder = m_dir.filePath(QStringLiteral("adaptive"));
    {
        ImageSet header;
        header.name = QStringLiteral("fifteen scans");
        header.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
        RoundSettings round;
        round.targetCategories = {QStringLiteral("narcotics")};
        round.secondsPerScan = SecondsPerScanWithoutTimeOut;
        header.round = round;
        ImageSetWriter writer(folder, header);
        QVERIFY(writer.begin());
        for (int i = 0; i < 15; ++i) {
            QList<GroundTruthObject> truth;
            if (i < 9) { // b0 the easiest brick, b8 the hardest
                GroundTruthObject object = brick(QRectF(20, 10, 30, 20));
                object.difficulty = Difficulty{i / 10.0, i / 10.0, 0};
                truth.append(object);
            }
            const QString id = QString::fromLatin1(i < 9 ? "b%1" : "c%1").arg(i);
            QVERIFY(writer.addScan(scanWith(id, truth)));
        }
        QVERIFY(writer.finish());
    }
    const QString path = m_dir.filePath(QStringLiteral("adaptive-history.sqlite"));
    {
        auto history = PracticeHistory::open(path);
        QVERIFY(history);
        for (int i = 0; i < 2; ++i) { // all found twice: level 1, 2, 3
            PracticeRecord record;
            record.startedAt = QDateTime::currentDateTimeUtc();
            record.setName = QStringLiteral("fifteen scans");
            record.setPath = folder;
            record.settings = RoundSettings::defaultsFor(RoundType::FindTheThreat);
            record.trainee = QStringLiteral("Ana");
            record.categories = {{QStringLiteral("narcotics"), 4, 0, {4, 0, 0, 4}}};
            QVERIFY((*history)->save(record));
        }
    }
    m_widget = std::make_unique<PracticeWidget>(path);
    showWidget();
    PracticeStartPage *start = m_widget->startPage();
    QCOMPARE(start->trainee(), QStringLiteral("Ana"));
    QCOMPARE(start->levelsText(), QStringLiteral("Levels: Narcotics: level 3 of 3"));
    auto *adaptive = m_widget->findChild<QCheckBox *>(QStringLiteral("adaptive"));
    QVERIFY(adaptive && !adaptive->isChecked());
    QTest::mouseClick(adaptive, Qt::LeftButton, {}, QPoint(8, adaptive->height() / 2));
    QVERIFY(start->isAdaptive());
    QCOMPARE(start->levelsChart()->points(QStringLiteral("narcotics")), (QList<QPointF>{{1, 2}, {2, 3}}));
    auto *charts = m_widget->findChild<QTabWidget *>(QStringLiteral("historyCharts"));
    QTest::mouseClick(charts->tabBar(), Qt::LeftButton, {}, charts->tabBar()->tabRect(1).center());
    QCOMPARE(charts->currentWidget(), static_cast<QWidget *>(start->levelsChart()));
    saveScreenshot(QStringLiteral("practice-adaptive-levels.png"));
    startRound(folder, SecondsPerScanWithoutTimeOut);
    QTRY_VERIFY_WITH_TIMEOUT(m_widget->controller()->session() != nullptr, test::WaitMs);
    const QList<ImageSetEntry> &drawn = m_widget->controller()->session()->entries();
    QCOMPARE(drawn.size(), 12);
    QStringList ids;
    for (const ImageSetEntry &entry : drawn)
        ids << entry.scan.id;
    for (const char *hardest : {"b6", "b7", "b8"})
        QVERIFY2(ids.contains(QLatin1String(hardest)), qPrintable(ids.join(u' ')));
    QCOMPARE(ids.filter(QRegularExpression(QStringLiteral("^c"))).size(), 5); // 12 × 6 / 15, rounded
    m_widget->controller()->stop();
    m_widget.reset();
}

QTEST_MAIN(TestPracticeRound)
#include "tst_practiceround.moc"
