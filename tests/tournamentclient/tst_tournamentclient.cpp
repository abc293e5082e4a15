// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The app as a tournament client against the real server on a loopback port, driven through the
// real widgets as an officer uses them: joining, a round's countdown and scans, marks and answers,
// the server's clock, a server restart in the middle of a scan, and the results after the round.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ScanImageView.h"
#include "ServerFixture.h"
#include "imageset/ImageSetFolder.h"
#include "practice/PracticeNames.h"
#include "practice/ScanReviewPage.h"
#include "practice/ThreatCard.h"
#include "practice/ThreatCardList.h"
#include "tournamentclient/ConnectPage.h"
#include "tournamentclient/LobbyPage.h"
#include "tournamentclient/TokenFile.h"
#include "tournamentclient/TournamentClient.h"
#include "tournamentclient/TournamentResultsPage.h"
#include "tournamentclient/TournamentRoundPage.h"
#include "tournamentclient/TournamentWidget.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerSurfaceFormat.h"
#include "viewer/ViewerToolBar.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;
using namespace pen::gui;
using namespace pen::test;

namespace {

// A small box around a point inside the object's outline, where a mark hits it.
QRectF insideObject(const Scan &scan)
{
    const Region &region = scan.truth.first().regions.first();
    const QRectF bounds = region.bounds();
    const QPointF centre = bounds.center();
    for (double step = 0; step < bounds.width() / 2; step += 1) {
        for (const QPointF &point : {centre + QPointF(step, 0), centre - QPointF(step, 0)}) {
            if (region.contains(point) && region.contains(point + QPointF(-3, -3))
                && region.contains(point + QPointF(3, 3)))
                return QRectF(point - QPointF(3, 3), QSizeF(6, 6));
        }
    }
    return QRectF(centre - QPointF(1, 1), QSizeF(2, 2));
}

// Shaped as a token, known to no server.
QString unknownToken()
{
    return QStringLiteral("pen_") + QString(43, QLatin1Char('x'));
}

// Seconds shown by a clock label such as "Scan 00:41"; -1 if none.
int secondsShown(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("(\\d+):(\\d\\d)"));
    const auto match = clock.match(text);
    return match.hasMatch() ? match.captured(1).toInt() * 60 + match.captured(2).toInt() : -1;
}

} // namespace

class TestTournamentClient final : public QObject {
    Q_OBJECT
public:
    static void initMain() { installViewerSurfaceFormat(); }

private slots:
    void initTestCase();
    void badInputAndRefusedTokensGetClearMessages();
    void unreachableServerIsNamed();
    void theLineTokenIssuePrintedJoinsAndGarbageIsRefusedInWords();
    void playsARoundAcrossAServerRestart();
    void practiceSessionShowsEachScansResultOnceAnswered();
    void aTeamIsNamedOnceWithItsMembers();
    void anEarlyFinisherSeesWhenTheRoundEndsAtTheLatest();

private:
    QString newEvent(const QString &title, QString *roundId, bool practice = false);
    QString contestantToken(const QString &eventId, const QString &name);
    void showWindow();
    void typeConnection(const QString &address, const QString &token);
    TournamentWidget *tournament() const { return m_window->tournament(); }
    ScanViewerPane *pane() const { return tournament()->roundPage()->viewerPane(); }
    int shownScanIndex() const
    {
        const auto &shown = tournament()->client()->shownScan();
        return shown ? shown->scanIndex : -1;
    }
    template <typename T = QLabel> T *child(const char *name) const
    {
        T *widget = tournament()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void waitForScan(int index);
    void markBox(QRectF imageBox, const QString &category);
    void saveScreenshot(const QString &name);

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestTournamentClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
}

QString TestTournamentClient::newEvent(const QString &title, QString *roundId, bool practice)
{
    QString event;
    [&] { QVERIFY(m_fixture.createEvent(title, &event, true, practice).ok()); }();
    QStringList scans;
    for (const ImageSetEntry &entry : m_fixture.starter().entries)
        scans.append(entry.scan.id);
    [&] { QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 60, 0, roundId, 5, 0, scans).ok()); }();
    return event;
}

