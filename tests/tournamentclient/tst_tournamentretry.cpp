// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
//
// The tournament client against a scripted server on a loopback port whose calls fail on purpose:
// a scan or the results that could not be fetched are asked for again, even though the server
// sends no further update to prompt it.

#include "GuiTestSupport.h"
#include "tournamentclient/TournamentClient.h"

#include "pen/v1/tournament.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

using namespace pen;
using namespace pen::gui;

namespace {

QByteArray pngBytes()
{
    QImage image(64, 48, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 4, x * 4, x * 4));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Sends one update with scan 0 open, and, once told to, one saying the event is over; nothing
// else. GetScan and GetMyResults fail as UNAVAILABLE as many times as asked before they answer.
// The round's results carry a verdict of a newer server, which the client must take calmly.
class ScriptedTournament final : public v1::Tournament::Service {
public:
    std::atomic<int> scanFailuresLeft{2};
    std::atomic<int> resultsFailuresLeft{2};
    std::atomic<int> getScanCalls{0};
    std::atomic<int> resultsCalls{0};      ///< for a round's results
    std::atomic<int> eventResultsCalls{0}; ///< for the whole event's (its final standings)
    std::atomic<int> updatesSent{0};
    std::atomic<bool> finish{false};
    const QByteArray png = pngBytes();

    static v1::RoundInfo round()
    {
        v1::RoundInfo info;
        info.set_round_id("round-1");
        info.set_title("Retry round");
        info.set_type(v1::ROUND_TYPE_FIND_THE_THREAT);
        info.set_scan_count(1);
        info.set_seconds_per_scan(60);
        return info;
    }

    grpc::Status Join(grpc::ServerContext *, const v1::JoinRequest *, v1::JoinReply *reply) override
    {
        reply->set_event_id("event-1");
        reply->set_event_title("Retry cup");
        reply->set_contestant_id("contestant-1");
        reply->set_contestant_name("Officer R");
        *reply->add_rounds() = round();
        return grpc::Status::OK;
    }

    grpc::Status WatchEvent(grpc::ServerContext *context, const v1::WatchEventRequest *,
                            grpc::ServerWriter<v1::EventUpdate> *writer) override
    {
        v1::EventUpdate running;
        running.set_phase(v1::PHASE_RUNNING);
        running.set_round_index(0);
        *running.mutable_round() = round();
        running.set_scan_index(0);
        running.set_scan_id("scan-0");
        running.set_scan_seconds_left(60);
        running.set_round_seconds_left(-1);
        running.set_phase_seconds_left(-1);
        writer->Write(running);
        ++updatesSent;
        while (!context->IsCancelled() && !finish)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (context->IsCancelled())
            return grpc::Status::CANCELLED;
        v1::EventUpdate over = running;
        over.set_phase(v1::PHASE_FINISHED);
        over.set_scan_index(1);
        over.clear_scan_id();
        over.set_answered(1);
        over.set_results_available(true);
        writer->Write(over);
        ++updatesSent;
        return grpc::Status::OK;
    }

    grpc::Status GetScan(grpc::ServerContext *, const v1::GetScanRequest *request, v1::ScanInfo *reply) override
    {
        ++getScanCalls;
        if (scanFailuresLeft.fetch_sub(1) > 0)
            return {grpc::StatusCode::UNAVAILABLE, "the scan store is busy"};
        reply->set_round_id(request->round_id());
        reply->set_scan_index(request->scan_index());
        reply->set_scan_id("scan-0");
        v1::ViewInfo *view = reply->add_views();
        view->set_index(0);
        view->set_label("top");
        view->set_width(64);
        view->set_height(48);
        view->set_view_kind(v1::VIEW_KIND_SINGLE_ENERGY);
        view->set_size_bytes(uint64_t(png.size()));
        view->set_sha256(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex().toStdString());
        view->set_media_type("image/png");
        return grpc::Status::OK;
    }

    grpc::Status FetchScanView(grpc::ServerContext *, const v1::FetchScanViewRequest *request,
                               grpc::ServerWriter<v1::Chunk> *writer) override
    {
        v1::Chunk chunk;
        chunk.set_offset(request->offset());
        chunk.set_data(png.constData() + request->offset(), size_t(png.size()) - request->offset());
        chunk.set_total_size(uint64_t(png.size()));
        writer->Write(chunk);
        return grpc::Status::OK;
    }

