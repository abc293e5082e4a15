// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The host console's Machines tab driven through its real widgets against a real server: plugins
// registered, the evaluation set up, runs with their progress, the leaderboards and refusals.
#include "GuiTestSupport.h"
#include "ServerFixture.h"
#include "host/AdminClient.h"
#include "host/HostConsole.h"
#include "host/HumanMachineView.h"
#include "host/MachinesClient.h"
#include "host/MachinesPanel.h"
#include "machines/CategoryApTable.h"
#include "machines/MachineResultsTable.h"
#include "machines/MachineResultsView.h"
#include "machines/RocChart.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace pen;
using namespace pen::gui;
using pen::test::ServerFixture;

namespace {

constexpr int RunTimeoutMs = 120000;

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

void click(QWidget &parent, const char *name)
{
    QPushButton *button = child<QPushButton>(parent, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void type(QWidget &parent, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void choose(QWidget &parent, const char *name, const QVariant &data)
{
    QComboBox *combo = child<QComboBox>(parent, name);
    QTRY_VERIFY2_WITH_TIMEOUT(combo->findData(data) >= 0, name, test::WaitMs);
    combo->setCurrentIndex(combo->findData(data));
}

QStringList column(QTableWidget *table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}

} // namespace

class MachinesPanelTest final : public QObject {
    Q_OBJECT

    ServerFixture m_fixture;

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
    }

    /// A host's console, connected, with a new event selected and the Machines tab open.
    void openMachines(HostConsole &console, const QString &title)
    {
        console.resize(1500, 950);
        console.show();
        type(console, "serverAddress", m_fixture.address());
        type(console, "token", m_fixture.hostToken());
        click(console, "connect");
        QTRY_VERIFY_WITH_TIMEOUT(console.client()->isConnected(), test::WaitMs);
        type(console, "eventTitle", title);
        click(console, "createEvent");
        QTRY_COMPARE_WITH_TIMEOUT(console.selectedEvent().summary.title, title, test::WaitMs);
        auto *tabs = child<QTabWidget>(console, "eventTabs");
        tabs->setCurrentWidget(console.machines());
    }

    void registerLibrary(HostConsole &console, const QString &label, const QString &library, const QString &config)
    {
        child<QTabWidget>(console, "machineViews")->setCurrentIndex(0);
        type(console, "pluginLabel", label);
        child<QComboBox>(console, "pluginKind")->setCurrentIndex(0);
        type(console, "pluginCode", library);
        type(console, "pluginConfig", config);
        click(console, "registerPlugin");
        QTRY_VERIFY_WITH_TIMEOUT(column(child<QTableWidget>(console, "plugins"), 0).contains(label), test::WaitMs);
        QVERIFY2(console.message().contains(QStringLiteral("registered")), qPrintable(console.message()));
    }

    /// Runs a plugin from the run bar; the progress bar's values while it ran.
    QList<int> runFromConsole(HostConsole &console, const QString &label, EvaluationPhase phase)
    {
        QComboBox *plugins = child<QComboBox>(console, "runPlugin");
        plugins->setCurrentIndex(plugins->findText(label));
        choose(console, "runPhase", int(phase));
        QProgressBar *progress = child<QProgressBar>(console, "runProgress");
        QSignalSpy values(progress, &QProgressBar::valueChanged);
        QSignalSpy ended(console.machines(), &MachinesPanel::runEnded);
        click(console, "runPluginButton");
        [&] { QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, RunTimeoutMs); }();
        QList<int> seen;
        for (const QList<QVariant> &value : values)
            seen.append(value.at(0).toInt());
        return seen;
    }

    v1::MachineLeaderboard serverLeaderboard(const QString &eventId, v1::EvaluationPhase phase)
    {
        v1::MachineLeaderboardRequest request;
        request.set_event_id(eventId.toStdString());
        request.set_phase(phase);
        v1::MachineLeaderboard board;
        auto context = m_fixture.host().context();
        if (!m_fixture.host().machines().GetMachineLeaderboard(context.get(), request, &board).ok())
            qFatal("GetMachineLeaderboard failed");
        return board;
    }

    v1::ListPluginsReply serverPlugins(const QString &eventId)
    {
        v1::ListPluginsRequest request;
        request.set_event_id(eventId.toStdString());
        v1::ListPluginsReply reply;
        auto context = m_fixture.host().context();
        if (!m_fixture.host().machines().ListPlugins(context.get(), request, &reply).ok())
            qFatal("ListPlugins failed");
        return reply;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void hostRegistersRunsAndRanksMachines()
    {
        HostConsole console;
        openMachines(console, QStringLiteral("Machine Event"));
        const QString eventId = console.selectedEventId();
        QVERIFY(child<QLabel>(console, "evaluationSummary")->text().contains(QStringLiteral("No evaluation")));

        registerLibrary(console, QStringLiteral("Faulty (good)"), QStringLiteral(PEN_FAULTY_PLUGIN),
                        QStringLiteral("mode=good,slow-ms=30"));
        registerLibrary(console, QStringLiteral("Random"), QStringLiteral(PEN_RANDOM_PLUGIN), QStringLiteral("seed=7"));
        QCOMPARE(int(console.machines()->plugins().size()), 2);

        // The evaluation on the starter set: most of it public, one final run each.
        choose(console, "evaluationImageSet", m_fixture.starterId());
        child<QDoubleSpinBox>(console, "publicFraction")->setValue(0.6);
        child<QSpinBox>(console, "developmentSubmissions")->setValue(3);
        child<QSpinBox>(console, "finalSubmissions")->setValue(1);
        child<QDoubleSpinBox>(console, "machineSecondsPerScan")->setValue(20);
        child<QSpinBox>(console, "machineMemory")->setValue(2048);
        click(console, "configureEvaluation");
        QLabel *summary = child<QLabel>(console, "evaluationSummary");
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(QStringLiteral("In force")), qPrintable(summary->text()),
                                  test::WaitMs);
        QVERIFY2(console.message().contains(QStringLiteral("Evaluation saved")), qPrintable(console.message()));

        // Both run in development; the progress bar counts the public scans.
        const QList<int> faultyProgress
            = runFromConsole(console, QStringLiteral("Faulty (good)"), EvaluationPhase::Development);
        QVERIFY2(console.message().contains(QStringLiteral("Faulty (good) scored")), qPrintable(console.message()));
        QProgressBar *progress = child<QProgressBar>(console, "runProgress");
        const int publicScans
            = int(serverLeaderboard(eventId, v1::EVALUATION_PHASE_DEVELOPMENT).runs(0).metrics().scans());
        QVERIFY(publicScans >= 1);
        QCOMPARE(progress->maximum(), publicScans);
        QCOMPARE(progress->value(), publicScans);
        QVERIFY2(faultyProgress.contains(1) && faultyProgress.last() == publicScans,
                 qPrintable(QStringLiteral("%1").arg(faultyProgress.size())));
        const QList<int> randomProgress
            = runFromConsole(console, QStringLiteral("Random"), EvaluationPhase::Development);
        QVERIFY(randomProgress.contains(progress->maximum()));
        // The plugins' table shows the runs per phase as the server counts them.
        const v1::ListPluginsReply plugins = serverPlugins(eventId);
        QStringList developmentRuns;
        for (const v1::PluginSummary &plugin : plugins.plugins())
            developmentRuns.append(QString::number(plugin.development_runs()));
        QTRY_COMPARE_WITH_TIMEOUT(column(child<QTableWidget>(console, "plugins"), 3), developmentRuns, test::WaitMs);

        // The development leaderboard: both, in the server's order, with the server's numbers.
        child<QTabWidget>(console, "machineViews")->setCurrentIndex(1);
        choose(console, "leaderboardPhase", int(EvaluationPhase::Development));
        MachineResultsView *view = console.machines()->leaderboardView();
        QTRY_COMPARE_WITH_TIMEOUT(view->table()->rowCount(), 2, test::WaitMs);
        const v1::MachineLeaderboard board = serverLeaderboard(eventId, v1::EVALUATION_PHASE_DEVELOPMENT);
        QCOMPARE(board.runs_size(), 2);
        for (int row = 0; row < 2; ++row) {
            const v1::MachineRunSummary &run = board.runs(row);
            const v1::MachineMetrics &m = run.metrics();
            MachineResultsTable *table = view->table();
            QCOMPARE(table->item(row, MachineResultsTable::Rank)->text(), QString::number(run.rank()));
            QCOMPARE(table->item(row, MachineResultsTable::Label)->text(), QString::fromStdString(run.label()));
            QCOMPARE(
                table->item(row, MachineResultsTable::Ap50)->text(),
                MachineResultsTable::number(m.has_mean_ap50() ? std::optional<double>(m.mean_ap50()) : std::nullopt));
            QCOMPARE(table->item(row, MachineResultsTable::Pd)->text(), MachineResultsTable::number(m.pd(), 2));
            QCOMPARE(table->item(row, MachineResultsTable::Pfa)->text(), MachineResultsTable::number(m.pfa(), 2));
            QCOMPARE(table->item(row, MachineResultsTable::P50)->text(), MachineResultsTable::number(m.latency_p50()));
            QCOMPARE(table->item(row, MachineResultsTable::Failures)->text(), QString::number(m.failures()));
            QVERIFY(table->item(row, MachineResultsTable::Plugin)
                        ->text()
                        .startsWith(QString::fromStdString(run.plugin_name())));
        }
        QCOMPARE(board.runs(0).rank(), 1u);
        QCOMPARE(view->rocChart()->curveNames(),
                 (QStringList{QString::fromStdString(board.runs(0).label()),
                              QString::fromStdString(board.runs(1).label())}));
        QCOMPARE(view->rocChart()->curve(QStringLiteral("Random")).size(),
                 board.runs(board.runs(0).label() == "Random" ? 0 : 1).metrics().roc_size());
        QVERIFY(view->categories()->rowCount() >= 1);
        screenshot(console, QStringLiteral("host-console-machines-leaderboard.png"));

        // The final allows one run: the first is scored, the second is refused in the server's words.
        child<QTabWidget>(console, "machineViews")->setCurrentIndex(0);
        runFromConsole(console, QStringLiteral("Faulty (good)"), EvaluationPhase::Final);
        QVERIFY2(console.message().contains(QStringLiteral("scored")), qPrintable(console.message()));
        runFromConsole(console, QStringLiteral("Faulty (good)"), EvaluationPhase::Final);
        QVERIFY2(console.message().contains(QStringLiteral("Running the plugin failed")),
                 qPrintable(console.message()));
        QVERIFY2(console.message().contains(QStringLiteral("used its 1 final submissions")),
                 qPrintable(console.message()));
        QVERIFY(child<QPushButton>(console, "runPluginButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(column(child<QTableWidget>(console, "plugins"), 4).first(),
                                  QString::number(serverPlugins(eventId).plugins(0).final_runs()), test::WaitMs);
        child<QTabWidget>(console, "machineViews")->setCurrentIndex(1);
        choose(console, "leaderboardPhase", int(EvaluationPhase::Final));
        QTRY_COMPARE_WITH_TIMEOUT(column(view->table(), MachineResultsTable::Label),
                                  QStringList{QStringLiteral("Faulty (good)")}, test::WaitMs);
    }

    void cancelStopsTheRunAndCountsNothing()
    {
        HostConsole console;
        openMachines(console, QStringLiteral("Cancelled Machines"));
        registerLibrary(console, QStringLiteral("Slow"), QStringLiteral(PEN_FAULTY_PLUGIN),
                        QStringLiteral("mode=good,slow-ms=1500"));
        choose(console, "evaluationImageSet", m_fixture.starterId());
        child<QDoubleSpinBox>(console, "publicFraction")->setValue(0.9);
        click(console, "configureEvaluation");
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(console, "evaluationSummary")->text().contains(QStringLiteral("In force")), test::WaitMs);
        choose(console, "runPhase", int(EvaluationPhase::Development));
        QSignalSpy ended(console.machines(), &MachinesPanel::runEnded);
        click(console, "runPluginButton");
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(console, "runProgress")->value() >= 1, RunTimeoutMs);
        click(console, "cancelRun");
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30000);
        QVERIFY2(console.message().contains(QStringLiteral("cancelled")), qPrintable(console.message()));
        QVERIFY(child<QPushButton>(console, "runPluginButton")->isEnabled());
        // The server stops at its next scan and gives the submission back; the console shows it once read again.
        QTRY_COMPARE_WITH_TIMEOUT(serverPlugins(console.selectedEventId()).plugins(0).development_runs(), 0u,
                                  test::WaitMs);
        console.machines()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(column(child<QTableWidget>(console, "plugins"), 3).first(), QStringLiteral("0"),
                                  test::WaitMs);
        QCOMPARE(serverLeaderboard(console.selectedEventId(), v1::EVALUATION_PHASE_DEVELOPMENT).runs_size(), 0);
    }

    void officersAndMachinesOnOneRound()
    {
        HostConsole console;
        openMachines(console, QStringLiteral("Officers and Machines"));
        const QString eventId = console.selectedEventId();
        QString roundId, officerId, officerToken;
        QVERIFY(m_fixture.addRound(eventId, QStringLiteral("find-the-threat"), 30, 0, &roundId, 5, 10).ok());
        QVERIFY(m_fixture.addContestant(eventId, QStringLiteral("Officer A"), {}, &officerId).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, eventId, officerId, &officerToken).ok());
        auto officer = m_fixture.connect(officerToken);
        QVERIFY(m_fixture.control(eventId, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(5.5);
        for (int scan = 0; scan < m_fixture.starter().entries.size(); ++scan) {
            QTRY_VERIFY_WITH_TIMEOUT(test::firstUpdate(*officer).scan_index() == uint32_t(scan), test::WaitMs);
            QVERIFY(test::submit(*officer, roundId, scan, QStringLiteral("officer-a-%1").arg(scan), {}).ok());
            m_fixture.advance(2);
        }
        registerLibrary(console, QStringLiteral("Faulty (good)"), QStringLiteral(PEN_FAULTY_PLUGIN),
                        QStringLiteral("mode=good"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(console, "runRound")->findData(roundId) >= 0, test::WaitMs);
        choose(console, "runRound", roundId);
        runFromConsole(console, QStringLiteral("Faulty (good)"), EvaluationPhase::Round);
        QVERIFY2(console.message().contains(QStringLiteral("scored")), qPrintable(console.message()));

        child<QTabWidget>(console, "machineViews")->setCurrentIndex(2);
        choose(console, "humanMachineRound", roundId);
        HumanMachineView *view = console.machines()->humanMachine();
        click(console, "showHumanMachine");
        QTableWidget *table = child<QTableWidget>(console, "humanMachineBoard");
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, test::WaitMs);
        const HumanMachineLeaderboard &board = view->board();
        QCOMPARE(int(board.standings.size()), 2);
        for (int row = 0; row < 2; ++row) {
            const HumanMachineStanding &standing = board.standings[row];
            QCOMPARE(table->item(row, HumanMachineView::Name)->text(), standing.name);
            QCOMPARE(table->item(row, HumanMachineView::Kind)->text(),
                     standing.machine ? QStringLiteral("Machine") : QStringLiteral("Officer"));
        }
        QCOMPARE(column(table, HumanMachineView::Kind).count(QStringLiteral("Machine")), 1);
        QVERIFY(column(table, HumanMachineView::Name).contains(QStringLiteral("Officer A")));
        // The officer's hit rate over false alarm rate, on the machine's ROC curve.
        RocChart *roc = view->rocChart();
        QCOMPARE(roc->curveNames(), QStringList{QStringLiteral("Faulty (good)")});
        QVERIFY(roc->curve(QStringLiteral("Faulty (good)")).size() >= 2);
        const auto officerRow = std::find_if(board.standings.begin(), board.standings.end(),
                                             [](const HumanMachineStanding &s) { return !s.machine; });
        QCOMPARE(
            roc->operatingPoints(),
            (QList<QPointF>{{officerRow->score.detection.falseAlarmRate(), officerRow->score.detection.hitRate()}}));
        screenshot(console, QStringLiteral("host-console-officers-and-machines.png"));
    }
};

QTEST_MAIN(MachinesPanelTest)
#include "tst_machinespanel.moc"