QString TestTournamentClient::contestantToken(const QString &eventId, const QString &name)
{
    QString id, token;
    [&] { QVERIFY(m_fixture.addContestant(eventId, name, {}, &id).ok()); }();
    [&] { QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, eventId, id, &token).ok()); }();
    return token;
}

void TestTournamentClient::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("history.sqlite")));
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), WaitMs)); // the viewer draws frames to grab
    m_window->showTournament();
    QCOMPARE(tournament()->currentPage(), static_cast<QWidget *>(tournament()->connectPage()));
}

void TestTournamentClient::typeConnection(const QString &address, const QString &token)
{
    for (const char *name : {"serverAddress", "token", "tokenFile"})
        child<QLineEdit>(name)->clear();
    QTest::keyClicks(child<QLineEdit>("serverAddress"), address);
    QTest::keyClicks(child<QLineEdit>("token"), token);
    QCOMPARE(child<QLineEdit>("token")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
}

void TestTournamentClient::waitForScan(int index)
{
    // On failure, what the officer would see: the position line and the answer's state.
    const auto seen = [this] {
        return QStringLiteral("scan index %1; position \"%2\"; answer \"%3\"; banner \"%4\"")
            .arg(shownScanIndex())
            .arg(child("scanPosition")->text(), child("answerState")->text(),
                 tournament()->isBannerShown() ? child("connectionBanner")->text() : QString());
    };
    QTRY_VERIFY2_WITH_TIMEOUT(shownScanIndex() == index, qPrintable(seen()), WaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(child<QPushButton>("submitMarks")->isEnabled(), qPrintable(seen()), WaitMs);
    QCOMPARE(child("scanPosition")->text(), QStringLiteral("Scan %1 of 5").arg(index + 1));
}

void TestTournamentClient::markBox(QRectF imageBox, const QString &category)
{
    ScanViewer *v = pane()->viewer();
    const QPoint from = v->mapFromImage(imageBox.topLeft()).toPoint();
    const QPoint to = v->mapFromImage(imageBox.bottomRight()).toPoint() + QPoint(2, 2);
    QTest::mousePress(v, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(v, (from + to) / 2);
    QTest::mouseMove(v, to);
    QTest::mouseRelease(v, Qt::LeftButton, Qt::NoModifier, to);
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = v->findChild<QMenu *>(QStringLiteral("categoryMenu"))) && menu->isVisible(),
                             WaitMs);
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == category) {
            action->trigger();
            return;
        }
    }
    QFAIL("the category menu does not offer the category");
}

void TestTournamentClient::saveScreenshot(const QString &name)
{
    settleLayouts(m_window.get()); // the layout follows the text just shown
    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(shot.save(QDir(folder).filePath(name)));
}

void TestTournamentClient::badInputAndRefusedTokensGetClearMessages()
{
    showWindow();
    const auto error = [this] { return tournament()->connectPage()->errorText(); };

    typeConnection(QStringLiteral("no-port-here"), QStringLiteral("pen_whatever"));
    QVERIFY2(error().contains(QStringLiteral("host:port")), qPrintable(error()));

    typeConnection(m_fixture.address(), QString());
    QVERIFY2(error().contains(QStringLiteral("token")), qPrintable(error()));

    // A token file that is empty, and one that does not exist: named in the message.
    const QString empty = m_dir.filePath(QStringLiteral("empty.token"));
    QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
    QTest::keyClicks(child<QLineEdit>("tokenFile"), empty);
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QVERIFY2(error().contains(QStringLiteral("empty")) && error().contains(empty), qPrintable(error()));
    QVERIFY(!readTokenFile(m_dir.filePath(QStringLiteral("missing.token"))).hasValue());

    // A token the server does not know.
    typeConnection(m_fixture.address(), unknownToken());
    QTRY_VERIFY_WITH_TIMEOUT(!error().isEmpty(), WaitMs);
    QVERIFY2(error().contains(QStringLiteral("unknown or was revoked")), qPrintable(error()));
    QCOMPARE(tournament()->currentPage(), static_cast<QWidget *>(tournament()->connectPage()));
    QCOMPARE(tournament()->client()->state(), TournamentClient::State::Disconnected);
    QVERIFY(child<QPushButton>("connectButton")->isEnabled());
    saveScreenshot(QStringLiteral("tournament-connect-error.png"));
}

