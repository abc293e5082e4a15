// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Feedback that teaches: each target of an answered scan named, described and shown alone, and the
// threat library, driven through the real widgets on a generated practice set.
#include "GuiTestSupport.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/TargetsAlone.h"
#include "practice/PracticeRoundPage.h"
#include "practice/PracticeStartPage.h"
#include "practice/PracticeWidget.h"
#include "practice/ScanReviewPage.h"
#include "practice/ThreatCard.h"
#include "practice/ThreatCardList.h"
#include "practice/ThreatDescription.h"
#include "practice/ThreatLibraryPage.h"
#include "scenes/DemoSets.h"
#include "scenes/SyntheticSets.h"
#include "synth/AttenuationTable.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/ViewerSurfaceFormat.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pen;
using namespace pen::gui;

namespace {

constexpr int ScanCount = 4;

// Share of a picture's pixels that are not the white of the empty belt: what the target covers.
double coveredShare(const QImage &picture)
{
    qint64 covered = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            covered += qBlue(picture.pixel(x, y)) < 230 || qGreen(picture.pixel(x, y)) < 230
                || qRed(picture.pixel(x, y)) < 230;
    return double(covered) / std::max<qint64>(1, qint64(picture.width()) * picture.height());
}

} // namespace

class TestThreatFeedback final : public QObject {
    Q_OBJECT
public:
    static void initMain() { installViewerSurfaceFormat(); }

private slots:
    void initTestCase();
    void everyTargetOfTheDemoSetsIsDescribed();
    void feedbackExplainsEachTargetWithItsPictureAlone();
    void threatLibraryShowsEachKindAloneInTheViewer();

private:
    QPushButton *button(const char *name) const { return m_widget->findChild<QPushButton *>(QLatin1String(name)); }
    void checkCards(ThreatCardList *list, const Scan &scan);

    QTemporaryDir m_dir;
    QString m_folder;
    ImageSet m_set;
    std::unique_ptr<PracticeWidget> m_widget;
};

void TestThreatFeedback::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("practice"));
    SyntheticSetRequest request;
    request.preset = QStringLiteral("practice");
    request.scanCount = ScanCount;
    auto set = SyntheticSets::generate(request, m_folder);
    QVERIFY2(set, set ? "" : qPrintable(set.error().message));
    m_set = *set;
    QVERIFY(m_set.objectCount() >= 2);
}

// Every kind the generator hides is told apart and has all its texts; none falls back to the
// general description.
void TestThreatFeedback::everyTargetOfTheDemoSetsIsDescribed()
{
    QSet<QString> kinds;
    for (const ThreatDescription &description : ThreatDescription::all()) {
        QVERIFY2(!kinds.contains(description.kind), qPrintable(description.kind));
        kinds.insert(description.kind);
        for (const QString &text :
             {description.name, description.whatItIs, description.appearance, description.howToFind})
            QVERIFY2(text.size() > 3, qPrintable(description.kind));
        QVERIFY(!ViewerTools::shortcuts(description.bestTool).isEmpty());
        QVERIFY(description.richText().contains(ViewerTools::name(description.bestTool).toHtmlEscaped()));
    }
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    QSet<QString> seen;
    for (const QString &preset : DemoSets::presetNames()) {
        const QList<ScenePlan> plans = DemoSets::plans(preset, 1);
        for (int i = 0; i < plans.size(); ++i) {
            for (const GroundTruthObject &object : DemoSets::scan(plans[i], 1, i, *table, {false}).truth) {
                const QString kind = ThreatDescription::of(object).kind;
                QVERIFY2(
                    kind != u"other",
                    qPrintable(QStringLiteral("%1 %2: %3 %4").arg(preset, object.id, object.category, object.note)));
                seen.insert(kind);
            }
        }
    }
    for (const char *kind : {"cocaine", "heroin", "pistol", "knife", "explosive", "currency", "cigarettes",
                             "hidden-compartment", "declaration-mismatch"})
        QVERIFY2(seen.contains(QLatin1String(kind)), kind);

    GroundTruthObject pistol;
    pistol.category = QStringLiteral("weapon");
    pistol.note = QStringLiteral("semi-automatic pistol, inside goods");
    QCOMPARE(ThreatDescription::of(pistol).kind, QStringLiteral("pistol"));
    pistol.note = QStringLiteral("fixed-blade knife");
    QCOMPARE(ThreatDescription::of(pistol).kind, QStringLiteral("knife"));
    pistol.category = QStringLiteral("something-else");
    QCOMPARE(ThreatDescription::of(pistol).kind, QStringLiteral("other"));
}

