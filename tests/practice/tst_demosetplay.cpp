// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Each bundled demo set played in practice through the real widgets, as an officer who knows the
// truth plays it: a box drawn with the mouse round every target of the round (naming its category,
// or in a declaration check how declaration and load disagree), then submitted; every verdict is a
// hit, or a correct rejection where the scan holds nothing to report.
#include "GuiTestSupport.h"
#include "imageset/ImageSetFolder.h"
#include "practice/PracticeNames.h"
#include "practice/PracticeRoundPage.h"
#include "practice/PracticeStartPage.h"
#include "practice/PracticeWidget.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerSurfaceFormat.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::gui;

namespace {

constexpr int ScansPlayed = 3; // of each set at least: enough to meet its kinds of scan, quick enough for CI

QString setFolder(const QString &name)
{
    return QDir(QStringLiteral(PEN_BUILD_IMAGESETS_DIR)).filePath(name);
}

} // namespace

class TestDemoSetPlay final : public QObject {
    Q_OBJECT
public:
    static void initMain() { installViewerSurfaceFormat(); }

private slots:
    void everyTargetMarkedIsFound_data();
    void everyTargetMarkedIsFound();

private:
    ScanViewer *viewer() const { return m_widget->roundPage()->viewerPane()->viewer(); }
    QPushButton *button(const char *name) const { return m_widget->findChild<QPushButton *>(QLatin1String(name)); }
    QString feedback() const { return m_widget->findChild<QLabel *>(QStringLiteral("feedbackText"))->text(); }
    void markBox(const QRectF &imageBox, const QString &category);

    QTemporaryDir m_dir;
    std::unique_ptr<PracticeWidget> m_widget;
};

void TestDemoSetPlay::markBox(const QRectF &imageBox, const QString &category)
{
    QVERIFY(test::keyClickInActiveWindow(viewer(), Qt::Key_B)); // the mark tool, whatever was on
    QTRY_VERIFY_WITH_TIMEOUT(m_widget->roundPage()->viewerPane()->isMarking(), test::WaitMs);
    const QPoint from = viewer()->mapFromImage(imageBox.topLeft()).toPoint();
    const QPoint to = viewer()->mapFromImage(imageBox.bottomRight()).toPoint();
    QTest::mousePress(viewer(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewer(), (from + to) / 2);
    QTest::mouseMove(viewer(), to);
    QTest::mouseRelease(viewer(), Qt::LeftButton, Qt::NoModifier, to);
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = viewer()->findChild<QMenu *>(QStringLiteral("categoryMenu"))) && menu->isVisible(),
                             test::WaitMs);
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == category) {
            action->trigger();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("the category menu does not offer %1").arg(category)));
}

void TestDemoSetPlay::everyTargetMarkedIsFound_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<double>("scale"); // of each truth box about its centre: marks drawn a little loose
    for (const char *set : {"find-the-cocaine", "declaration-check", "find-the-most-cigarettes", "practice"}) {
        QTest::addRow("%s", set) << QString::fromLatin1(set) << 1.0;
        QTest::addRow("%s, boxes 10 %% larger", set) << QString::fromLatin1(set) << 1.1;
    }
}

void TestDemoSetPlay::everyTargetMarkedIsFound()
{
    QFETCH(QString, set);
    QFETCH(double, scale);
    const auto opened = ImageSetFolder::open(setFolder(set));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QVERIFY(opened->round);
    m_widget = std::make_unique<PracticeWidget>(m_dir.filePath(set + QStringLiteral(".sqlite")));
    m_widget->resize(1500, 950);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get(), test::WaitMs));
    QSignalSpy listed(m_widget->startPage(), &PracticeStartPage::imageSetsListed);
    m_widget->startPage()->addImageSet(setFolder(set));
    QTRY_VERIFY_WITH_TIMEOUT(listed.size() == 1, test::WaitMs);
    // The set's own round, with feedback after each scan to read each verdict.
    const RoundSettings settings = m_widget->startPage()->roundSettings();
    QCOMPARE(settings.type, opened->round->type);
    auto *feedbackMode = m_widget->findChild<QComboBox *>(QStringLiteral("feedback"));
    feedbackMode->setCurrentIndex(feedbackMode->findData(int(RoundSettings::Feedback::AfterEachScan)));
    QTest::mouseClick(button("startRound"), Qt::LeftButton);

    int targetsMarked = 0;
    // At least ScansPlayed scans, and on until one held a target (a declaration check's first
    // containers may all match their declarations).
    const int scanCount = int(opened->entries.size());
    for (int played = 0; played < scanCount && (played < ScansPlayed || targetsMarked == 0); ++played) {
        QTRY_VERIFY_WITH_TIMEOUT(m_widget->roundPage()->viewerPane()->scan() && button("submitMarks")->isEnabled(),
                                 test::WaitMs);
        const ImageSetEntry *entry = opened->find(m_widget->roundPage()->viewerPane()->scan()->id);
        QVERIFY(entry);
        int targets = 0;
        for (const GroundTruthObject &object : entry->scan.truth) {
            if (!settings.isTarget(object.category, object.inconsistency))
                continue;
            ++targets;
            const auto region = std::find_if(object.regions.cbegin(), object.regions.cend(),
                                             [this](const Region &r) { return r.viewIndex == viewer()->viewIndex(); });
            QVERIFY2(region != object.regions.cend(), qPrintable(entry->scan.id + QLatin1Char(' ') + object.id));
            const QString name = settings.type == RoundType::DeclarationCheck ? object.inconsistency : object.category;
            const QRectF truth = region->bounds();
            const QSizeF size = truth.size() * scale;
            markBox(QRectF(truth.center() - QPointF(size.width() / 2, size.height() / 2), size), name);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(int(m_widget->roundPage()->viewerPane()->marks()->marks().size()), targets);
        targetsMarked += targets;
        QTest::mouseClick(button("submitMarks"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button("nextScan")->isVisible(), test::WaitMs);
        const ScanOutcome::Verdict expected
            = targets > 0 ? ScanOutcome::Verdict::Hit : ScanOutcome::Verdict::CorrectRejection;
        QVERIFY2(feedback().contains(PracticeNames::verdict(expected)),
                 qPrintable(entry->scan.id + QStringLiteral(": ") + feedback()));
        QVERIFY2(!feedback().contains(QStringLiteral("Missed")),
                 qPrintable(entry->scan.id + QStringLiteral(": ") + feedback()));
        QVERIFY2(!feedback().contains(QStringLiteral("on nothing")),
                 qPrintable(entry->scan.id + QStringLiteral(": ") + feedback()));
        QTest::mouseClick(button("nextScan"), Qt::LeftButton);
    }
    QVERIFY2(targetsMarked > 0, "the scans played held targets of the round");
    m_widget.reset();
}

QTEST_MAIN(TestDemoSetPlay)
#include "tst_demosetplay.moc"