void TestTournamentClient::unreachableServerIsNamed()
{
    showWindow();
    typeConnection(QStringLiteral("127.0.0.1:1"), unknownToken());
    const auto error = [this] { return tournament()->connectPage()->errorText(); };
    QTRY_VERIFY_WITH_TIMEOUT(!error().isEmpty(), WaitMs);
    QVERIFY2(error().contains(QStringLiteral("cannot be reached")) && error().contains(QStringLiteral("127.0.0.1:1")),
             qPrintable(error()));
}

void TestTournamentClient::theLineTokenIssuePrintedJoinsAndGarbageIsRefusedInWords()
{
    QString round, contestant, token, tokenId;
    const QString event = newEvent(QStringLiteral("Paste cup"), &round);
    QVERIFY(m_fixture.addContestant(event, QStringLiteral("Officer Paste"), {}, &contestant).ok());
    QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, event, contestant, &token, &tokenId).ok());
    // As pentournament-admin token-issue prints it, and as people save it.
    const QString line = tokenId + QLatin1Char('\t') + token + QLatin1Char('\n');
    const QString secretPart = token.mid(4, 16);
    const auto writeFile = [this](const QString &name, const QString &text) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size() ? file.fileName()
                                                                                                    : QString();
    };
    showWindow();
    const auto error = [this] { return tournament()->connectPage()->errorText(); };

    // Garbage in the token file (two tokens' lines), as from the command line: said, not sent.
    const QString garbage = writeFile(QStringLiteral("garbage.token"), line + line);
    tournament()->connectWithTokenFile(m_fixture.address(), garbage, {});
    QVERIFY2(error().contains(QStringLiteral("does not hold a token")) && error().contains(garbage),
             qPrintable(error()));
    QVERIFY2(!error().contains(secretPart), qPrintable(error()));
    QCOMPARE(tournament()->client()->state(), TournamentClient::State::Disconnected);

    // Garbage in the form: the line with a control character in its secret.
    typeConnection(m_fixture.address(), QString());
    child<QLineEdit>("token")->setText(line.left(30) + QChar(0x01) + line.mid(30));
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QVERIFY2(error().contains(QStringLiteral("cannot be used")), qPrintable(error()));
    QVERIFY2(!error().contains(secretPart), qPrintable(error()));
    QCOMPARE(tournament()->client()->state(), TournamentClient::State::Disconnected);

    // The whole line pasted into the form joins.
    child<QLineEdit>("token")->setText(line);
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QVERIFY(child("contestantName")->text().contains(QStringLiteral("Officer Paste")));

    // So does the line saved as the token file of the command line.
    showWindow();
    tournament()->connectWithTokenFile(m_fixture.address(), writeFile(QStringLiteral("officer.token"), line), {});
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QCOMPARE(child("eventTitle")->text(), QStringLiteral("Paste cup"));
}

