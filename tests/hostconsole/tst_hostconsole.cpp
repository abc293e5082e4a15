// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The host's and trainer's console driven through its real widgets against a real server.
#include "DisplayNames.h"
#include "GuiTestSupport.h"
#include "ScanImageView.h"
#include "ServerFixture.h"
#include "charts/ScoreTrendChart.h"
#include "host/AdminClient.h"
#include "host/CategoryTrendChart.h"
#include "host/CohortPanel.h"
#include "host/ContestantProgressTable.h"
#include "host/EventsPanel.h"
#include "host/HostConsole.h"
#include "host/LeaderboardPanel.h"
#include "host/PointsBarChart.h"
#include "host/PointsOverTimeChart.h"
#include "host/TokenSecretDialog.h"
#include "host/TraineeReportPanel.h"
#include "host/TraineeReviewPanel.h"
#include "imageset/ImageSetFolder.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace pen;
using namespace pen::gui;
using pen::test::ServerFixture;

namespace {

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

/// Types a number into a spin box as a person does: the value selected, then the keys.
void typeNumber(QWidget &parent, const char *name, const QString &text)
{
    QAbstractSpinBox *spin = child<QAbstractSpinBox>(parent, name);
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

QStringList column(QTableWidget *table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A small box around a point inside the object's outline (a pistol's outline is no box).
QRectF insideOutline(const Region &region)
{
    const QRectF bounds = region.bounds();
    for (double y = bounds.top() + 1; y < bounds.bottom(); y += 1) {
        for (double x = bounds.left() + 1; x < bounds.right(); x += 1) {
            if (region.contains({x, y}))
                return {x - 1, y - 1, 2, 2};
        }
    }
    return bounds;
}

/// The text of a PDF as poppler's pdftotext reads it (an independent reader of what we wrote).
QString pdfText(const QString &fileName)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), fileName, QStringLiteral("-")});
    process.waitForFinished(30000);
    // The PDF's fonts draw "ffi" and "fi" as ligatures; pdftotext gives them as one character.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB01), QStringLiteral("fi"));
}

} // namespace

class HostConsoleTest final : public QObject {
    Q_OBJECT

    ServerFixture m_fixture;
    QTemporaryDir m_files;

    void connectConsole(HostConsole &console, const QString &token)
    {
        type(console, "serverAddress", m_fixture.address());
        type(console, "token", token);
        click(console, "connect");
    }