// One card a target, in ground-truth order, each with the target's own description and its
// picture alone: the target on white, not blank and not the whole scan.
void TestThreatFeedback::checkCards(ThreatCardList *list, const Scan &scan)
{
    // The cards may be made anew while waiting (a second load of the same scan): they are asked
    // for again each time, and read once ready, with no event delivered in between.
    const auto ready = [&] {
        const QList<ThreatCard *> cards = list->cards();
        return cards.size() == scan.truth.size()
            && std::all_of(cards.cbegin(), cards.cend(), [](const ThreatCard *card) { return card->hasPicture(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(ready(), test::WaitMs);
    const QList<ThreatCard *> cards = list->cards();
    for (int i = 0; i < scan.truth.size(); ++i) {
        ThreatCard *card = cards[i];
        const ThreatDescription description = ThreatDescription::of(scan.truth[i]);
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("threatCardText"))
                    ->text()
                    .contains(description.whatItIs.toHtmlEscaped()));
        QVERIFY(
            card->findChild<QLabel *>(QStringLiteral("threatCardTitle"))->text().contains(QStringLiteral("Missed: ")));
        const QImage picture = card->findChild<QLabel *>(QStringLiteral("threatCardPicture"))->pixmap().toImage();
        const double covered = coveredShare(picture);
        QVERIFY2(covered > 0.02 && covered < 0.95, qPrintable(QString::number(covered)));
    }
}

void TestThreatFeedback::feedbackExplainsEachTargetWithItsPictureAlone()
{
    m_widget = std::make_unique<PracticeWidget>(m_dir.filePath(QStringLiteral("history.sqlite")));
    m_widget->resize(1500, 950);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get(), test::WaitMs));
    QSignalSpy listed(m_widget->startPage(), &PracticeStartPage::imageSetsListed);
    m_widget->startPage()->addImageSet(m_folder);
    QTRY_VERIFY_WITH_TIMEOUT(listed.size() == 1, test::WaitMs);
    auto *feedback = m_widget->findChild<QComboBox *>(QStringLiteral("feedback"));
    feedback->setCurrentIndex(feedback->findData(int(RoundSettings::Feedback::AfterEachScan)));
    QTest::mouseClick(button("startRound"), Qt::LeftButton);

    // Every scan cleared: each target is missed, and explained.
    for (int i = 0; i < ScanCount; ++i) {
        const Scan &scan = m_set.entries[i].scan;
        QTRY_VERIFY_WITH_TIMEOUT(m_widget->roundPage()->viewerPane()->scan()
                                     && m_widget->roundPage()->viewerPane()->scan()->id == scan.id,
                                 test::WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(button("clearScan")->isEnabled(), test::WaitMs);
        QVERIFY(test::keyClickInActiveWindow(m_widget->roundPage(), Qt::Key_X));
        QTRY_VERIFY_WITH_TIMEOUT(button("nextScan")->isVisible(), test::WaitMs);
        checkCards(m_widget->roundPage()->threatCards(), scan);
        if (scan.truth.size() == 1 && ThreatDescription::of(scan.truth[0]).kind != u"hidden-compartment")
            QVERIFY(test::saveScreenshot(m_widget.get(), QStringLiteral("practice-feedback.png")));
        QTest::mouseClick(button("nextScan"), Qt::LeftButton);
    }

    // The review after the round explains the same targets.
    QTRY_VERIFY_WITH_TIMEOUT(button("reviewScans") && button("reviewScans")->isVisible(), test::WaitMs);
    QTest::mouseClick(button("reviewScans"), Qt::LeftButton);
    for (int i = 0; i < ScanCount; ++i) {
        m_widget->reviewPage()->showScan(i);
        QTRY_VERIFY_WITH_TIMEOUT(m_widget->reviewPage()->viewerPane()->scan()
                                     && m_widget->reviewPage()->viewerPane()->scan()->id == m_set.entries[i].scan.id,
                                 test::WaitMs);
        checkCards(m_widget->reviewPage()->threatCards(), m_set.entries[i].scan);
    }
}

void TestThreatFeedback::threatLibraryShowsEachKindAloneInTheViewer()
{
    QVERIFY(m_widget);
    QTest::mouseClick(button("backToScore"), Qt::LeftButton);
    QTest::mouseClick(button("practiceAgain"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->startPage()), test::WaitMs);
    ThreatLibraryPage *library = m_widget->libraryPage();
    QSignalSpy examplesListed(library, &ThreatLibraryPage::examplesListed);
    QTest::mouseClick(button("openThreatLibrary"), Qt::LeftButton);
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(library));
    QTRY_VERIFY_WITH_TIMEOUT(examplesListed.size() == 1, test::WaitMs);

    // One row a kind the set holds, with as many examples as targets of that kind.
    QMap<QString, int> expected;
    for (const ImageSetEntry &entry : m_set.entries)
        for (const GroundTruthObject &object : entry.scan.truth)
            ++expected[ThreatDescription::of(object).kind];
    const QStringList kinds = library->kinds();
    QCOMPARE(QSet<QString>(kinds.cbegin(), kinds.cend()), QSet<QString>(expected.keyBegin(), expected.keyEnd()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(library->exampleCount(it.key()), it.value());

    for (const QString &kind : library->kinds()) {
        QSignalSpy shown(library, &ThreatLibraryPage::exampleShown);
        library->selectKind(kind);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == kind, test::WaitMs);
        const Scan *scan = library->viewerPane()->scan();
        QVERIFY(scan);
        const QString firstId = scan->id;
        QCOMPARE(scan->truth.size(), 1);
        QCOMPARE(ThreatDescription::of(scan->truth[0]).kind, kind);
        const QString description = library->findChild<QLabel *>(QStringLiteral("threatDescription"))->text();
        QVERIFY(description.contains(ThreatDescription::of(scan->truth[0]).appearance.toHtmlEscaped()));
        // The mode that shows it best is one click away.
        const ViewerTool best = ThreatDescription::of(scan->truth[0]).bestTool;
        QTest::mouseClick(button("bestMode"), Qt::LeftButton);
        if (library->toolBar()->action(best)->isCheckable())
            QVERIFY(library->toolBar()->action(best)->isChecked());
        if (library->exampleCount(kind) > 1) {
            QTest::mouseClick(button("nextExample"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(shown.last().at(1).toInt() == 1, test::WaitMs);
            QVERIFY(library->viewerPane()->scan()->id != firstId);
        }
    }
    // The first kind again, seen as the description advises.
    QSignalSpy shown(library, &ThreatLibraryPage::exampleShown);
    library->selectKind(kinds.first());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), test::WaitMs);
    QCOMPARE(library->viewerPane()->displaySettings(), DisplaySettings{});
    QTest::mouseClick(button("bestMode"), Qt::LeftButton);
    QVERIFY(library->viewerPane()->displaySettings() != DisplaySettings{});
    QVERIFY(test::saveScreenshot(m_widget.get(), QStringLiteral("threat-library.png")));
    QTest::mouseClick(button("backToPractice"), Qt::LeftButton);
    QCOMPARE(m_widget->currentWidget(), static_cast<QWidget *>(m_widget->startPage()));
}

QTEST_MAIN(TestThreatFeedback)
#include "tst_threatfeedback.moc"