    grpc::Status GetMyResults(grpc::ServerContext *, const v1::GetMyResultsRequest *request,
                              v1::MyResults *reply) override
    {
        if (request->round_id().empty()) {
            ++eventResultsCalls;
            reply->set_rank(1);
            v1::FinalStanding *standing = reply->add_final_standings();
            standing->set_name("Scripted officer");
            standing->set_rank(1);
            standing->set_yours(true);
            return grpc::Status::OK;
        }
        ++resultsCalls;
        if (resultsFailuresLeft.fetch_sub(1) > 0)
            return {grpc::StatusCode::UNAVAILABLE, "the results are being computed"};
        reply->set_rank(1);
        reply->mutable_score()->set_hits(1);
        // One verdict the client knows, and one of a newer server that it does not.
        v1::ScanResult *known = reply->add_scans();
        known->set_scan_id("scan-0");
        known->set_scan_verdict(v1::VERDICT_FALSE_ALARM);
        v1::ScanResult *newer = reply->add_scans();
        newer->set_scan_index(1);
        newer->set_scan_id("scan-1");
        newer->set_scan_verdict(v1::Verdict(42));
        return grpc::Status::OK;
    }
};

} // namespace

class TestTournamentRetry final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void scanAndResultsAreAskedForAgainWithoutAnUpdate();

private:
    ScriptedTournament m_service;
    std::unique_ptr<grpc::Server> m_server;
    int m_port = 0;
};

void TestTournamentRetry::initTestCase()
{
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &m_port);
    builder.RegisterService(&m_service);
    m_server = builder.BuildAndStart();
    QVERIFY(m_server);
    QVERIFY(m_port > 0);
}

void TestTournamentRetry::cleanupTestCase()
{
    m_service.finish = true;
    if (m_server)
        m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
}

void TestTournamentRetry::scanAndResultsAreAskedForAgainWithoutAnUpdate()
{
    TournamentClient client;
    QSignalSpy scanFailed(&client, &TournamentClient::scanFailed);
    QSignalSpy resultsFailed(&client, &TournamentClient::resultsFailed);
    QSignalSpy resultsReady(&client, &TournamentClient::resultsReady);
    QSignalSpy eventResultsReady(&client, &TournamentClient::eventResultsReady);
    client.connectToServer({QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("pen_scripted-token"), {}, {}});

    // Two failed fetches, then the scan: one update only, so the client asked again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(client.shownScan().has_value(), test::WaitMs);
    QCOMPARE(client.shownScan()->scanIndex, 0);
    QCOMPARE(client.shownScan()->scan->views.size(), 1);
    QCOMPARE(client.shownScan()->scan->views.first().width, 64);
    QCOMPARE(m_service.getScanCalls.load(), 3);
    QCOMPARE(m_service.updatesSent.load(), 1);
    QVERIFY2(scanFailed.isEmpty(), "a failure that passes on a later attempt is not reported");

    // The event ends: the results fail twice, then arrive, with that single update.
    m_service.finish = true;
    QTRY_COMPARE_WITH_TIMEOUT(resultsReady.size(), 1, test::WaitMs);
    QCOMPARE(m_service.resultsCalls.load(), 3);
    QCOMPARE(m_service.updatesSent.load(), 2);
    QVERIFY(resultsFailed.isEmpty());
    const ContestantResults results = resultsReady.first().first().value<ContestantResults>();
    QCOMPARE(results.rank, 1);
    QCOMPARE(results.scans.size(), 2);
    QVERIFY(results.scans[0].verdict == ScanOutcome::Verdict::FalseAlarm);
    QCOMPARE(results.scans[0].outcome.verdict, ScanOutcome::Verdict::FalseAlarm);
    QVERIFY2(!results.scans[1].verdict.has_value(), "a verdict the client does not know is none, not a guess");
    // The event is over, so its final standings are asked for once as well.
    QTRY_COMPARE_WITH_TIMEOUT(eventResultsReady.size(), 1, test::WaitMs);
    QCOMPARE(m_service.eventResultsCalls.load(), 1);
    QCOMPARE(eventResultsReady.first().first().value<ContestantResults>().finalStandings.size(), 1);
}

QTEST_GUILESS_MAIN(TestTournamentRetry)
#include "tst_tournamentretry.moc"