void TestTournamentClient::playsARoundAcrossAServerRestart()
{
    QString round;
    const QString event = newEvent(QStringLiteral("Spring cup"), &round);
    const QString token = contestantToken(event, QStringLiteral("Officer K"));
    showWindow();

    // Join with the token typed into the form: the lobby names the event and the contestant.
    typeConnection(m_fixture.address(), token);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QCOMPARE(child("eventTitle")->text(), QStringLiteral("Spring cup"));
    QVERIFY(child("contestantName")->text().contains(QStringLiteral("Officer K")));
    QCOMPARE(child<QListWidget>("roundList")->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(child("phaseText")->text().contains(QStringLiteral("Waiting for the host")), WaitMs);

    // The host starts: a countdown of 5 s, then the first scan in the viewer.
    QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
    QTRY_VERIFY_WITH_TIMEOUT(child("phaseText")->text().contains(QStringLiteral("starts in")), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        secondsShown(child("phaseClock")->text()) >= 1 && secondsShown(child("phaseClock")->text()) <= 5, WaitMs);
    saveScreenshot(QStringLiteral("tournament-countdown.png"));
    m_fixture.advance(5.5);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->roundPage()), WaitMs);
    waitForScan(0);

    // The scan shown is the stored scan, pixel for pixel.
    const ImageSetEntry &first = m_fixture.starter().entries.first();
    auto original = ImageSetFolder::loadScan(ServerFixture::starterFolder(), first);
    QVERIFY(original.hasValue());
    QVERIFY(pane()->scan());
    QCOMPARE(pane()->scan()->views.size(), original->views.size());
    const ScanView &shown = pane()->scan()->views.first();
    QCOMPARE(QSize(shown.width, shown.height), QSize(original->views.first().width, original->views.first().height));
    QCOMPARE(shown.channels.size(), original->views.first().channels.size());
    for (std::size_t c = 0; c < shown.channels.size(); ++c)
        QVERIFY2(shown.channels[c].pixels == original->views.first().channels[c].pixels,
                 qPrintable(QStringLiteral("channel %1").arg(c)));
    QVERIFY2(pane()->scan()->truth.isEmpty(), "contestants never receive the truth");
    QVERIFY(!pane()->viewer()->grabFramebuffer().isNull());

    // The scan clock is the server's: moving the server's clock moves the label.
    QTRY_VERIFY_WITH_TIMEOUT(secondsShown(child("scanClock")->text()) >= 55, WaitMs);
    m_fixture.advance(20);
    QTRY_VERIFY_WITH_TIMEOUT(secondsShown(child("scanClock")->text()) <= 40, WaitMs);
    QVERIFY(secondsShown(child("scanClock")->text()) >= 35);

    // A mark on the object.
    tournament()->roundPage()->toolBar()->action(ViewerTool::Mark)->trigger();
    QVERIFY(pane()->isMarking());
    markBox(insideObject(first.scan), QStringLiteral("narcotics"));
    QCOMPARE(pane()->marks()->marks().size(), 1);
    const Scan *scanBefore = pane()->scan();

    // The server restarts while the scan is open: the client says so, joins again by itself and
    // stays on the same scan with the mark still drawn.
    m_fixture.stop();
    QTRY_VERIFY_WITH_TIMEOUT(tournament()->isBannerShown(), WaitMs);
    QVERIFY2(child("connectionBanner")->text().contains(QStringLiteral("reconnecting")),
             qPrintable(child("connectionBanner")->text()));
    saveScreenshot(QStringLiteral("tournament-reconnecting.png"));
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!tournament()->isBannerShown(), WaitMs);
    QCOMPARE(tournament()->client()->state(), TournamentClient::State::Joined);
    QCOMPARE(shownScanIndex(), 0);
    QCOMPARE(pane()->scan(), scanBefore);
    QCOMPARE(pane()->marks()->marks().size(), 1);
    QVERIFY(child<QPushButton>("submitMarks")->isEnabled());
    saveScreenshot(QStringLiteral("tournament-round.png"));

    // The answer goes out while the server is down again: it is sent once it is back, and counts once.
    m_fixture.stop();
    QTest::mouseClick(child<QPushButton>("submitMarks"), Qt::LeftButton);
    QVERIFY(tournament()->client()->isAnswerPending());
    QVERIFY(!child<QPushButton>("submitMarks")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(tournament()->isBannerShown(), WaitMs);
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    waitForScan(1);
    QVERIFY(!tournament()->client()->isAnswerPending());
    QVERIFY(pane()->marks()->marks().isEmpty());
    QVERIFY2(!child<QGroupBox>("lastScanBox")->isVisible(), "a tournament tells no result before the round is over");

    // The other four: cleared with the keyboard and the button.
    pane()->viewer()->setFocus();
    QVERIFY(keyClickInActiveWindow(pane()->viewer(), Qt::Key_X));
    for (int index = 2; index < 5; ++index) {
        waitForScan(index);
        QTest::mouseClick(child<QPushButton>("clearScan"), Qt::LeftButton);
    }

    // The round is over for everyone: the officer's own results, as the server scored them.
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->resultsPage()), WaitMs);
    const ContestantResults &results = tournament()->resultsPage()->results();
    QCOMPARE(results.scans.size(), 5);
    QVERIFY(results.scans.first().verdict == ScanOutcome::Verdict::Hit);
    QCOMPARE(results.rank, 1);
    auto *table = child<QTableWidget>("resultsTable");
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Hit"));
    QVERIFY2(child("resultsSummary")->text().contains(QStringLiteral("rank 1")),
             qPrintable(child("resultsSummary")->text()));
    saveScreenshot(QStringLiteral("tournament-results.png"));

    // The event reveals the truth: the round is reviewed scan by scan with it, as practice does,
    // and the server's updates do not take the officer away from it.
    QVERIFY(child<QPushButton>("reviewRoundScans")->isVisible());
    QTest::mouseClick(child<QPushButton>("reviewRoundScans"), Qt::LeftButton);
    ScanReviewPage *review = tournament()->reviewPage();
    QCOMPARE(tournament()->currentPage(), static_cast<QWidget *>(review));
    QTRY_VERIFY_WITH_TIMEOUT(review->viewerPane()->scan() != nullptr, WaitMs);
    QCOMPARE(review->viewerPane()->scan()->truth.size(), results.scans.first().truth.size());
    QVERIFY(!review->viewerPane()->scan()->truth.isEmpty());
    QVERIFY2(child("reviewResult")->text().contains(QStringLiteral("Hit")), qPrintable(child("reviewResult")->text()));
    QCOMPARE(review->threatCards()->cards().size(), review->viewerPane()->scan()->truth.size());
    QCOMPARE(review->viewerPane()->marks()->marks().size(), 1); // the officer's own mark
    // (The event is over, so the server sends no more updates: the last one is delivered again.)
    emit tournament()->client()->statusChanged(tournament()->client()->status());
    QCOMPARE(tournament()->currentPage(), static_cast<QWidget *>(review));
    QTest::mouseClick(child<QPushButton>("reviewNext"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(review->currentIndex(), 1, WaitMs);
    QVERIFY(review->viewerPane()->marks()->marks().isEmpty());
    QCOMPARE(review->threatCards()->cards().size(), review->viewerPane()->scan()->truth.size());
    QVERIFY(review->threatCards()->cards().first()->isVisible());
    saveScreenshot(QStringLiteral("tournament-review.png"));
    QTest::mouseClick(child<QPushButton>("backToScore"), Qt::LeftButton);
    QCOMPARE(tournament()->currentPage(), static_cast<QWidget *>(tournament()->resultsPage()));

    // The event is over: its final standings, the officer's own row marked.
    auto *standings = child<QTableWidget>("eventStandings");
    QTRY_VERIFY_WITH_TIMEOUT(standings->isVisible() && standings->rowCount() == 1, WaitMs);
    QCOMPARE(standings->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(standings->item(0, 1)->text(), QStringLiteral("Officer K (you)"));
    QVERIFY(standings->item(0, 1)->font().bold());
    QVERIFY2(child("eventSummary")->text().contains(QStringLiteral("You finished 1 of 1 contestant")),
             qPrintable(child("eventSummary")->text()));
    saveScreenshot(QStringLiteral("tournament-final-standings.png"));

    // The server has each answer once: one object hit, five scans answered, none timed out.
    const v1::Leaderboard board = m_fixture.leaderboard(event);
    QCOMPARE(board.standings_size(), 1);
    QCOMPARE(board.standings(0).score().objects_hit(), 1u);
    QCOMPARE(board.standings(0).score().scans_answered(), 5u);
    QCOMPARE(board.standings(0).score().scans_timed_out(), 0u);
    QCOMPARE(int(board.standings(0).score().hits()), results.score.detection.hits);
}

// A trainer's practice session: after each answer the trainee sees that scan's result, with the
// truth drawn on a picture of it, beside the next scan.
void TestTournamentClient::practiceSessionShowsEachScansResultOnceAnswered()
{
    QString round;
    const QString event = newEvent(QStringLiteral("Monday drill"), &round, true);
    const QString token = contestantToken(event, QStringLiteral("Trainee T"));
    showWindow();
    typeConnection(m_fixture.address(), token);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QVERIFY(tournament()->client()->event().rounds.first().feedbackAfterEachScan);
    QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
    QTRY_VERIFY_WITH_TIMEOUT(child("phaseText")->text().contains(QStringLiteral("starts in")), WaitMs);
    m_fixture.advance(5.5);
    waitForScan(0);
    auto *box = child<QGroupBox>("lastScanBox");
    QVERIFY(!box->isVisible());

    // A hit on the first scan: named, with the object drawn in the found colour.
    const ImageSetEntry &first = m_fixture.starter().entries.at(0);
    tournament()->roundPage()->toolBar()->action(ViewerTool::Mark)->trigger();
    markBox(insideObject(first.scan), QStringLiteral("narcotics"));
    QTest::mouseClick(child<QPushButton>("submitMarks"), Qt::LeftButton);
    waitForScan(1);
    // The server's acknowledgement stays in view on the next scan, as a green banner.
    QTRY_COMPARE_WITH_TIMEOUT(child("answerState")->property("answerState").toString(), QStringLiteral("received"),
                              WaitMs);
    QVERIFY2(child("answerState")->text().contains(QStringLiteral("answer to scan 1 was received")),
             qPrintable(child("answerState")->text()));
    QVERIFY(child("answerState")->isVisible());
    {
        test::settleLayouts(child("answerState")->window());
        const QImage banner = child("answerState")->grab().toImage();
        const QColor corner = banner.pixelColor(banner.width() / 2, 2);
        QVERIFY2(corner.green() > corner.red() + 10 && corner.green() > corner.blue(), qPrintable(corner.name()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), WaitMs);
    const QString hit = child("lastScanFeedback")->text();
    QVERIFY2(hit.startsWith(QStringLiteral("Scan 1: "))
                 && hit.contains(PracticeNames::verdict(ScanOutcome::Verdict::Hit))
                 && hit.contains(QStringLiteral("Found:")),
             qPrintable(hit));
    auto *picture = child<ScanImageView>("lastScanImage");
    QVERIFY(!picture->image().isNull());
    QCOMPARE(picture->image().size(), QSize(first.scan.views.first().width, first.scan.views.first().height));
    saveScreenshot(QStringLiteral("tournament-practice-feedback.png"));

    // The second scan left clear: a miss where it holds a target, else a correct rejection.
    const ImageSetEntry &second = m_fixture.starter().entries.at(1);
    QTest::mouseClick(child<QPushButton>("clearScan"), Qt::LeftButton);
    waitForScan(2);
    const auto expected
        = second.scan.truth.isEmpty() ? ScanOutcome::Verdict::CorrectRejection : ScanOutcome::Verdict::Miss;
    QTRY_VERIFY_WITH_TIMEOUT(child("lastScanFeedback")->text().startsWith(QStringLiteral("Scan 2: ")), WaitMs);
    const QString clear = child("lastScanFeedback")->text();
    QVERIFY2(clear.contains(PracticeNames::verdict(expected)), qPrintable(clear));
    QCOMPARE(clear.contains(QStringLiteral("Missed:")), expected == ScanOutcome::Verdict::Miss);

    // The trainer pauses: the trainee is told, cannot answer, and the scan clock stands still.
    QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_PAUSE).ok());
    QTRY_VERIFY_WITH_TIMEOUT(child("pausedBanner")->isVisible(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>("submitMarks")->isEnabled(), WaitMs);
    QVERIFY(!child<QPushButton>("clearScan")->isEnabled());
    const int frozen = secondsShown(child("scanClock")->text());
    // Two of the server's updates (it sends one a second) from after its clock moved on: the
    // server counts nothing down while paused, nor does the client between its updates.
    m_fixture.advance(10);
    const qint64 advanced = m_fixture.nowMs();
    int updatesSince = 0;
    QObject receiver;
    connect(tournament()->client(), &TournamentClient::statusChanged, &receiver, [&](const EventStatus &status) {
        if (status.serverTimeMs >= advanced)
            ++updatesSince;
    });
    QTRY_VERIFY_WITH_TIMEOUT(updatesSince >= 2, WaitMs);
    QCOMPARE(secondsShown(child("scanClock")->text()), frozen);
    saveScreenshot(QStringLiteral("tournament-paused.png"));
    QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_RESUME).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!child("pausedBanner")->isVisible(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("submitMarks")->isEnabled(), WaitMs);

    // The trainer ends the session: the trainee's results of the round.
    QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_END_EVENT).ok());
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->resultsPage()), WaitMs);
    QVERIFY(tournament()->resultsPage()->results().scans.first().verdict == ScanOutcome::Verdict::Hit);
}

