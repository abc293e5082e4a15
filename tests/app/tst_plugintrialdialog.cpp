// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A vendor's trial of an ATD plugin on a practice set, driven through the real window: the
// plugin runs in the built pentournament-atd-host and its metrics and failures are shown.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ScanImageView.h"
#include "Translation.h"
#include "atdrunner/MachineRunRecord.h"
#include "machines/CategoryApTable.h"
#include "machines/FrocChart.h"
#include "machines/MachineDetectionsView.h"
#include "machines/MachineResultsTable.h"
#include "machines/MachineResultsView.h"
#include "machines/PluginTrialDialog.h"
#include "machines/PluginTrialForm.h"
#include "machines/RocChart.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace pen;
using namespace pen::gui;

namespace {

constexpr int RunTimeoutMs = 120000;

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

void type(QWidget &parent, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString starterFolder()
{
    return QDir(QStringLiteral(PEN_BUILD_IMAGESETS_DIR)).filePath(QStringLiteral("starter"));
}

} // namespace

class PluginTrialDialogTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
    }

    /// Fills the form for the faulty test plugin and runs it; the progress bar's values.
    QList<int> runFaulty(PluginTrialDialog &dialog, const QString &label, const QString &config)
    {
        child<QComboBox>(dialog, "trialKind")->setCurrentIndex(0);
        type(dialog, "trialLibrary", QStringLiteral(PEN_FAULTY_PLUGIN));
        type(dialog, "trialConfig", config);
        type(dialog, "trialLabel", label);
        QSignalSpy values(child<QProgressBar>(dialog, "trialProgress"), &QProgressBar::valueChanged);
        QSignalSpy ended(&dialog, &PluginTrialDialog::runEnded);
        QTest::mouseClick(child<QPushButton>(dialog, "trialRun"), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, RunTimeoutMs); }();
        QList<int> seen;
        for (const QList<QVariant> &value : values)
            seen.append(value.at(0).toInt());
        return seen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QDir(starterFolder()).filePath(QStringLiteral("manifest.json"))),
                 "the build generates the starter set");
        QVERIFY(m_files.isValid());
        // The build tree's demo sets, as an installed app finds its own; English plural forms.
        qputenv("PEN_IMAGESETS_DIR", PEN_BUILD_IMAGESETS_DIR);
        QVERIFY(Translation::install(*qApp, QStringLiteral("en")));
    }

    void menuOpensTheTrial()
    {
        MainWindow window(m_files.filePath(QStringLiteral("history.sqlite")));
        window.show();
        QVERIFY(!window.pluginTrial());
        window.showPluginTrial();
        QVERIFY(window.pluginTrial());
        QTRY_VERIFY_WITH_TIMEOUT(window.pluginTrial()->isVisible(), test::WaitMs);
        // The bundled practice sets are offered.
        QVERIFY(child<QComboBox>(*window.pluginTrial(), "trialSet")->count() >= 1);
    }

    void missingPluginIsSaidInWords()
    {
        PluginTrialDialog dialog;
        dialog.show();
        child<QLineEdit>(dialog, "trialLibrary")->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "trialRun"), Qt::LeftButton);
        QVERIFY2(dialog.message().contains(QStringLiteral("choose the plugin's library")),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.isRunning());
    }

    void goodAndCrashingPluginsAreScoredWithTheirFailures()
    {
        PluginTrialDialog dialog;
        dialog.form()->setAtdHost(QStringLiteral(PEN_ATD_HOST));
        dialog.form()->addImageSet(starterFolder());
        dialog.resize(1400, 950);
        dialog.show();
        QCOMPARE(child<QComboBox>(dialog, "trialSet")->currentData().toString(), QDir(starterFolder()).absolutePath());

        const QList<int> progress
            = runFaulty(dialog, QStringLiteral("faulty, good"), QStringLiteral("mode=good,slow-ms=20"));
        QVERIFY2(dialog.message().contains(QStringLiteral("faulty, good ran on 5 scans: 0 failed")),
                 qPrintable(dialog.message()));
        QVERIFY2(progress.contains(1) && progress.contains(5), qPrintable(QString::number(progress.size())));
        MachineResultsView *results = dialog.results();
        QCOMPARE(results->table()->rowCount(), 1);
        QCOMPARE(results->table()->item(0, MachineResultsTable::Label)->text(), QStringLiteral("faulty, good"));
        QVERIFY(results->table()->item(0, MachineResultsTable::Plugin)->text().startsWith(QStringLiteral("faulty")));
        QCOMPARE(results->table()->item(0, MachineResultsTable::Failures)->text(), QStringLiteral("0"));
        QCOMPARE(results->failures()->count(), 0);
        QVERIFY(results->categories()->rowCount() >= 1);
        QCOMPARE(results->rocChart()->curveNames(), QStringList{QStringLiteral("faulty, good")});
        QVERIFY(results->rocChart()->curve(QStringLiteral("faulty, good")).size() >= 2);
        QCOMPARE(results->frocChart()->curveNames(), QStringList{QStringLiteral("faulty, good")});

        // A process that crashes on every second scan: those scans fail with a reason; the run goes on.
        runFaulty(dialog, QStringLiteral("faulty, crashing"), QStringLiteral("crash-every=2"));
        QVERIFY2(dialog.message().contains(QStringLiteral("faulty, crashing ran on 5 scans")),
                 qPrintable(dialog.message()));
        QCOMPARE(results->table()->rowCount(), 2);
        const QList<MachineResult> &shown = results->results();
        QVERIFY(!atd::ranksBefore(shown[1].metrics, shown[0].metrics));
        const int crashing = shown[0].label == QStringLiteral("faulty, crashing") ? 0 : 1;
        const MachineResult &crashed = shown[crashing];
        QVERIFY2(crashed.metrics.failures >= 2, qPrintable(QString::number(crashed.metrics.failures)));
        QCOMPARE(results->table()->item(crashing, MachineResultsTable::Failures)->text(),
                 QString::number(crashed.metrics.failures));
        QCOMPARE(results->table()->currentRow(), crashing);
        QCOMPARE(results->failures()->count(), crashed.failures.size());
        QVERIFY(results->failures()->count() >= 1);
        for (int i = 0; i < results->failures()->count(); ++i) {
            const QString failure = results->failures()->item(i)->text();
            QVERIFY2(failure.section(QStringLiteral(": "), 1).size() > 3, qPrintable(failure));
        }
        QCOMPARE(results->rocChart()->curveNames().size(), 2);
        screenshot(dialog, QStringLiteral("plugin-trial.png"));

        // The good run's row shows no failures.
        results->selectRow(1 - crashing);
        QCOMPARE(results->failures()->count(), 0);
    }

    // After a run the vendor sees, scan by scan, the plugin's decision and its boxes (dashed)
    // over the ground truth (solid).
    void detectionsAreDrawnOnTheScans()
    {
        PluginTrialDialog dialog;
        dialog.form()->setAtdHost(QStringLiteral(PEN_ATD_HOST));
        dialog.form()->addImageSet(starterFolder());
        dialog.resize(1400, 950);
        dialog.show();
        MachineDetectionsView *detections = dialog.detections();
        QCOMPARE(detections->scanList()->count(), 0);
        runFaulty(dialog, QStringLiteral("faulty, good"), QStringLiteral("mode=good"));
        QTabBar *tabs = dialog.tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.tabs()->currentWidget(), static_cast<QWidget *>(detections), test::WaitMs);

        QListWidget *scans = detections->scanList();
        QCOMPARE(scans->count(), 5);
        for (int row = 0; row < scans->count(); ++row) {
            const QString text = scans->item(row)->text();
            QVERIFY2(text.contains(QLatin1String("alarm")) || text.contains(QLatin1String("clear")), qPrintable(text));
        }
        int truthShown = 0, detectionsShown = 0;
        for (int row = 0; row < scans->count(); ++row) {
            QTest::mouseClick(scans->viewport(), Qt::LeftButton, {}, scans->visualItemRect(scans->item(row)).center());
            QTRY_COMPARE_WITH_TIMEOUT(scans->currentRow(), row, test::WaitMs);
            QVERIFY(!detections->image()->image().isNull());
            for (const RegionOverlay &overlay : detections->image()->overlays()) {
                if (overlay.style == Qt::DashLine) {
                    ++detectionsShown;
                    QVERIFY2(overlay.label.contains(QLatin1String("Narcotics")), qPrintable(overlay.label));
                } else {
                    ++truthShown;
                    QVERIFY2(overlay.label.startsWith(QLatin1String("truth: ")), qPrintable(overlay.label));
                }
            }
            if (row == 0)
                screenshot(dialog, QStringLiteral("plugin-trial-detections.png"));
        }
        QCOMPARE(detectionsShown, 5); // the test plugin answers one box a scan
        QVERIFY(truthShown >= 3);
    }

    void cancelStopsTheRun()
    {
        PluginTrialDialog dialog;
        dialog.form()->setAtdHost(QStringLiteral(PEN_ATD_HOST));
        dialog.form()->addImageSet(starterFolder());
        dialog.show();
        child<QComboBox>(dialog, "trialKind")->setCurrentIndex(0);
        type(dialog, "trialLibrary", QStringLiteral(PEN_FAULTY_PLUGIN));
        type(dialog, "trialConfig", QStringLiteral("mode=good,slow-ms=1500"));
        QSignalSpy ended(&dialog, &PluginTrialDialog::runEnded);
        QTest::mouseClick(child<QPushButton>(dialog, "trialRun"), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!child<QPushButton>(dialog, "trialRun")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(dialog, "trialProgress")->value() >= 1, RunTimeoutMs);
        QTest::mouseClick(child<QPushButton>(dialog, "trialCancel"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30000);
        QVERIFY2(dialog.message().contains(QStringLiteral("cancelled")), qPrintable(dialog.message()));
        QCOMPARE(dialog.results()->table()->rowCount(), 0);
        QVERIFY(child<QPushButton>(dialog, "trialRun")->isEnabled());
    }
};

QTEST_MAIN(PluginTrialDialogTest)
#include "tst_plugintrialdialog.moc"
