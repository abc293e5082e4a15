// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Restarts: a clean restart and kill -9 of the real server process while 50 simulated contestants
// submit answers. Every acknowledged answer survives, nothing counts twice, rounds keep their time.
#include "ServerFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <mutex>
#include <thread>

using namespace pen;
using namespace pen::test;

namespace {

/// The real server binary on a data folder; the port it reports.
class ServerProcess {
public:
    explicit ServerProcess(QString data) : m_data(std::move(data)) {}
    ~ServerProcess() { kill(); }

    QString issueHostToken()
    {
        QProcess process;
        process.start(
            QStringLiteral(PEN_SERVER_BINARY),
            {QStringLiteral("--data"), m_data, QStringLiteral("--issue-host-token"), QStringLiteral("crash test")});
        process.waitForFinished(30000);
        const QStringList lines
            = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.value(1).trimmed();
    }

    bool start(int port)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(
            QStringLiteral(PEN_SERVER_BINARY),
            {QStringLiteral("--data"), m_data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QElapsedTimer timer;
        timer.start();
        QString output;
        while (timer.elapsed() < 30000) {
            m_process->waitForReadyRead(200);
            output += QString::fromUtf8(m_process->readAll());
            const auto match = listening.match(output);
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
        }
        qWarning("server output: %s", qPrintable(output));
        return false;
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // SIGKILL: no chance to tidy up
            m_process->waitForFinished(10000);
        }
    }
    /// SIGTERM, as systemd stops the service: what the server printed until it ended.
    QString terminate()
    {
        m_process->terminate();
        m_process->waitForFinished(30000);
        return QString::fromUtf8(m_process->readAll());
    }
    const QProcess &process() const { return *m_process; }
    int port() const { return m_port; }

private:
    QString m_data;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

/// The round's time left, asked until the server answers (a restarted server takes a moment).
double roundSecondsLeft(server::ServerConnection &host, const QString &event)
{
    v1::GetEventRequest request;
    request.set_event_id(event.toStdString());
    // The server may still be starting: asked again until it answers (30 s only when it never does).
    double left = -100;
    (void)QTest::qWaitFor(
        [&] { // left stays -100 when it never answers
            v1::EventDetails details;
            auto context = host.context();
            context->set_wait_for_ready(true);
            if (!host.admin().GetEvent(context.get(), request, &details).ok())
                return false;
            left = details.status().round_seconds_left();
            return true;
        },
        30000);
    return left;
}

} // namespace

class TestServerRestart : public QObject {
    Q_OBJECT

private slots:
    void cleanRestartResumesWithTheTimeLeft()
    {
        ServerFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        QString event, round, contestant, token;
        QVERIFY(fixture.createEvent(QStringLiteral("Restart"), &event).ok());
        QVERIFY(fixture.addRound(event, QStringLiteral("find-the-most"), 0, 300, &round, 0, 0).ok());
        QVERIFY(fixture.addContestant(event, QStringLiteral("Steady"), {}, &contestant).ok());
        QVERIFY(fixture.issueToken(v1::ROLE_CONTESTANT, event, contestant, &token).ok());
        QVERIFY(fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        fixture.advance(5);
        auto officer = fixture.connect(token);
        QVERIFY(submit(*officer, round, 0, QStringLiteral("before-restart"), {}).ok());
        QCOMPARE(roundSecondsLeft(fixture.host(), event), 295.0);

        fixture.stop();
        fixture.advance(120); // the server is down for two minutes
        QVERIFY2(fixture.start(&error), qPrintable(error));
        QCOMPARE(roundSecondsLeft(fixture.host(), event), 295.0);
        officer = fixture.connect(token);
        const v1::EventUpdate update = firstUpdate(*officer);
        QCOMPARE(update.phase(), v1::PHASE_RUNNING);
        QCOMPARE(update.answered(), 1u);
        QCOMPARE(update.scan_index(), 1u);
        v1::SubmitAnswerReply reply;
        QVERIFY(submit(*officer, round, 0, QStringLiteral("before-restart"), {}, &reply).ok());
        QVERIFY2(reply.duplicate(), "the answer from before the restart is known");
    }

    // Two servers on one data folder would overwrite each other's files: the second is refused,
    // naming the first. A server that starts removes what crashed uploads left in staging.
    void oneServerPerDataFolderAndNoLeftovers()
    {
        ServerFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        server::ServerOptions options;
        options.dataFolder = fixture.dataFolder();
        options.listen = QStringLiteral("127.0.0.1:0");
        auto second = server::TournamentServer::start(options, [] { return qint64(0); });
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(
                     QStringLiteral("another server (process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(second.error().message));

        fixture.stop();
        const QString leftover = QDir(fixture.dataFolder()).filePath(QStringLiteral("staging/upload-cut-short"));
        QVERIFY(QDir().mkpath(leftover));
        QFile part(QDir(leftover).filePath(QStringLiteral("scans.part")));
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write("half a file") > 0);
        part.close();
        QVERIFY2(fixture.start(&error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(leftover));
        QVERIFY(QFileInfo(QDir(fixture.dataFolder()).filePath(QStringLiteral("staging"))).isDir());
    }

    // A data folder of the schema before image sets had owners opens upgraded in place: its sets
    // are kept, their owner unknown, so only hosts see them until a host shares them.
    void aFileOfTheFormerSchemaIsUpgradedInPlace()
    {
        ServerFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        QString trainerToken, trainerId;
        QVERIFY(fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &trainerToken, &trainerId).ok());
        fixture.stop();
        const QString file = QDir(fixture.dataFolder()).filePath(QStringLiteral("tournament.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
            const int downgraded
                = sqlite3_exec(db,
                               "DROP TABLE image_set_shares; ALTER TABLE image_sets DROP COLUMN owner_token; "
                               "DROP TABLE clock_starts; ALTER TABLE tokens DROP COLUMN member; "
                               "PRAGMA user_version=1;",
                               nullptr, nullptr, nullptr);
            QCOMPARE(downgraded, SQLITE_OK);
            sqlite3_close(db);
        }
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const auto listed = [](server::ServerConnection &connection) {
            v1::ListImageSetsReply reply;
            auto context = connection.context();
            const grpc::Status status = connection.admin().ListImageSets(context.get(), {}, &reply);
            return status.ok() ? reply : v1::ListImageSetsReply();
        };
        const v1::ListImageSetsReply forHost = listed(fixture.host());
        QCOMPARE(forHost.image_sets_size(), 1);
        QCOMPARE(QString::fromStdString(forHost.image_sets(0).image_set_id()), fixture.starterId());
        QVERIFY(forHost.image_sets(0).owner_token_id().empty());
        QCOMPARE(forHost.image_sets(0).scan_count(), uint32_t(fixture.starter().entries.size()));
        auto trainer = fixture.connect(trainerToken);
        QCOMPARE(listed(*trainer).image_sets_size(), 0);
        QVERIFY(fixture.shareImageSet(fixture.starterId(), trainerId).ok());
        QCOMPARE(listed(*trainer).image_sets_size(), 1);

        // A team member's own token, a column of schema 3.
        QString eventId, teamId, memberToken;
        QVERIFY(fixture.createEvent(QStringLiteral("After the upgrade"), &eventId).ok());
        QVERIFY(fixture
                    .addContestant(eventId, QStringLiteral("Team U"),
                                   {QStringLiteral("U. One"), QStringLiteral("U. Two")}, &teamId)
                    .ok());
        QVERIFY(
            fixture.issueToken(v1::ROLE_CONTESTANT, eventId, teamId, &memberToken, nullptr, QStringLiteral("U. Two"))
                .ok());

        // The share and the member are stored: they are there after another restart, and the file
        // says schema 3.
        fixture.stop();
        QVERIFY2(fixture.start(&error), qPrintable(error));
        trainer = fixture.connect(trainerToken);
        QCOMPARE(listed(*trainer).image_sets_size(), 1);
        {
            v1::JoinReply joined;
            auto member = fixture.connect(memberToken);
            auto context = member->context();
            QVERIFY(member->tournament().Join(context.get(), v1::JoinRequest(), &joined).ok());
            QCOMPARE(QString::fromStdString(joined.member()), QStringLiteral("U. Two"));
        }
        fixture.stop();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *version = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &version, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(version), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(version, 0), 3);
        sqlite3_finalize(version);
        sqlite3_close(db);
    }

    // systemd stops the service with SIGTERM: the server says so, ends with 0, and leaves the data
    // folder free for the next start (no lock of a live server left behind).
    void sigtermStopsTheServerCleanly()
    {
        QTemporaryDir data;
        ServerProcess server(data.path());
        QVERIFY(server.issueHostToken().startsWith(QLatin1String("pen_")));
        QVERIFY(server.start(0));
        const QString output = server.terminate();
        QCOMPARE(server.process().state(), QProcess::NotRunning);
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        QVERIFY2(output.contains(QStringLiteral("stopping (signal %1)").arg(SIGTERM)), qPrintable(output));
        QVERIFY(server.start(0));
        QVERIFY(server.terminate().contains(QStringLiteral("stopping")));
        QCOMPARE(server.process().exitCode(), 0);
    }

    void killNineWhileFiftyContestantsSubmit()
    {
        QTemporaryDir data;
        ServerProcess server(data.path());
        const QString hostToken = server.issueHostToken();
        QVERIFY2(hostToken.startsWith(QLatin1String("pen_")), qPrintable(hostToken));
        QVERIFY(server.start(0));
        const int port = server.port();
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
        auto host = server::ServerConnection::connect({address, hostToken, {}, {}}).value();
        auto uploaded = host->uploadImageSet(ServerFixture::starterFolder(), QStringLiteral("starter"));
        QVERIFY2(uploaded.hasValue(), uploaded ? "" : qPrintable(uploaded.error().message));

        v1::EventSummary event;
        {
            v1::CreateEventRequest request;
            request.set_title("Crash");
            auto context = host->context();
            QVERIFY(host->admin().CreateEvent(context.get(), request, &event).ok());
        }
        const QString eventId = QString::fromStdString(event.event_id());
        v1::RoundInfo round;
        {
            v1::AddRoundRequest request;
            request.set_event_id(event.event_id());
            request.set_title("Under fire");
            request.set_image_set_id(uploaded->image_set_id());
            request.set_settings_json(R"({"type":"find-the-most","secondsPerScan":0,"roundSeconds":600})");
            request.set_countdown_seconds(0);
            request.set_break_seconds_after(0);
            auto context = host->context();
            const grpc::Status status = host->admin().AddRound(context.get(), request, &round);
            QVERIFY2(status.ok(), qPrintable(server::ServerConnection::describe(status)));
        }
        constexpr int Contestants = 50;
        QStringList tokens;
        for (int i = 0; i < Contestants; ++i) {
            v1::AddContestantRequest add;
            add.set_event_id(event.event_id());
            add.set_name(QStringLiteral("Officer %1").arg(i).toStdString());
            v1::ContestantSummary contestant;
            {
                auto context = host->context();
                QVERIFY(host->admin().AddContestant(context.get(), add, &contestant).ok());
            }
            v1::IssueTokenRequest issue;
            issue.set_role(v1::ROLE_CONTESTANT);
            issue.set_event_id(event.event_id());
            issue.set_contestant_id(contestant.contestant_id());
            issue.set_label("crash test");
            v1::IssueTokenReply token;
            auto context = host->context();
            QVERIFY(host->admin().IssueToken(context.get(), issue, &token).ok());
            tokens.append(QString::fromStdString(token.token()));
        }
        {
            v1::ControlEventRequest start;
            start.set_event_id(event.event_id());
            start.set_action(v1::ControlEventRequest::ACTION_START);
            v1::EventStatus status;
            auto context = host->context();
            QVERIFY(host->admin().ControlEvent(context.get(), start, &status).ok());
        }

        // Each contestant answers its five scans in order, retrying the same answer id until the
        // server acknowledges it (through the crash and the restart).
        std::mutex mutex;
        QSet<QString> acknowledged;
        std::atomic<int> acks{0};
        std::atomic<bool> stop{false};
        std::vector<std::atomic<int>> refusals(Contestants); // failed submissions, per contestant
        std::vector<std::atomic<bool>> finished(Contestants);
        const QString roundId = QString::fromStdString(round.round_id());
        std::vector<std::thread> threads;
        for (int i = 0; i < Contestants; ++i) {
            threads.emplace_back([&, i] {
                auto connection = server::ServerConnection::connect({address, tokens[i], {}, {}}).value();
                for (int scan = 0; scan < 5 && !stop; ++scan) {
                    const QString answerId = QStringLiteral("officer-%1-scan-%2").arg(i).arg(scan);
                    while (!stop) {
                        const grpc::Status status = submit(*connection, roundId, scan, answerId, {});
                        if (status.ok()) {
                            std::lock_guard lock(mutex);
                            acknowledged.insert(answerId);
                            ++acks;
                            break;
                        }
                        ++refusals[i];
                        std::this_thread::sleep_for(std::chrono::milliseconds(50));
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(20 + (i * 7 + scan * 13) % 60));
                }
                finished[i] = true;
            });
        }
        QVERIFY2(QTest::qWaitFor([&] { return acks >= 80; }, 60000),
                 "the contestants got answers through before the crash");
        const double leftBefore = roundSecondsLeft(*host, eventId);
        QElapsedTimer sinceMeasure;
        sinceMeasure.start();
        server.kill();
        const qint64 playedAfterMeasure = sinceMeasure.elapsed();
        QElapsedTimer down;
        down.start();
        int acksAtKill = 0;
        std::vector<int> refusalsAtKill(Contestants);
        {
            std::lock_guard lock(mutex);
            acksAtKill = int(acknowledged.size());
        }
        for (int i = 0; i < Contestants; ++i)
            refusalsAtKill[i] = refusals[i];
        // The server stays down until every contestant still answering has been refused 40 times
        // (each retry waits 50 ms): a downtime of 2 s at least that the contestants saw, longer than
        // the tolerance below, whose length must not be counted against the round.
        constexpr int RefusalsWhileDown = 40;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         for (int i = 0; i < Contestants; ++i) {
                             if (!finished[i] && refusals[i] - refusalsAtKill[i] < RefusalsWhileDown)
                                 return false;
                         }
                         return true;
                     },
                     120000),
                 "the contestants saw the server down");
        const double downSeconds = down.elapsed() / 1000.0;
        QVERIFY(server.start(port));
        QElapsedTimer sinceRestart;
        sinceRestart.start();
        const double leftAfter = roundSecondsLeft(*host, eventId);
        // Played: before the kill, and since the restart until the answer; the time down is not.
        const double played = (playedAfterMeasure + sinceRestart.elapsed()) / 1000.0;
        const double lost = leftBefore - leftAfter;
        QVERIFY(downSeconds >= RefusalsWhileDown * 0.05);
        QVERIFY2(lost >= 0 && lost < played + 1.0,
                 qPrintable(QStringLiteral(
                                "the round had %1 s left before the crash and %2 s after; %3 s were played, %4 s down")
                                .arg(leftBefore)
                                .arg(leftAfter)
                                .arg(played)
                                .arg(downSeconds)));

        for (auto &thread : threads)
            thread.join();
        QCOMPARE(acknowledged.size(), Contestants * 5);
        QVERIFY(acksAtKill < Contestants * 5);

        QByteArray exported;
        auto context = host->context();
        QVERIFY(
            server::downloadResultsCsv(host->admin(), context.get(), QString::fromStdString(event.event_id()), exported)
                .ok());
        const QStringList rows = QString::fromUtf8(exported).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QMap<QString, int> seen;
        for (const QString &row : rows.mid(1))
            ++seen[row.split(QLatin1Char(',')).value(12)];
        QCOMPARE(rows.size() - 1, Contestants * 5);
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(seen.value(id) == 1,
                     qPrintable(QStringLiteral("%1 is stored %2 times").arg(id).arg(seen.value(id))));
        stop = true;
    }
};

QTEST_GUILESS_MAIN(TestServerRestart)
#include "tst_serverrestart.moc"