// A team is named as the host named it, with its members: "Team North", not "team Team North".
void TestTournamentClient::aTeamIsNamedOnceWithItsMembers()
{
    QString round;
    const QString event = newEvent(QStringLiteral("Pairs"), &round);
    QString id, token;
    QVERIFY(m_fixture
                .addContestant(event, QStringLiteral("Team North"),
                               {QStringLiteral("E. North"), QStringLiteral("F. North")}, &id)
                .ok());
    QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, event, id, &token).ok());
    showWindow();
    typeConnection(m_fixture.address(), token);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QCOMPARE(child("contestantName")->text(),
             QStringLiteral("Playing as Team North, a team of E. North, F. North\n"
                            "This console is the team's: answers from it count for the team, not for a member."));

    // A member's own token: the lobby says whose answers they are.
    QString memberToken;
    QVERIFY(
        m_fixture.issueToken(v1::ROLE_CONTESTANT, event, id, &memberToken, nullptr, QStringLiteral("F. North")).ok());
    QTest::mouseClick(child<QPushButton>("disconnectButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->connectPage()), WaitMs);
    typeConnection(m_fixture.address(), memberToken);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QCOMPARE(child("contestantName")->text(),
             QStringLiteral("Playing as Team North, a team of E. North, F. North\n"
                            "You answer as F. North: your answers count for the team and show as yours."));
}

// A contestant who never joins holds the round for their clocks' whole budget: the one who is done
// sees, in the lobby, how long that may take at the latest, counting down with the server's clock.
void TestTournamentClient::anEarlyFinisherSeesWhenTheRoundEndsAtTheLatest()
{
    QString round;
    const QString event = newEvent(QStringLiteral("Absent friend"), &round);
    const QString token = contestantToken(event, QStringLiteral("Early E"));
    contestantToken(event, QStringLiteral("Absent A"));
    showWindow();
    typeConnection(m_fixture.address(), token);
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
    QTRY_VERIFY_WITH_TIMEOUT(child("phaseText")->text().contains(QStringLiteral("starts in")), WaitMs);
    m_fixture.advance(5.5);
    const int scans = int(m_fixture.starter().entries.size());
    for (int index = 0; index < scans; ++index) {
        waitForScan(index);
        QTest::mouseClick(child<QPushButton>("clearScan"), Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(tournament()->currentPage(), static_cast<QWidget *>(tournament()->lobbyPage()), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(child("phaseText")->text().contains(QStringLiteral("answered every scan")), WaitMs);
    QVERIFY2(child("phaseText")->text().endsWith(QStringLiteral("ends for everybody at the latest in")),
             qPrintable(child("phaseText")->text()));
    // The absent contestant's first scan was shown 0.5 s into the round; each has 60 s.
    const auto shown = [this] { return secondsShown(child("phaseClock")->text()); };
    QTRY_VERIFY_WITH_TIMEOUT(shown() > 0, WaitMs);
    QVERIFY2(shown() > scans * 60 - 5 && shown() <= scans * 60, qPrintable(child("phaseClock")->text()));
    m_fixture.advance(100);
    QTRY_VERIFY_WITH_TIMEOUT(shown() <= scans * 60 - 100 && shown() > scans * 60 - 110, WaitMs);
    saveScreenshot(QStringLiteral("tournament-waiting-for-others.png"));
}

QTEST_MAIN(TestTournamentClient)
#include "tst_tournamentclient.moc"
