// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Machines in events through the real gRPC interface: plugins in their own processes over the
// hidden set's public and private splits, submission limits, what vendors may do, faulty plugins
// isolated while the server stays healthy, officers and machines on one leaderboard, and runs
// that survive a restart.
#include "MachineEvaluation.h"
#include "ServerFixture.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"
#include "io/ThreatDetectionReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pen;
using namespace pen::test;

namespace {

const char *describe(const grpc::Status &status)
{
    static thread_local std::string text;
    text = server::ServerConnection::describe(status).toStdString();
    return text.c_str();
}

QString imageSetsFolder()
{
    return QStringLiteral(PEN_BUILD_IMAGESETS_DIR);
}

} // namespace

class TestMachines : public QObject {
    Q_OBJECT

private:
    ServerFixture m_fixture;
    QString m_evaluationSetId;

    QString newEvent(const QString &title)
    {
        QString id;
        const grpc::Status status = m_fixture.createEvent(title, &id);
        [&] { QVERIFY2(status.ok(), describe(status)); }();
        return id;
    }

    grpc::Status registerPlugin(server::ServerConnection &connection, const QString &eventId, const QString &label,
                                const QString &library, const QString &config, QString *pluginId,
                                const QString &vendorTokenId = {})
    {
        v1::RegisterPluginRequest request;
        request.set_event_id(eventId.toStdString());
        request.set_label(label.toStdString());
        request.set_library_path(library.toStdString());
        request.set_config(config.toStdString());
        request.set_vendor_token_id(vendorTokenId.toStdString());
        return registerPlugin(connection, request, pluginId);
    }
    grpc::Status registerPlugin(server::ServerConnection &connection, const v1::RegisterPluginRequest &request,
                                QString *pluginId)
    {
        v1::PluginSummary reply;
        auto context = connection.context();
        const grpc::Status status = connection.machines().RegisterPlugin(context.get(), request, &reply);
        if (pluginId)
            *pluginId = QString::fromStdString(reply.plugin_id());
        return status;
    }
    grpc::Status configure(const QString &eventId, double publicFraction, int development, int final,
                           double secondsPerScan = 10, v1::EvaluationSettings *reply = nullptr, int memoryMb = 2048)
    {
        v1::ConfigureEvaluationRequest request;
        request.set_event_id(eventId.toStdString());
        request.set_image_set_id(m_evaluationSetId.toStdString());
        request.set_public_fraction(publicFraction);
        request.set_development_submissions(uint32_t(development));
        request.set_final_submissions(uint32_t(final));
        request.set_seconds_per_scan(secondsPerScan);
        request.set_memory_mb(uint32_t(memoryMb));
        v1::EvaluationSettings settings;
        auto context = m_fixture.host().context();
        const grpc::Status status = m_fixture.host().machines().ConfigureEvaluation(context.get(), request, &settings);
        if (reply)
            *reply = settings;
        return status;
    }
    Expected<v1::MachineRunSummary> run(server::ServerConnection &connection, const QString &eventId,
                                        const QString &pluginId, v1::EvaluationPhase phase, const QString &roundId = {},
                                        QList<int> *progress = nullptr)
    {
        v1::RunPluginRequest request;
        request.set_event_id(eventId.toStdString());
        request.set_plugin_id(pluginId.toStdString());
        request.set_phase(phase);
        request.set_round_id(roundId.toStdString());
        return connection.runPlugin(request, [progress](int done, int) {
            if (progress)
                progress->append(done);
        });
    }
    v1::MachineLeaderboard leaderboard(server::ServerConnection &connection, const QString &eventId,
                                       v1::EvaluationPhase phase, grpc::Status *status = nullptr)
    {
        v1::MachineLeaderboardRequest request;
        request.set_event_id(eventId.toStdString());
        request.set_phase(phase);
        v1::MachineLeaderboard board;
        auto context = connection.context();
        const grpc::Status result = connection.machines().GetMachineLeaderboard(context.get(), request, &board);
        if (status)
            *status = result;
        return board;
    }
    v1::RegisterPluginRequest pythonExample(const QString &eventId) const
    {
        v1::RegisterPluginRequest request;
        request.set_event_id(eventId.toStdString());
        request.set_label("python example");
        request.set_program(PEN_PYTHON);
        request.add_arguments(PEN_PYTHON_EXAMPLE);
        request.add_arguments("--stubs");
        request.add_arguments(PEN_PYTHON_STUBS);
        return request;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        auto uploaded = m_fixture.host().uploadImageSet(
            QDir(imageSetsFolder()).filePath(QStringLiteral("find-the-cocaine")), QStringLiteral("hidden-cocaine"));
        QVERIFY2(uploaded, uploaded ? "" : qPrintable(uploaded.error().message));
        m_evaluationSetId = QString::fromStdString(uploaded->image_set_id());
        QCOMPARE(uploaded->scan_count(), 30u);
    }