    void addRound(HostConsole &console, const QString &title, QString imageSetId = {})
    {
        if (imageSetId.isEmpty())
            imageSetId = m_fixture.starterId();
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(2);
        type(console, "roundTitle", title);
        QComboBox *sets = child<QComboBox>(console, "roundImageSet");
        QTRY_VERIFY_WITH_TIMEOUT(sets->findData(imageSetId) >= 0, test::WaitMs);
        sets->setCurrentIndex(sets->findData(imageSetId));
        child<QSpinBox>(console, "secondsPerScan")->setValue(30);
        child<QSpinBox>(console, "countdown")->setValue(5);
        child<QSpinBox>(console, "breakAfter")->setValue(10);
        const int before = int(console.selectedEvent().rounds.size());
        click(console, "addRound");
        QTRY_COMPARE_WITH_TIMEOUT(int(console.selectedEvent().rounds.size()), before + 1, test::WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(column(child<QTableWidget>(console, "rounds"), 0).last(), title, test::WaitMs);
    }

    void addContestant(HostConsole &console, const QString &name, const QStringList &members = {})
    {
        type(console, "contestantName", name);
        type(console, "firstMember", members.value(0));
        type(console, "secondMember", members.value(1));
        click(console, "addContestant");
        QTRY_VERIFY_WITH_TIMEOUT(column(child<QTableWidget>(console, "contestants"), 0).contains(name), test::WaitMs);
    }

    /// Issues a contestant's token through the form; *secret: the one shown in the dialog.
    void issueToken(HostConsole &console, const QString &contestant, const QString &label, QString *secret,
                    const QString &member = {})
    {
        QComboBox *role = child<QComboBox>(console, "tokenRole");
        role->setCurrentIndex(role->findData(int(TokenRole::Contestant)));
        QComboBox *contestants = child<QComboBox>(console, "tokenContestant");
        QTRY_VERIFY_WITH_TIMEOUT(contestants->findText(contestant) >= 0, test::WaitMs);
        contestants->setCurrentIndex(contestants->findText(contestant));
        QComboBox *members = child<QComboBox>(console, "tokenMember");
        QCOMPARE(members->isEnabled(),
                 !console.selectedEvent().contestants[contestants->currentIndex()].members.isEmpty());
        if (!member.isEmpty()) {
            QVERIFY2(members->findData(member) > 0, qPrintable(member));
            members->setCurrentIndex(members->findData(member));
        }
        type(console, "tokenLabel", label);
        click(console, "issueToken");
        TokenSecretDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = console.findChild<TokenSecretDialog *>()) != nullptr, test::WaitMs);
        *secret = dialog->secret();
        QTest::mouseClick(child<QPushButton>(*dialog, "copyToken"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), *secret);
        QVERIFY(child<QLabel>(*dialog, "tokenWarning")->text().contains(QStringLiteral("only time")));
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!console.findChild<TokenSecretDialog *>(), test::WaitMs);
    }

    /// Joins with a contestant's token: the contestant's name, or empty with a failed join.
    QString join(const QString &token, grpc::Status *status = nullptr)
    {
        auto contestant = m_fixture.connect(token);
        auto context = contestant->context();
        v1::JoinReply joined;
        const grpc::Status result = contestant->tournament().Join(context.get(), v1::JoinRequest(), &joined);
        if (status)
            *status = result;
        return QString::fromStdString(joined.contestant_name());
    }

    /// Answers a scan of the starter set: a mark on its first object (a hit), or clear.
    grpc::Status answer(const QString &token, const QString &roundId, int scanIndex, bool markTruth)
    {
        auto contestant = m_fixture.connect(token);
        const ImageSetEntry &entry = m_fixture.starter().entries.at(scanIndex);
        QList<v1::Mark> marks;
        if (markTruth && !entry.scan.truth.isEmpty())
            marks.append(test::markOn(insideOutline(entry.scan.truth.first().regions.first()),
                                      entry.scan.truth.first().category));
        return test::submit(*contestant, roundId, scanIndex,
                            QStringLiteral("answer-%1-%2-%3").arg(token.right(8), roundId.right(8)).arg(scanIndex),
                            marks);
    }

    /// What a round of the starter played as in trainerSeesOwnPracticeSessionsAndReports shows for
    /// scan i: in the first only scan 0 was marked, in the second every threat.
    QString expectedOutcome(int round, int scan) const
    {
        if (m_fixture.starter().entries.at(scan).scan.truth.isEmpty())
            return QStringLiteral("Correct rejection");
        return round == 1 || scan == 0 ? QStringLiteral("Hit") : QStringLiteral("Miss");
    }

    /// The review of each round of the report shown: the outcomes per scan, and a scan's view
    /// with its truth drawn solid and the trainee's marks dashed.
    void reviewBothRounds(HostConsole &console, TraineeReportPanel &report)
    {
        TraineeReviewPanel *review = report.review();
        report.showPart(1);
        const QList<EventRound> rounds = console.selectedEvent().rounds;
        QTableWidget *scans = child<QTableWidget>(console, "reviewScans");
        const int scanCount = int(m_fixture.starter().entries.size());
        for (int round = 0; round < 2; ++round) {
            review->roundChoice()->setCurrentIndex(round);
            QTRY_COMPARE_WITH_TIMEOUT(review->answers().roundId, rounds[round].id, test::WaitMs);
            QCOMPARE(scans->rowCount(), scanCount);
            QStringList expected;
            for (int scan = 0; scan < scanCount; ++scan)
                expected.append(expectedOutcome(round, scan));
            QCOMPARE(column(scans, 2), expected);
            QCOMPARE(column(scans, 1).first(), QStringLiteral("Alarm"));
            QVERIFY2(column(scans, 3).first().contains(QStringLiteral("narcotics"), Qt::CaseInsensitive),
                     qPrintable(column(scans, 3).join(u'|')));

            // Scan 0 was marked in both rounds: its view with one dashed mark over its truth.
            QSignalSpy drawn(review, &TraineeReviewPanel::viewShown);
            scans->setCurrentCell(0, 0);
            QTRY_COMPARE_WITH_TIMEOUT(drawn.size(), 1, test::WaitMs);
            const ScanImageView *image = review->image();
            QVERIFY(!image->image().isNull());
            int solid = 0, dashed = 0;
            for (const RegionOverlay &overlay : image->overlays())
                ++(overlay.style == Qt::DashLine ? dashed : solid);
            int truthRegions = 0;
            for (const GroundTruthObject &object : m_fixture.starter().entries.first().scan.truth)
                for (const Region &region : object.regions)
                    truthRegions += region.viewIndex == 0 ? 1 : 0;
            QCOMPARE(solid, truthRegions);
            QCOMPARE(dashed, 1);
            QCOMPARE(review->answers().scans.first().hittingMarks, QList<int>{0});
        }
        screenshot(console, QStringLiteral("host-console-scan-review.png"));
        report.showPart(0);
    }

    void controlTo(HostConsole &console, const char *button, const QString &phase)
    {
        click(console, button);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "phase")->text(), phase, test::WaitMs);
    }

    /// The image sets the server holds, read through the fixture's own host connection.
    QList<v1::ImageSetSummary> serverSets()
    {
        auto context = m_fixture.host().context();
        v1::ListImageSetsReply reply;
        if (!m_fixture.host().admin().ListImageSets(context.get(), {}, &reply).ok())
            qFatal("ListImageSets failed");
        return {reply.image_sets().begin(), reply.image_sets().end()};
    }
    QStringList serverSetNames()
    {
        QStringList names;
        for (const v1::ImageSetSummary &set : serverSets())
            names.append(QString::fromStdString(set.name()));
        return names;
    }
    /// What generation left in the server's staging folder (nothing, once a call is over).
    QStringList stagingLeftovers() const
    {
        return QDir(QDir(m_fixture.dataFolder()).filePath(QStringLiteral("staging")))
            .entryList({QStringLiteral("generated*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    }

    /// A trainer's console connected and on the Image sets tab.
    void openImageSetsAsTrainer(HostConsole &console)
    {
        QString trainerToken;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &trainerToken).ok());
        console.resize(1500, 950);
        console.show();
        connectConsole(console, trainerToken);
        QTRY_VERIFY_WITH_TIMEOUT(console.client()->isConnected(), test::WaitMs);
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(3);
    }

    /// Fills the generation form; the preset is chosen from the ones the console lists.
    void fillGeneration(HostConsole &console, const QString &name, const QString &preset, const QString &scans,
                        const QString &tipPercent, const QString &mix)
    {
        type(console, "generateName", name);
        QComboBox *presets = child<QComboBox>(console, "generatePreset");
        QVERIFY2(presets->findText(preset) >= 0, qPrintable(preset));
        presets->setCurrentIndex(presets->findText(preset));
        typeNumber(console, "generateScans", scans);
        typeNumber(console, "generateSeed", QStringLiteral("4"));
        typeNumber(console, "generateTipRate", tipPercent);
        type(console, "generateTipMix", mix);
    }

    /// With PEN_HOSTCONSOLE_SCREENSHOTS set, the console and its PDFs are kept there for people to look at.
    void screenshot(QWidget &widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("PEN_HOSTCONSOLE_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
    }
    void keep(const QString &file)
    {
        const QString folder = qEnvironmentVariable("PEN_HOSTCONSOLE_SCREENSHOTS");
        const QString copy = QDir(folder).filePath(QFileInfo(file).fileName());
        if (!folder.isEmpty()) {
            QFile::remove(copy);
            QVERIFY(QFile::copy(file, copy));
        }
    }

    // The cohort tab of the session above: Trainee T's d′ per category, rising from a round with
    // misses to one without; pass thresholds colour the cells and decide the certificate.
    void cohortPassMarksAndCertificate(HostConsole &console)
    {
        auto *cohort = console.findChild<CohortPanel *>();
        child<QTabWidget>(console, "eventTabs")->setCurrentWidget(cohort);
        QSignalSpy shown(cohort, &CohortPanel::cohortShown);
        click(console, "showCohort");
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, test::WaitMs);
        QTableWidget *table = child<QTableWidget>(console, "cohortTable");
        QCOMPARE(column(table, 0), QStringList{QStringLiteral("Trainee T")});
        const auto columnOf = [table](const QString &category) {
            for (int c = 0; c < table->columnCount(); ++c)
                if (table->horizontalHeaderItem(c)->text() == category)
                    return c;
            return -1;
        };
        const int narcotics = columnOf(QStringLiteral("narcotics")), weapon = columnOf(QStringLiteral("weapon"));
        QVERIFY(narcotics > 0 && weapon > 0);
        // Weapons were missed in the first round and found in the second; narcotics found in both.
        QVERIFY2(table->item(0, weapon)->text().endsWith(QStringLiteral(" ↑")),
                 qPrintable(table->item(0, weapon)->text()));
        const double reached = CohortPanel::overallDPrime(cohort->reports().first()).value(QStringLiteral("narcotics"));
        QCOMPARE(table->item(0, narcotics)->text(), DisplayNames::number(reached, 2) + QStringLiteral(" →"));

        // A mark above what the trainee reached: red, and no certificate.
        QComboBox *category = child<QComboBox>(console, "passMarkCategory");
        category->setCurrentIndex(category->findData(QStringLiteral("narcotics")));
        QDoubleSpinBox *mark = child<QDoubleSpinBox>(console, "passMark");
        mark->setValue(std::min(5.0, reached + 0.5));
        click(console, "setPassMark");
        QCOMPARE(cohort->passMarks().value(QStringLiteral("narcotics")), mark->value());
        QVERIFY(table->item(0, narcotics)->background().color().red()
                > table->item(0, narcotics)->background().color().green());
        table->selectRow(0);
        QPushButton *certificate = child<QPushButton>(console, "exportCertificate");
        QVERIFY(!certificate->isEnabled());
        QVERIFY2(child<QLabel>(console, "certificateStatus")
                     ->text()
                     .contains(QStringLiteral("below the pass threshold in: narcotics")),
                 qPrintable(child<QLabel>(console, "certificateStatus")->text()));
        QSignalSpy failed(cohort, &CohortPanel::failed);
        const QString refused = m_files.filePath(QStringLiteral("refused-certificate.pdf"));
        cohort->exportCertificate(0, refused);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("Trainee T does not meet every pass threshold."));
        QVERIFY(!QFile::exists(refused));

        // A mark the trainee met: green, and the certificate names them, the session and the mark.
        mark->setValue(std::floor(reached * 10) / 10);
        click(console, "setPassMark");
        QVERIFY(table->item(0, narcotics)->background().color().green()
                > table->item(0, narcotics)->background().color().red());
        screenshot(console, QStringLiteral("host-console-cohort.png"));
        table->selectRow(0);
        QVERIFY(certificate->isEnabled());
        QSignalSpy exported(cohort, &CohortPanel::exported);
        const QString pdf = m_files.filePath(QStringLiteral("certificate.pdf"));
        cohort->exportCertificate(0, pdf);
        QCOMPARE(exported.size(), 1);
        keep(pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Certificate of training: Trainee T")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Monday practice")));
        QVERIFY(text.contains(QStringLiteral("narcotics")));

        // The marks are the session's, kept on this PC: a new console reads them back.
        const Expected<QHash<QString, CohortStanding::PassMarks>> saved = PassMarkFile().read();
        QVERIFY(saved);
        QCOMPARE(saved->value(console.selectedEvent().summary.id).value(QStringLiteral("narcotics")),
                 std::floor(reached * 10) / 10);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ServerFixture::starterFolder() + QStringLiteral("/manifest.json")),
                 "the build generates the starter set (assets/)");
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
        // The trainers' pass thresholds are kept in the configuration folder: this run's own.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_files.filePath(QStringLiteral("config"))));
    }

    void wrongTokenIsRefusedInWords()
    {
        HostConsole console;
        console.show();
        connectConsole(console,
                       QStringLiteral("pen_") + QString(43, QLatin1Char('x'))); // shaped as a token, known to none
        QLabel *status = child<QLabel>(console, "connectionStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not connected")), test::WaitMs);
        QVERIFY2(status->text().contains(QStringLiteral("unknown or was revoked")), qPrintable(status->text()));
        QVERIFY(!console.client()->isConnected());
        QVERIFY(console.message().contains(QStringLiteral("Connecting failed")));
    }

    void theLineTokenIssuePrintedConnectsAndGarbageIsRefusedInWords()
    {
        QString token, tokenId;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &token, &tokenId).ok());
        // As pentournament-admin token-issue prints it, and as people paste it.
        const QString line = tokenId + QLatin1Char('\t') + token + QLatin1Char('\n');
        HostConsole console;
        console.show();
        type(console, "serverAddress", m_fixture.address());
        QLabel *status = child<QLabel>(console, "connectionStatus");
        child<QLineEdit>(console, "token")->setText(line + line);
        click(console, "connect");
        QVERIFY2(status->text().startsWith(QStringLiteral("Not connected"))
                     && status->text().contains(QStringLiteral("several tokens")),
                 qPrintable(status->text()));
        QVERIFY2(!status->text().contains(token.mid(4, 16)), qPrintable(status->text()));
        QVERIFY(!console.client()->isConnected());
        child<QLineEdit>(console, "token")->setText(line);
        click(console, "connect");
        QTRY_VERIFY_WITH_TIMEOUT(console.client()->isConnected(), test::WaitMs);
    }

    void unreachableServerIsNamed()
    {
        HostConsole console;
        console.show();
        type(console, "serverAddress", QStringLiteral("127.0.0.1:1"));
        type(console, "token", m_fixture.hostToken());
        click(console, "connect");
        QLabel *status = child<QLabel>(console, "connectionStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not connected")), test::WaitMs);
        QVERIFY2(status->text().contains(QStringLiteral("cannot be reached")), qPrintable(status->text()));
    }

    // The event stream and a unary reply travel apart: a list older than the reply that selected an
    // event may arrive after it. The choice outlives that list, and a user's click replaces it.
    void selectionOutlivesAListThatLacksTheEvent()
    {
        EventsPanel panel;
        panel.show();
        EventSummary first, second;
        first.id = QStringLiteral("event-a");
        first.title = QStringLiteral("First");
        second.id = QStringLiteral("event-b");
        second.title = QStringLiteral("Second");
        panel.setEvents({second});
        panel.selectEvent(first.id); // chosen from a reply newer than the list shown
        QCOMPARE(panel.selectedEventId(), QString());
        panel.setEvents({first, second});
        QCOMPARE(panel.selectedEventId(), first.id);
        panel.setEvents({second}); // the stale list
        QCOMPARE(panel.selectedEventId(), QString());
        panel.setEvents({second, first}); // order changed, too
        QCOMPARE(panel.selectedEventId(), first.id);

        QSignalSpy selected(&panel, &EventsPanel::eventSelected);
        auto *table = panel.findChild<QTableWidget *>(QStringLiteral("events"));
        const QRect secondRow = table->visualItemRect(table->item(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, secondRow.center());
        QTRY_COMPARE_WITH_TIMEOUT(panel.selectedEventId(), second.id, test::WaitMs);
        QCOMPARE(selected.last().at(0).toString(), second.id);
        panel.setEvents({first, second});
        QCOMPARE(panel.selectedEventId(), second.id);
    }

    void hostRunsAnEventFromTheConsole()
    {
        HostConsole console;
        console.resize(1500, 950);
        console.show();
        connectConsole(console, m_fixture.hostToken());
        QTRY_VERIFY_WITH_TIMEOUT(console.client()->isConnected(), test::WaitMs);
        QVERIFY(child<QLabel>(console, "connectionStatus")->text().startsWith(QStringLiteral("Connected")));

        // Create an event through the form: listed in the console and on the server.
        type(console, "eventTitle", QStringLiteral("Console Event"));
        click(console, "createEvent");
        QTableWidget *events = child<QTableWidget>(console, "events");
        QTRY_VERIFY_WITH_TIMEOUT(column(events, 0).contains(QStringLiteral("Console Event")), test::WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(console.selectedEvent().summary.title, QStringLiteral("Console Event"), test::WaitMs);
        const QString eventId = console.selectedEventId();
        {
            auto context = m_fixture.host().context();
            v1::ListEventsReply listed;
            QVERIFY(m_fixture.host().admin().ListEvents(context.get(), {}, &listed).ok());
            QVERIFY(std::any_of(listed.events().begin(), listed.events().end(), [&](const v1::EventSummary &e) {
                return e.event_id() == eventId.toStdString() && !e.practice();
            }));
        }
        // An event another host creates appears in the list from the server's event stream,
        // with nothing clicked; the selection stays.
        const int streamed = console.eventStreamUpdates();
        QString otherEvent;
        QVERIFY(m_fixture.createEvent(QStringLiteral("Created elsewhere"), &otherEvent).ok());
        QTRY_VERIFY_WITH_TIMEOUT(column(events, 0).contains(QStringLiteral("Created elsewhere")), test::WaitMs);
        QVERIFY(console.eventStreamUpdates() > streamed);
        QCOMPARE(console.selectedEventId(), eventId);

        addRound(console, QStringLiteral("Find the cocaine"));
        addRound(console, QStringLiteral("Second look"));
        QCOMPARE(console.selectedEvent().rounds[0].scanCount, int(m_fixture.starter().entries.size()));
        QCOMPARE(console.selectedEvent().rounds[0].secondsPerScan, 30);
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(4);
        addContestant(console, QStringLiteral("Officer A"));
        addContestant(console, QStringLiteral("Team T"), {QStringLiteral("M. One"), QStringLiteral("M. Two")});
        QCOMPARE(int(console.selectedEvent().contestants[1].members.size()), 2);

        // Tokens: the secret shown once works for a contestant, and revoking one locks it out.
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(5);
        QString officerToken;
        issueToken(console, QStringLiteral("Officer A"), QStringLiteral("Officer A (laptop 1)"), &officerToken);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(officerToken.size() > 20);
        QCOMPARE(join(officerToken), QStringLiteral("Officer A"));
        // A team member's own token: the table names the member, and their answers are theirs.
        QString teamToken;
        issueToken(console, QStringLiteral("Team T"), QStringLiteral("Team T (laptop 2)"), &teamToken,
                   QStringLiteral("M. Two"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(join(teamToken), QStringLiteral("Team T"));
        QString spareToken;
        issueToken(console, QStringLiteral("Officer A"), QStringLiteral("Officer A (spare)"), &spareToken);
        if (QTest::currentTestFailed())
            return;
        QTableWidget *tokens = child<QTableWidget>(console, "tokens");
        QTRY_COMPARE_WITH_TIMEOUT(tokens->rowCount(), 3, test::WaitMs);
        QVERIFY2(column(tokens, 2).contains(QStringLiteral("Team T (M. Two)")),
                 qPrintable(column(tokens, 2).join(QLatin1Char('|'))));
        const int spare = int(column(tokens, 0).indexOf(QStringLiteral("Officer A (spare)")));
        QVERIFY(spare >= 0);
        tokens->selectRow(spare);
        // Revoking asks first, naming the token; confirmed, it is revoked.
        click(console, "revokeToken");
        QMessageBox *revoking = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((revoking = console.findChild<QMessageBox *>(QStringLiteral("confirmRevoke")))
                                     && revoking->isVisible(),
                                 test::WaitMs);
        QVERIFY2(revoking->text().contains(QStringLiteral("Officer A (spare)")), qPrintable(revoking->text()));
        QCOMPARE(column(tokens, 4).count(QStringLiteral("Revoked")), 0);
        QTest::mouseClick(revoking->findChild<QPushButton *>(QStringLiteral("confirmRevokeToken")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(column(tokens, 4).count(QStringLiteral("Revoked")), 1, test::WaitMs);
        QCOMPARE(tokens->item(int(column(tokens, 0).indexOf(QStringLiteral("Officer A (spare)"))), 4)->text(),
                 QStringLiteral("Revoked"));
        grpc::Status refused;
        join(spareToken, &refused);
        QCOMPARE(refused.error_code(), grpc::StatusCode::UNAUTHENTICATED);
        QCOMPARE(join(officerToken), QStringLiteral("Officer A"));

        // Control: start shows the countdown, then the round runs on the server's clock.
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(0);
        QVERIFY(!child<QPushButton>(console, "pause")->isEnabled());
        controlTo(console, "start", QStringLiteral("Countdown"));
        QVERIFY(!child<QPushButton>(console, "start")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "timeLeft")->text(), QStringLiteral("00:05"), test::WaitMs);
        m_fixture.advance(2);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "timeLeft")->text(), QStringLiteral("00:03"), test::WaitMs);
        m_fixture.advance(3.5);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "phase")->text(), QStringLiteral("Running"), test::WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "timeLeft")->text(),
                                  QStringLiteral("no round clock; 30 s for each scan"), test::WaitMs);

        // A contestant answers: the live table and both charts show the points.
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(1);
        const QString roundId = console.selectedEvent().rounds[0].id;
        auto *leaderboard = console.findChild<LeaderboardPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(leaderboard->updatesReceived() > 0, test::WaitMs);
        QVERIFY(answer(officerToken, roundId, 0, true).ok());
        QTableWidget *table = child<QTableWidget>(console, "leaderboard");
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 1) ? table->item(0, 1)->text() : QString(),
                                  QStringLiteral("Officer A"), test::WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 2)->text().toDouble() > 0, test::WaitMs);
        const double points = leaderboard->board().standings[0].score.points;
        QVERIFY(points > 0);
        QCOMPARE(leaderboard->barChart()->names().first(), QStringLiteral("Officer A"));
        QCOMPARE(leaderboard->barChart()->points().first(), points);
        const QString officerId = leaderboard->board().standings[0].contestantId;
        QCOMPARE(leaderboard->timeChart()->pointsOf(officerId).last().y(), points);
        m_fixture.advance(3);
        QVERIFY(answer(teamToken, roundId, 0, false).ok());
        QVERIFY(answer(officerToken, roundId, 1, true).ok());
        QTRY_VERIFY_WITH_TIMEOUT(leaderboard->timeChart()->pointsOf(officerId).last().y() > points, test::WaitMs);
        QVERIFY(leaderboard->timeChart()->pointsOf(officerId).size() >= 2);
        screenshot(console, QStringLiteral("host-console-leaderboard.png"));
        // Under the team's row, a row for each member: M. Two answered the scan, M. One nothing.
        const auto rowNamed = [table](const QString &name) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 1) && table->item(row, 1)->text().trimmed() == name)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("↳ M. Two")) >= 0, test::WaitMs);
        const int teamRow = rowNamed(QStringLiteral("Team T"));
        QVERIFY(teamRow >= 0);
        QCOMPARE(rowNamed(QStringLiteral("↳ M. One")), teamRow + 1);
        QCOMPARE(rowNamed(QStringLiteral("↳ M. Two")), teamRow + 2);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(rowNamed(QStringLiteral("↳ M. Two")), 9)->text(), QStringLiteral("1"),
                                  test::WaitMs);
        QCOMPARE(table->item(rowNamed(QStringLiteral("↳ M. One")), 9)->text(), QStringLiteral("0"));
        QVERIFY(table->item(rowNamed(QStringLiteral("↳ M. One")), 0)
                    ->text()
                    .isEmpty()); // members have no rank of their own
        QCOMPARE(table->item(teamRow, 9)->text(), QStringLiteral("1"));
        QVERIFY(test::saveScreenshot(&console, QStringLiteral("host-console-team-table.png")));

        // Pause, resume, end the round, end the event.
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(0);
        controlTo(console, "pause", QStringLiteral("Paused (Running)"));
        QVERIFY(child<QPushButton>(console, "resume")->isEnabled());
        QVERIFY(!child<QPushButton>(console, "pause")->isEnabled());
        controlTo(console, "resume", QStringLiteral("Running"));

        // The Control tab follows each contestant: scans done, and whose client is there.
        auto watcher = m_fixture.connect(officerToken);
        auto watchContext = watcher->context(120);
        auto updates = watcher->tournament().WatchEvent(watchContext.get(), v1::WatchEventRequest());
        v1::EventUpdate update;
        QVERIFY(updates->Read(&update));
        auto *progress = child<QTableWidget>(console, "contestantProgress");
        const auto rowOf = [progress](const QString &name) {
            for (int row = 0; row < progress->rowCount(); ++row) {
                if (progress->item(row, ContestantProgressTable::Name)
                    && progress->item(row, ContestantProgressTable::Name)->text() == name)
                    return row;
            }
            return -1;
        };
        const auto cell = [&](const QString &name, int column) {
            const int row = rowOf(name);
            return row >= 0 && progress->item(row, column) ? progress->item(row, column)->text() : QString();
        };
        const int scans = console.selectedEvent().rounds[0].scanCount;
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("Officer A"), ContestantProgressTable::Connection),
                                  QStringLiteral("● connected"), test::WaitMs);
        QCOMPARE(cell(QStringLiteral("Officer A"), ContestantProgressTable::Done),
                 QStringLiteral("2 of %1").arg(scans));
        QCOMPARE(cell(QStringLiteral("Team T"), ContestantProgressTable::Done), QStringLiteral("1 of %1").arg(scans));
        QCOMPARE(cell(QStringLiteral("Team T"), ContestantProgressTable::Connection),
                 QStringLiteral("○ never connected"));
        auto *officerBar = qobject_cast<QProgressBar *>(
            progress->cellWidget(rowOf(QStringLiteral("Officer A")), ContestantProgressTable::Bar));
        QVERIFY(officerBar);
        QCOMPARE(officerBar->value(), 2);
        QCOMPARE(officerBar->maximum(), scans);
        QCOMPARE(
            progress->item(rowOf(QStringLiteral("Team T")), ContestantProgressTable::Connection)->foreground().color(),
            ContestantProgressTable::absentColour());
        screenshot(console, QStringLiteral("host-console-progress.png"));
        watchContext->TryCancel();
        while (updates->Read(&update)) {}
        updates->Finish();
        QTRY_VERIFY_WITH_TIMEOUT(cell(QStringLiteral("Officer A"), ContestantProgressTable::Connection)
                                     .startsWith(QStringLiteral("○ away for")),
                                 test::WaitMs);
        // Ending asks first: cancelled, the round runs on; confirmed, it ends.
        const auto confirmation
            = [&console] { return console.findChild<QMessageBox *>(QStringLiteral("confirmControl")); };
        click(console, "endRound");
        QTRY_VERIFY_WITH_TIMEOUT(confirmation() && confirmation()->isVisible(), test::WaitMs);
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("cancelEnd")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!confirmation(), test::WaitMs);
        QCOMPARE(child<QLabel>(console, "phase")->text(), QStringLiteral("Running"));
        click(console, "endRound");
        QTRY_VERIFY_WITH_TIMEOUT(confirmation() && confirmation()->isVisible(), test::WaitMs);
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmEnd")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(console, "phase")->text() != QStringLiteral("Running"), test::WaitMs);
        QVERIFY(!child<QPushButton>(console, "endRound")->isEnabled());
        click(console, "endEvent");
        QTRY_VERIFY_WITH_TIMEOUT(confirmation() && confirmation()->isVisible(), test::WaitMs);
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmEnd")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "phase")->text(), QStringLiteral("Finished"), test::WaitMs);
        QVERIFY(!child<QPushButton>(console, "endEvent")->isEnabled());
        click(console, "refreshAudit");
        QTRY_VERIFY_WITH_TIMEOUT(column(child<QTableWidget>(console, "auditLog"), 1).size() >= 5, test::WaitMs);

        // Export: the CSV is the server's bytes; the PDF holds the results.
        QSignalSpy exported(leaderboard, &LeaderboardPanel::exported);
        const QString csv = m_files.filePath(QStringLiteral("results.csv"));
        leaderboard->exportCsv(csv);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, test::WaitMs);
        {
            QByteArray serverCsv;
            auto context = m_fixture.host().context();
            QVERIFY(server::downloadResultsCsv(m_fixture.host().admin(), context.get(), eventId, serverCsv).ok());
            QCOMPARE(readAll(csv), serverCsv);
            QVERIFY(serverCsv.size() > 100);
        }
        const QString pdf = m_files.filePath(QStringLiteral("results.pdf"));
        leaderboard->exportPdf(pdf);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, test::WaitMs);
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        keep(pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Console Event")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Officer")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Team T")));
        QVERIFY(text.contains(QStringLiteral("Standings per round")));
        QVERIFY(text.contains(QStringLiteral("Round 1: Find the cocaine")));
    }

    // Every setting of a round from the console's form: a number of scans drawn by a seed, the
    // targets, feedback, whether a mark must name the category, and the scoring weights.
    void theRoundFormSetsEverySetting()
    {
        HostConsole console;
        console.resize(1500, 950);
        console.show();
        connectConsole(console, m_fixture.hostToken());
        QTRY_VERIFY_WITH_TIMEOUT(console.client()->isConnected(), test::WaitMs);
        type(console, "eventTitle", QStringLiteral("Fifteen images"));
        click(console, "createEvent");
        QTRY_COMPARE_WITH_TIMEOUT(console.selectedEvent().summary.title, QStringLiteral("Fifteen images"),
                                  test::WaitMs);

        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(2);
        type(console, "roundTitle", QStringLiteral("Three drawn"));
        QComboBox *sets = child<QComboBox>(console, "roundImageSet");
        QTRY_VERIFY_WITH_TIMEOUT(sets->findData(m_fixture.starterId()) >= 0, test::WaitMs);
        sets->setCurrentIndex(sets->findData(m_fixture.starterId()));
        QComboBox *roundType = child<QComboBox>(console, "roundType");
        roundType->setCurrentIndex(roundType->findData(QStringLiteral("find-the-most")));
        // The type's own defaults come first: find the most gives feedback at the end.
        QCOMPARE(child<QComboBox>(console, "feedback")->currentData().toInt(), int(RoundSettings::Feedback::AtEnd));
        child<QSpinBox>(console, "drawScans")->setValue(3);
        child<QSpinBox>(console, "drawSeed")->setValue(7);
        QListWidget *targets = child<QListWidget>(console, "targetCategories");
        for (int row = 0; row < targets->count(); ++row) {
            if (targets->item(row)->data(Qt::UserRole).toString() == QLatin1String("weapon"))
                targets->item(row)->setCheckState(Qt::Checked);
        }
        child<QCheckBox>(console, "categoryRequired")->setChecked(true);
        child<QDoubleSpinBox>(console, "pointsPerHit")->setValue(20);
        child<QDoubleSpinBox>(console, "speedBonus")->setValue(3);
        child<QDoubleSpinBox>(console, "falseAlarmPenalty")->setValue(7);
        child<QSpinBox>(console, "roundSeconds")->setValue(900);
        QSpinBox *joinWindow = child<QSpinBox>(console, "joinWindow");
        QVERIFY(!joinWindow->isEnabled()); // only where clocks start at join
        QComboBox *clockStart = child<QComboBox>(console, "clockStart");
        clockStart->setCurrentIndex(clockStart->findData(int(RoundSettings::ClockStart::AtJoin)));
        QVERIFY(joinWindow->isEnabled());
        joinWindow->setValue(90);
        click(console, "addRound");
        QTRY_COMPARE_WITH_TIMEOUT(int(console.selectedEvent().rounds.size()), 1, test::WaitMs);

        const EventRound round = console.selectedEvent().rounds[0];
        QVERIFY(round.type == RoundType::FindTheMost);
        QCOMPARE(round.scanCount, 3);
        QCOMPARE(round.targetCategories, QStringList{QStringLiteral("weapon")});
        QVERIFY(round.categoryRequired);
        QCOMPARE(round.scoringRule.pointsPerHit, 20.0);
        QCOMPARE(round.scoringRule.speedBonus, 3.0);
        QCOMPARE(round.scoringRule.falseAlarmPenalty, 7.0);
        QCOMPARE(round.roundSeconds, 900);
        QCOMPARE(round.hitRule, QStringLiteral("covers-v2"));
        QVERIFY(round.markMayFindSeveral);
        QVERIFY(round.clockStartsAtJoin);
        QCOMPARE(round.joinWindowSeconds, 90);
        QTRY_COMPARE_WITH_TIMEOUT(column(child<QTableWidget>(console, "rounds"), 2), QStringList{QStringLiteral("3")},
                                  test::WaitMs);
        QCOMPARE(column(child<QTableWidget>(console, "rounds"), 5),
                 QStringList{QStringLiteral("at join (window 01:30)")});
    }

    void trainerSeesOwnPracticeSessionsAndReports()
    {
        QString trainerToken, trainerId;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &trainerToken, &trainerId).ok());
        // The starter set is the host's: shared with this trainer, it is offered for rounds.
        QVERIFY(m_fixture.shareImageSet(m_fixture.starterId(), trainerId).ok());
        QString hostEvent;
        QVERIFY(m_fixture.createEvent(QStringLiteral("Host only"), &hostEvent).ok());
        HostConsole console;
        console.resize(1500, 950);
        console.show();
        connectConsole(console, trainerToken);
        QTRY_VERIFY_WITH_TIMEOUT(console.client()->isConnected(), test::WaitMs);
        QTableWidget *events = child<QTableWidget>(console, "events");
        QCOMPARE(events->rowCount(), 0);

        type(console, "eventTitle", QStringLiteral("Monday practice"));
        child<QCheckBox>(console, "practice")->setChecked(true);
        click(console, "createEvent");
        QTRY_COMPARE_WITH_TIMEOUT(column(events, 0), QStringList{QStringLiteral("Monday practice")}, test::WaitMs);
        QCOMPARE(column(events, 4), QStringList{QStringLiteral("Practice")});
        QTRY_VERIFY_WITH_TIMEOUT(console.selectedEvent().summary.practice, test::WaitMs);

        addRound(console, QStringLiteral("Parcels"));
        addRound(console, QStringLiteral("Parcels again"));
        addContestant(console, QStringLiteral("Trainee T"));
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(5);
        QString token;
        issueToken(console, QStringLiteral("Trainee T"), QStringLiteral("Trainee T"), &token);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(join(token), QStringLiteral("Trainee T"));

        // Two rounds: the first with two threats missed, the second with every threat found.
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(0);
        for (int round = 0; round < 2; ++round) {
            controlTo(console, "start", QStringLiteral("Countdown"));
            m_fixture.advance(5.5);
            QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "phase")->text(), QStringLiteral("Running"), test::WaitMs);
            const QString roundId = console.selectedEvent().rounds[round].id;
            for (int scan = 0; scan < m_fixture.starter().entries.size(); ++scan) {
                QVERIFY(answer(token, roundId, scan, round == 1 || scan == 0).ok());
                m_fixture.advance(4 - 2 * round);
            }
            // The last answer ends the round: a break after the first, the end after the second.
            QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(console, "phase")->text(),
                                      round == 0 ? QStringLiteral("Break") : QStringLiteral("Finished"), test::WaitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(column(child<QTableWidget>(console, "events"), 1),
                                  QStringList{QStringLiteral("Finished")}, test::WaitMs);

        // The trainee report: the table per category and the charts over the rounds.
        auto *tabs = child<QTabWidget>(console, "eventTabs");
        auto *report = console.findChild<TraineeReportPanel *>();
        tabs->setCurrentWidget(report);
        QSignalSpy shown(report, &TraineeReportPanel::reportShown);
        click(console, "showReport");
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, test::WaitMs);
        QCOMPARE(report->report().name, QStringLiteral("Trainee T"));
        QTableWidget *table = child<QTableWidget>(console, "reportTable");
        QVERIFY(table->rowCount() > 0);
        QVERIFY2(column(table, 0).first().startsWith(QStringLiteral("Parcels")),
                 qPrintable(column(table, 0).join(u'|')));
        QVERIFY(column(table, 1).contains(QStringLiteral("narcotics")));
        QCOMPARE(report->rounds().size(), 2);
        QCOMPARE(report->rounds().first().title, QStringLiteral("Parcels"));
        const QList<QPointF> dPrime = report->trendChart()->dPrimePoints();
        QCOMPARE(dPrime.size(), 2);
        QCOMPARE(dPrime[0].y(), report->rounds()[0].score.detection.dPrime());
        QCOMPARE(dPrime[1].y(), report->rounds()[1].score.detection.dPrime());
        QVERIFY2(dPrime[1].y() > dPrime[0].y(), "every threat found in the second round");
        QVERIFY(report->categoryChart()->categories().contains(QStringLiteral("narcotics")));
        screenshot(console, QStringLiteral("host-console-trainee-report.png"));
        reviewBothRounds(console, *report);
        if (QTest::currentTestFailed())
            return;

        // The history by name: every round of the trainer's sessions for "Trainee T", its session named.
        type(console, "traineeName", QStringLiteral("Trainee T"));
        click(console, "showReport");
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, test::WaitMs);
        QCOMPARE(report->rounds().size(), 2);
        QCOMPARE(report->rounds().first().eventTitle, QStringLiteral("Monday practice"));
        QVERIFY(report->rounds().first().startedMs < report->rounds().last().startedMs);
        type(console, "traineeName", {});

        QSignalSpy exported(report, &TraineeReportPanel::exported);
        const QString pdf = m_files.filePath(QStringLiteral("trainee.pdf"));
        report->exportPdf(pdf);
        QCOMPARE(exported.size(), 1);
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        keep(pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Trainee report: Trainee T")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("narcotics")));

        cohortPassMarksAndCertificate(console);
        if (QTest::currentTestFailed())
            return;

        // Another trainer sees neither this session nor the host's events.
        QString otherToken;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &otherToken).ok());
        HostConsole other;
        other.show();
        connectConsole(other, otherToken);
        QTRY_VERIFY_WITH_TIMEOUT(other.client()->isConnected(), test::WaitMs);
        QCOMPARE(child<QTableWidget>(other, "events")->rowCount(), 0);
    }

    void uploadOfAFolderThatIsNotAnImageSetShowsTheServersError()
    {
        QTemporaryDir folder;
        QFile manifest(folder.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{\"this is\": \"not an image set\"}");
        manifest.close();
        HostConsole console;
        console.show();
        connectConsole(console, m_fixture.hostToken());
        QTRY_VERIFY_WITH_TIMEOUT(console.client()->isConnected(), test::WaitMs);
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(3);
        type(console, "uploadFolder", folder.path());
        type(console, "uploadName", QStringLiteral("not-a-set"));
        click(console, "upload");
        QLabel *result = child<QLabel>(console, "uploadResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("The upload failed")), test::WaitMs);
        QVERIFY2(result->text().contains(QStringLiteral("manifest")), qPrintable(result->text()));
        QVERIFY(console.message().startsWith(QStringLiteral("Uploading the image set not-a-set failed")));

        // A real set goes up with its progress to the end.
        type(console, "uploadFolder", ServerFixture::starterFolder());
        type(console, "uploadName", QStringLiteral("starter-again"));
        click(console, "upload");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("starter-again stored")), test::WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            column(child<QTableWidget>(console, "imageSets"), 0).contains(QStringLiteral("starter-again")),
            test::WaitMs);
        QCOMPARE(child<QProgressBar>(console, "uploadProgress")->value(), 100);
    }

    // TIP at 100 % with one category: the progress runs to the total, the set is listed with its
    // scans and a round goes on it; the server stored the threats of that category.
    void trainerGeneratesAPracticeSetWithTip()
    {
        HostConsole console;
        openImageSetsAsTrainer(console);
        if (QTest::currentTestFailed())
            return;
        type(console, "eventTitle", QStringLiteral("Generated practice"));
        child<QCheckBox>(console, "practice")->setChecked(true);
        click(console, "createEvent");
        QTRY_COMPARE_WITH_TIMEOUT(console.selectedEvent().summary.title, QStringLiteral("Generated practice"),
                                  test::WaitMs);
        child<QTabWidget>(console, "eventTabs")->setCurrentIndex(3);

        QComboBox *presets = child<QComboBox>(console, "generatePreset");
        QVERIFY(presets->findText(QStringLiteral("practice")) >= 0);
        fillGeneration(console, QStringLiteral("weapons-only"), QStringLiteral("starter"), QStringLiteral("3"),
                       QStringLiteral("100"), QStringLiteral("weapon=1"));
        QCOMPARE(child<QSpinBox>(console, "generateScans")->value(), 3);
        QCOMPARE(child<QDoubleSpinBox>(console, "generateTipRate")->value(), 100.0);
        click(console, "generate");
        QVERIFY(!child<QPushButton>(console, "generate")->isEnabled());
        QVERIFY(child<QPushButton>(console, "cancelGeneration")->isEnabled());
        QLabel *result = child<QLabel>(console, "generateResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("weapons-only stored: 3 scans")), 60000);
        QProgressBar *progress = child<QProgressBar>(console, "generateProgress");
        QCOMPARE(progress->maximum(), 3);
        QCOMPARE(progress->value(), 3);
        QVERIFY(child<QPushButton>(console, "generate")->isEnabled());
        QVERIFY(!child<QPushButton>(console, "cancelGeneration")->isEnabled());
        QVERIFY2(console.message().contains(QStringLiteral("weapons-only generated")), qPrintable(console.message()));
        QTableWidget *sets = child<QTableWidget>(console, "imageSets");
        QTRY_VERIFY_WITH_TIMEOUT(column(sets, 0).contains(QStringLiteral("weapons-only")), test::WaitMs);
        QCOMPARE(column(sets, 1).at(column(sets, 0).indexOf(QStringLiteral("weapons-only"))), QStringLiteral("3"));
        screenshot(console, QStringLiteral("host-console-generated-set.png"));

        // The stored set, read from the server's data folder: every scan got a projected weapon.
        const QList<v1::ImageSetSummary> stored = serverSets();
        const auto summary
            = std::find_if(stored.begin(), stored.end(), [](const auto &set) { return set.name() == "weapons-only"; });
        QVERIFY(summary != stored.end());
        QCOMPARE(summary->scan_count(), 3u);
        const QString setId = QString::fromStdString(summary->image_set_id());
        auto set = ImageSetFolder::open(QDir(m_fixture.dataFolder()).filePath(QStringLiteral("imagesets/") + setId),
                                        ImageSetFolder::Check::Full);
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        QCOMPARE(set->entries.size(), 3);
        for (const ImageSetEntry &entry : set->entries) {
            int projected = 0;
            for (const GroundTruthObject &object : entry.scan.truth) {
                if (object.note == u"TIP") {
                    ++projected;
                    QCOMPARE(object.category, QStringLiteral("weapon"));
                }
            }
            QVERIFY2(projected == 1, qPrintable(entry.scan.id));
        }

        addRound(console, QStringLiteral("Generated weapons"), setId);
        QCOMPARE(console.selectedEvent().rounds[0].scanCount, 3);
    }

    // A mix that does not parse is refused before the call; one the server refuses (an unknown
    // category, a name in use) shows the server's reason. Nothing is stored either way.
    void badMixIsRefusedAndNothingIsCreated()
    {
        HostConsole console;
        openImageSetsAsTrainer(console);
        if (QTest::currentTestFailed())
            return;
        const QStringList before = serverSetNames();
        QLabel *result = child<QLabel>(console, "generateResult");

        fillGeneration(console, QStringLiteral("bad-mix"), QStringLiteral("starter"), QStringLiteral("3"),
                       QStringLiteral("50"), QStringLiteral("weapon=1, narcotics:2"));
        click(console, "generate");
        QVERIFY2(result->text().contains(QStringLiteral("\"narcotics:2\" is not CATEGORY=WEIGHT")),
                 qPrintable(result->text()));
        QVERIFY2(console.message().startsWith(QStringLiteral("Generating a practice set failed")),
                 qPrintable(console.message()));
        QVERIFY(console.message().contains(QStringLiteral("narcotics:2")));
        QVERIFY(child<QPushButton>(console, "generate")->isEnabled());

        type(console, "generateTipMix", QStringLiteral("plutonium=1"));
        click(console, "generate");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Not generated")), 30000);
        QVERIFY2(result->text().contains(QStringLiteral("TIP category \"plutonium\" is not in the threat library")),
                 qPrintable(result->text()));
        QVERIFY2(console.message().startsWith(QStringLiteral("Generating the image set bad-mix failed")),
                 qPrintable(console.message()));
        QVERIFY(console.message().contains(QStringLiteral("plutonium")));
        QVERIFY(child<QPushButton>(console, "generate")->isEnabled());
        QVERIFY(!child<QPushButton>(console, "cancelGeneration")->isEnabled());

        type(console, "generateName", QStringLiteral("starter"));
        type(console, "generateTipMix", QStringLiteral("weapon=1"));
        click(console, "generate");
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QStringLiteral("an image set named starter exists already")),
                                  qPrintable(result->text()), 30000);

        QCOMPARE(serverSetNames(), before);
        QTRY_VERIFY_WITH_TIMEOUT(stagingLeftovers().isEmpty(), test::WaitMs);
        QCOMPARE(console.client()->pendingCalls(), 0);
    }

    // Cancel while the server generates: the call ends, the server keeps nothing, the form is usable again.
    void cancelledGenerationLeavesNoSet()
    {
        HostConsole console;
        openImageSetsAsTrainer(console);
        if (QTest::currentTestFailed())
            return;
        fillGeneration(console, QStringLiteral("cut-short"), QStringLiteral("starter"), QStringLiteral("500"),
                       QStringLiteral("50"), {});
        QCOMPARE(child<QSpinBox>(console, "generateScans")->value(), 500);
        click(console, "generate");
        QProgressBar *progress = child<QProgressBar>(console, "generateProgress");
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
        QCOMPARE(progress->maximum(), 500);
        QVERIFY(progress->value() < 500);
        QVERIFY(!child<QLineEdit>(console, "generateName")->isEnabled());
        click(console, "cancelGeneration");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(console, "generate")->isEnabled(), 30000);
        QLabel *result = child<QLabel>(console, "generateResult");
        QVERIFY2(result->text().contains(QStringLiteral("cancelled; the server stored nothing")),
                 qPrintable(result->text()));
        QVERIFY(progress->value() < 500);
        QVERIFY(child<QLineEdit>(console, "generateName")->isEnabled());
        QVERIFY(!child<QPushButton>(console, "cancelGeneration")->isEnabled());
        QVERIFY(!console.client()->isGenerating());

        // The server stops at its next scan and clears its staging folder.
        QTRY_VERIFY_WITH_TIMEOUT(stagingLeftovers().isEmpty(), 60000);
        QVERIFY(!serverSetNames().contains(QStringLiteral("cut-short")));
        QVERIFY(!column(child<QTableWidget>(console, "imageSets"), 0).contains(QStringLiteral("cut-short")));
    }
};

QTEST_MAIN(HostConsoleTest)
#include "tst_hostconsole.moc"