    void machineVersusMachineOnTheHiddenSet()
    {
        const QString event = newEvent(QStringLiteral("Machines"));
        v1::EvaluationSettings settings;
        grpc::Status status = configure(event, 0.5, 3, 1, 10, &settings);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(settings.public_scans() + settings.private_scans(), 30u);
        QCOMPARE(settings.public_scans(), 15u); // exactly half, by rank of a hash of event and scan
        auto set = ImageSetFolder::open(QDir(imageSetsFolder()).filePath(QStringLiteral("find-the-cocaine")));
        QVERIFY(set);
        const QSet<QString> inPublic = server::MachineEvaluation::publicScans(event, *set, 0.5);
        QCOMPARE(inPublic.size(), 15);
        QCOMPARE(server::MachineEvaluation::publicScans(event, *set, 0.5), inPublic); // fixed
        QVERIFY(server::MachineEvaluation::publicScans(event + QStringLiteral("x"), *set, 0.5)
                != inPublic); // per event
        // Neither phase is left empty by a small set, whatever the fraction.
        ImageSet two = *set;
        two.entries = set->entries.mid(0, 2);
        QCOMPARE(server::MachineEvaluation::publicScans(event, two, 0.95).size(), 1);
        QCOMPARE(server::MachineEvaluation::publicScans(event, two, 0.05).size(), 1);

        QString classical, random, python;
        status = registerPlugin(m_fixture.host(), event, QStringLiteral("classical"),
                                QStringLiteral(PEN_CLASSICAL_PLUGIN), {}, &classical);
        QVERIFY2(status.ok(), describe(status));
        status = registerPlugin(m_fixture.host(), event, QStringLiteral("random"), QStringLiteral(PEN_RANDOM_PLUGIN),
                                QStringLiteral("seed=7"), &random);
        QVERIFY2(status.ok(), describe(status));
        status = registerPlugin(m_fixture.host(), pythonExample(event), &python);
        QVERIFY2(status.ok(), describe(status));

        QMap<QString, v1::MachineRunSummary> runs;
        for (const QString &plugin : {classical, random, python}) {
            QList<int> progress;
            auto result = run(m_fixture.host(), event, plugin, v1::EVALUATION_PHASE_DEVELOPMENT, {}, &progress);
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            QCOMPARE(result->metrics().scans(), settings.public_scans());
            QVERIFY2(result->metrics().failures() == 0, result->failures_size() ? result->failures(0).c_str() : "");
            QVERIFY(!progress.isEmpty());
            QCOMPARE(progress.last(), int(settings.public_scans()));
            QCOMPARE(QString::fromStdString(result->image_set_sha256()),
                     *sha256OfFile(QDir(imageSetsFolder()).filePath(QStringLiteral("find-the-cocaine/manifest.json"))));
            QVERIFY(result->metrics().latency_p50() > 0);
            QVERIFY(result->metrics().pd() >= 0 && result->metrics().pd() <= 1);
            runs.insert(plugin, *result);
        }
        QCOMPARE(QString::fromStdString(runs[classical].plugin_name()), QStringLiteral("pen-classical"));
        QCOMPARE(QString::fromStdString(runs[classical].code_sha256()),
                 *sha256OfFile(QStringLiteral(PEN_CLASSICAL_PLUGIN)));
        QCOMPARE(QString::fromStdString(runs[python].plugin_name()), QStringLiteral("python-example"));
        QVERIFY(QString::fromStdString(runs[random].settings_json()).contains(QStringLiteral("\"secondsPerScan\":10")));

        // The leaderboard: one row per plugin, in the machines' order.
        const v1::MachineLeaderboard development
            = leaderboard(m_fixture.host(), event, v1::EVALUATION_PHASE_DEVELOPMENT);
        QCOMPARE(development.runs_size(), 3);
        for (int i = 0; i + 1 < development.runs_size(); ++i) {
            const v1::MachineMetrics &a = development.runs(i).metrics();
            const v1::MachineMetrics &b = development.runs(i + 1).metrics();
            QCOMPARE(development.runs(i).rank(), uint32_t(i + 1));
            QVERIFY(!b.has_mean_ap50() || (a.has_mean_ap50() && a.mean_ap50() >= b.mean_ap50()));
        }

        // The final phase runs on the private split, once.
        auto final = run(m_fixture.host(), event, python, v1::EVALUATION_PHASE_FINAL);
        QVERIFY2(final, final ? "" : qPrintable(final.error().message));
        QCOMPARE(final->metrics().scans(), settings.private_scans());
        auto again = run(m_fixture.host(), event, python, v1::EVALUATION_PHASE_FINAL);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("has used its 1 final submissions")),
                 qPrintable(again.error().message));
        QCOMPARE(leaderboard(m_fixture.host(), event, v1::EVALUATION_PHASE_FINAL).runs_size(), 1);
    }

    void vendorsRunTheirOwnInDevelopmentOnly()
    {
        const QString event = newEvent(QStringLiteral("Vendors"));
        QVERIFY(configure(event, 0.5, 2, 1).ok());
        QString vendorToken, vendorTokenId, otherToken, otherTokenId;
        QVERIFY(m_fixture.issueToken(v1::ROLE_VENDOR, {}, {}, &vendorToken, &vendorTokenId).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_VENDOR, {}, {}, &otherToken, &otherTokenId).ok());
        QString own, others;
        QVERIFY(registerPlugin(m_fixture.host(), event, QStringLiteral("ours"), QStringLiteral(PEN_FAULTY_PLUGIN),
                               QStringLiteral("mode=good"), &own, vendorTokenId)
                    .ok());
        QVERIFY(registerPlugin(m_fixture.host(), event, QStringLiteral("theirs"), QStringLiteral(PEN_RANDOM_PLUGIN), {},
                               &others, otherTokenId)
                    .ok());
        auto vendor = m_fixture.connect(vendorToken);

        // A vendor cannot register plugins.
        QString ignored;
        QCOMPARE(
            registerPlugin(*vendor, event, QStringLiteral("sneaky"), QStringLiteral(PEN_RANDOM_PLUGIN), {}, &ignored)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
        // It lists only its own plugin.
        v1::ListPluginsRequest list;
        list.set_event_id(event.toStdString());
        v1::ListPluginsReply plugins;
        {
            auto context = vendor->context();
            QVERIFY(vendor->machines().ListPlugins(context.get(), list, &plugins).ok());
        }
        QCOMPARE(plugins.plugins_size(), 1);
        QCOMPARE(QString::fromStdString(plugins.plugins(0).plugin_id()), own);
        QCOMPARE(plugins.plugins(0).development_runs(), 0u);

        auto developed = run(*vendor, event, own, v1::EVALUATION_PHASE_DEVELOPMENT);
        QVERIFY2(developed, developed ? "" : qPrintable(developed.error().message));
        {
            auto context = vendor->context();
            QVERIFY(vendor->machines().ListPlugins(context.get(), list, &plugins).ok());
        }
        QCOMPARE(plugins.plugins(0).development_runs(), 1u);
        QCOMPARE(plugins.plugins(0).final_runs(), 0u);
        auto finalRun = run(*vendor, event, own, v1::EVALUATION_PHASE_FINAL);
        QVERIFY(!finalRun);
        QVERIFY2(finalRun.error().message.startsWith(QStringLiteral("PERMISSION_DENIED")),
                 qPrintable(finalRun.error().message));
        auto notTheirs = run(*vendor, event, others, v1::EVALUATION_PHASE_DEVELOPMENT);
        QVERIFY(!notTheirs);
        QVERIFY2(notTheirs.error().message.contains(QStringLiteral("is not this vendor's")),
                 qPrintable(notTheirs.error().message));

        grpc::Status status;
        leaderboard(*vendor, event, v1::EVALUATION_PHASE_FINAL, &status);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
        const v1::MachineLeaderboard board = leaderboard(*vendor, event, v1::EVALUATION_PHASE_DEVELOPMENT, &status);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(board.runs_size(), 1);
        // The development limit counts the vendor's runs: one more, then refused.
        QVERIFY(run(*vendor, event, own, v1::EVALUATION_PHASE_DEVELOPMENT));
        auto third = run(*vendor, event, own, v1::EVALUATION_PHASE_DEVELOPMENT);
        QVERIFY(!third);
        QVERIFY2(third.error().message.contains(QStringLiteral("has used its 2 development submissions")),
                 qPrintable(third.error().message));
    }

    void faultyPluginsAreIsolatedAndTheServerStaysHealthy_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("failure");
        QTest::newRow("crash") << QStringLiteral("crash-every=2") << QStringLiteral("crashed (signal 11");
        QTest::newRow("hang") << QStringLiteral("mode=hang") << QStringLiteral("gave no answer within 1 s");
        QTest::newRow("garbage") << QStringLiteral("mode=outside") << QStringLiteral("answered garbage");
        QTest::newRow("leak") << QStringLiteral("mode=leak") << QStringLiteral("ran out of memory");
    }

    void faultyPluginsAreIsolatedAndTheServerStaysHealthy()
    {
        QFETCH(QString, config);
        QFETCH(QString, failure);
        const QString event = newEvent(QStringLiteral("Faults ") + config);
        // 64 MB leaked a scan reaches 768 MB within the public split.
        QVERIFY(configure(event, 0.5, 5, 1, 1, nullptr, 768).ok());
        QString plugin;
        QVERIFY(registerPlugin(m_fixture.host(), event, QStringLiteral("faulty"), QStringLiteral(PEN_FAULTY_PLUGIN),
                               config, &plugin)
                    .ok());
        auto result = run(m_fixture.host(), event, plugin, v1::EVALUATION_PHASE_DEVELOPMENT);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(result->metrics().failures() > 0);
        QVERIFY(result->failures_size() > 0);
        QVERIFY2(QString::fromStdString(result->failures(0)).contains(failure), result->failures(0).c_str());
        // The server goes on: other calls are answered and the failed run is on the leaderboard.
        v1::ListEventsReply events;
        auto context = m_fixture.host().context();
        QVERIFY(m_fixture.host().admin().ListEvents(context.get(), v1::ListEventsRequest(), &events).ok());
        QCOMPARE(leaderboard(m_fixture.host(), event, v1::EVALUATION_PHASE_DEVELOPMENT).runs_size(), 1);
    }

    void officersAndMachinesOnOneLeaderboard()
    {
        const QString event = newEvent(QStringLiteral("Officers and machines"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 30, 0, &round, 5, 10).ok());
        QString officerId, officerToken;
        QVERIFY(m_fixture.addContestant(event, QStringLiteral("Officer A"), {}, &officerId).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, event, officerId, &officerToken).ok());
        auto officer = m_fixture.connect(officerToken);
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(5.5);
        for (int scan = 0; scan < 5; ++scan) {
            QTRY_VERIFY(firstUpdate(*officer).scan_index() == uint32_t(scan));
            const grpc::Status submitted = submit(*officer, round, scan, QStringLiteral("officer-a-%1").arg(scan), {});
            QVERIFY2(submitted.ok(), describe(submitted));
            m_fixture.advance(2);
        }

        QString machine;
        QVERIFY(registerPlugin(m_fixture.host(), event, QStringLiteral("faulty but honest"),
                               QStringLiteral(PEN_FAULTY_PLUGIN), QStringLiteral("mode=good,slow-ms=50"), &machine)
                    .ok());
        auto result = run(m_fixture.host(), event, machine, v1::EVALUATION_PHASE_ROUND, round);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->metrics().scans(), 5u);

        v1::HumanMachineLeaderboardRequest request;
        request.set_event_id(event.toStdString());
        request.set_round_id(round.toStdString());
        v1::HumanMachineLeaderboard board;
        auto context = m_fixture.host().context();
        const grpc::Status status
            = m_fixture.host().machines().GetHumanMachineLeaderboard(context.get(), request, &board);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(board.standings_size(), 2);
        QCOMPARE(board.machine_runs_size(), 1);
        int machines = 0;
        for (const v1::HumanMachineStanding &standing : board.standings()) {
            if (standing.machine()) {
                ++machines;
                QCOMPARE(QString::fromStdString(standing.name()), QStringLiteral("faulty but honest"));
                QCOMPARE(standing.score().scans_answered(), 5u);
                // Its time is its measured time: 50 ms and more a scan, far less than an officer's 2 s.
                QVERIFY2(standing.score().mean_response_seconds() >= 0.05
                             && standing.score().mean_response_seconds() < 1.5,
                         qPrintable(QString::number(standing.score().mean_response_seconds())));
                // The faulty plugin marks the middle of every scan: it finds what lies there.
                QVERIFY(standing.score().hits() + standing.score().misses() == 4u);
            } else {
                QCOMPARE(QString::fromStdString(standing.name()), QStringLiteral("Officer A"));
                QCOMPARE(standing.score().correct_rejections(), 1u);
                QCOMPARE(standing.score().hits(), 0u);
            }
        }
        QCOMPARE(machines, 1);
        QVERIFY(board.standings(0).rank() <= board.standings(1).rank());
        QVERIFY(board.standings(0).score().points() >= board.standings(1).score().points());
        // The machine's ROC curve comes with it, for the officers' point to be drawn on.
        QVERIFY(board.machine_runs(0).metrics().roc_size() >= 2);

        // Both answer as DICOS Threat Detection Reports: the officer's five, the machine's five.
        v1::ThreatReportFiles files;
        {
            auto exportContext = m_fixture.host().context();
            const grpc::Status exported = server::downloadThreatReports(
                m_fixture.host().machines(), exportContext.get(), event, [&](const v1::ThreatReportFile &file) {
                    *files.add_files() = file;
                    return true;
                });
            QVERIFY2(exported.ok(), describe(exported));
        }
        QCOMPARE(files.files_size(), 10);
        QTemporaryDir written;
        int officerReports = 0;
        int machineReports = 0;
        for (const v1::ThreatReportFile &file : files.files()) {
            const QString path = written.filePath(QStringLiteral("report.dcm"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file.dicom().data(), qint64(file.dicom().size()));
            out.close();
            auto report = readThreatDetectionReport(path);
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            if (QString::fromStdString(file.path()).startsWith(QStringLiteral("officers/"))) {
                ++officerReports;
                QCOMPARE(report->author, ThreatReport::Author::Officer);
                QCOMPARE(report->operatorName, QStringLiteral("Officer A"));
                QVERIFY(!report->alarm); // the officer cleared every scan
            } else {
                ++machineReports;
                QCOMPARE(report->author, ThreatReport::Author::Machine);
                QCOMPARE(report->algorithmName, QStringLiteral("faulty"));
                QCOMPARE(report->objects.size(), 1);
                QVERIFY(report->processingSeconds >= 0.05);
            }
        }
        QCOMPARE(officerReports, 5);
        QCOMPARE(machineReports, 5);
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        const QString event = newEvent(QStringLiteral("Bad requests"));
        QString id;
        v1::RegisterPluginRequest neither;
        neither.set_event_id(event.toStdString());
        neither.set_label("neither");
        const grpc::Status noCode = registerPlugin(m_fixture.host(), neither, &id);
        QCOMPARE(noCode.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(QString::fromStdString(noCode.error_message()).contains(QStringLiteral("give a library or a program")),
                 noCode.error_message().c_str());
        grpc::Status status = registerPlugin(m_fixture.host(), event, QStringLiteral("missing"),
                                             QStringLiteral("/nonexistent/plugin.so"), {}, &id);
        QCOMPARE(status.error_code(), grpc::StatusCode::NOT_FOUND);
        QVERIFY2(QString::fromStdString(status.error_message()).contains(QStringLiteral("no such file on the server")),
                 status.error_message().c_str());
        QCOMPARE(registerPlugin(m_fixture.host(), event, QString(300, QLatin1Char('x')),
                                QStringLiteral(PEN_RANDOM_PLUGIN), {}, &id)
                     .error_code(),
                 grpc::StatusCode::INVALID_ARGUMENT);
        QCOMPARE(registerPlugin(m_fixture.host(), QStringLiteral("no-such-event"), QStringLiteral("x"),
                                QStringLiteral(PEN_RANDOM_PLUGIN), {}, &id)
                     .error_code(),
                 grpc::StatusCode::NOT_FOUND);
        QCOMPARE(registerPlugin(m_fixture.host(), event, QStringLiteral("x"), QStringLiteral(PEN_RANDOM_PLUGIN), {},
                                &id, QStringLiteral("tok-nobody"))
                     .error_code(),
                 grpc::StatusCode::NOT_FOUND);
        for (double fraction : {0.0, 1.0, std::nan("")})
            QCOMPARE(configure(event, fraction, 1, 1).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QCOMPARE(configure(event, 0.5, 1, 1, -3).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        // Nothing was registered or configured.
        v1::ListPluginsRequest list;
        list.set_event_id(event.toStdString());
        v1::ListPluginsReply plugins;
        {
            auto context = m_fixture.host().context();
            QVERIFY(m_fixture.host().machines().ListPlugins(context.get(), list, &plugins).ok());
        }
        QCOMPARE(plugins.plugins_size(), 0);
        v1::GetEvaluationRequest get;
        get.set_event_id(event.toStdString());
        v1::EvaluationSettings settings;
        {
            auto context = m_fixture.host().context();
            QCOMPARE(m_fixture.host().machines().GetEvaluation(context.get(), get, &settings).error_code(),
                     grpc::StatusCode::NOT_FOUND);
        }
        auto unknownPlugin
            = run(m_fixture.host(), event, QStringLiteral("plugin-nope"), v1::EVALUATION_PHASE_DEVELOPMENT);
        QVERIFY(!unknownPlugin);
        QVERIFY2(unknownPlugin.error().message.startsWith(QStringLiteral("NOT_FOUND")),
                 qPrintable(unknownPlugin.error().message));
        auto noPhase = run(m_fixture.host(), event, QStringLiteral("plugin-nope"), v1::EVALUATION_PHASE_UNSPECIFIED);
        QVERIFY(!noPhase);
        QVERIFY2(noPhase.error().message.startsWith(QStringLiteral("INVALID_ARGUMENT")),
                 qPrintable(noPhase.error().message));
        // A contestant token may not touch machines.
        QString contestant, token;
        QVERIFY(m_fixture.addContestant(event, QStringLiteral("C"), {}, &contestant).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, event, contestant, &token).ok());
        auto connection = m_fixture.connect(token);
        QCOMPARE(registerPlugin(*connection, event, QStringLiteral("x"), QStringLiteral(PEN_RANDOM_PLUGIN), {}, &id)
                     .error_code(),
                 grpc::StatusCode::PERMISSION_DENIED);
        grpc::Status boardStatus;
        leaderboard(*connection, event, v1::EVALUATION_PHASE_DEVELOPMENT, &boardStatus);
        QCOMPARE(boardStatus.error_code(), grpc::StatusCode::PERMISSION_DENIED);
    }

    void runsAndLimitsSurviveARestart()
    {
        const QString event = newEvent(QStringLiteral("Restart"));
        QVERIFY(configure(event, 0.5, 1, 1).ok());
        QString plugin;
        QVERIFY(registerPlugin(m_fixture.host(), event, QStringLiteral("random"), QStringLiteral(PEN_RANDOM_PLUGIN), {},
                               &plugin)
                    .ok());
        auto first = run(m_fixture.host(), event, plugin, v1::EVALUATION_PHASE_DEVELOPMENT);
        QVERIFY(first);
        m_fixture.stop();
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        const v1::MachineLeaderboard board = leaderboard(m_fixture.host(), event, v1::EVALUATION_PHASE_DEVELOPMENT);
        QCOMPARE(board.runs_size(), 1);
        QCOMPARE(board.runs(0).run_id(), first->run_id());
        QCOMPARE(board.runs(0).metrics().mean_ap50(), first->metrics().mean_ap50());
        auto second = run(m_fixture.host(), event, plugin, v1::EVALUATION_PHASE_DEVELOPMENT);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(QStringLiteral("has used its 1 development submissions")),
                 qPrintable(second.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMachines)
#include "tst_machines.moc"
