// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The tournament server through its real gRPC interface on a loopback port, with a clock the test
// moves: whole events, roles, late and duplicate answers, bad requests, no ground truth leaks.
#include "ServerFixture.h"

#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"
#include "io/ScanFileIO.h"
#include "io/ThreatDetectionReport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <grpcpp/generic/generic_stub.h>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

using namespace pen;
using namespace pen::test;

namespace {

QRectF truthBox(const ImageSet &set, const QString &scanId)
{
    return set.find(scanId)->scan.truth.first().regions.first().bounds();
}

/// A small box centred on a point inside the object's outline.
QRectF insideOutline(const ImageSet &set, const QString &scanId)
{
    const Region &region = set.find(scanId)->scan.truth.first().regions.first();
    const QRectF bounds = region.bounds();
    for (double y = bounds.top() + 1; y < bounds.bottom(); y += 1) {
        for (double x = bounds.left() + 1; x < bounds.right(); x += 1) {
            if (region.contains({x, y}))
                return QRectF(x - 2, y - 2, 4, 4);
        }
    }
    return bounds;
}

const char *codeOf(const grpc::Status &status)
{
    static thread_local std::string text;
    text = server::ServerConnection::describe(status).toStdString();
    return text.c_str();
}

} // namespace

class TestTournamentServer : public QObject {
    Q_OBJECT

private:
    ServerFixture m_fixture;

    /// Collects every message a contestant receives before its round ends, serialised.
    std::string m_received;

    QString newEvent(const QString &title, bool reveal = true)
    {
        QString id;
        const grpc::Status status = m_fixture.createEvent(title, &id, reveal);
        [&] { QVERIFY2(status.ok(), codeOf(status)); }();
        return id;
    }
    QString contestantToken(const QString &eventId, const QString &name, const QStringList &members = {},
                            QString *contestantId = nullptr)
    {
        QString id, token;
        grpc::Status status = m_fixture.addContestant(eventId, name, members, &id);
        [&] { QVERIFY2(status.ok(), codeOf(status)); }();
        status = m_fixture.issueToken(v1::ROLE_CONTESTANT, eventId, id, &token);
        [&] { QVERIFY2(status.ok(), codeOf(status)); }();
        if (contestantId)
            *contestantId = id;
        return token;
    }
    QString tokenFor(const QString &eventId, const QString &contestantId, const QString &member = {})
    {
        QString token;
        const grpc::Status status
            = m_fixture.issueToken(v1::ROLE_CONTESTANT, eventId, contestantId, &token, nullptr, member);
        [&] { QVERIFY2(status.ok(), codeOf(status)); }();
        return token;
    }
    v1::EventUpdate update(server::ServerConnection &connection)
    {
        const v1::EventUpdate result = firstUpdate(connection);
        m_received += result.SerializeAsString();
        return result;
    }
    /// Waits until the server's heartbeat (about once a second) has moved the event to phase;
    /// the 30 s limit only costs time when the test fails.
    bool waitForPhase(server::ServerConnection &connection, v1::Phase phase)
    {
        return QTest::qWaitFor([&] { return update(connection).phase() == phase; }, 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ServerFixture::starterFolder() + QStringLiteral("/manifest.json")),
                 "the build generates the starter set (assets/)");
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QCOMPARE(m_fixture.starter().entries.size(), 5);
    }

    void wholeFindTheThreatEventWithATeam()
    {
        const QString event = newEvent(QStringLiteral("Find the threat"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 30, 0, &round, 5, 10).ok());
        const QString officerToken = contestantToken(event, QStringLiteral("Officer A"));
        QString teamId;
        // Each member has a token of their own: the leaderboard tells their answers apart.
        QVERIFY(m_fixture
                    .addContestant(event, QStringLiteral("Team T"),
                                   {QStringLiteral("M. One"), QStringLiteral("M. Two")}, &teamId)
                    .ok());
        const QString member1 = tokenFor(event, teamId, QStringLiteral("M. One"));
        const QString member2 = tokenFor(event, teamId, QStringLiteral("M. Two"));
        {
            QString token;
            const grpc::Status stranger
                = m_fixture.issueToken(v1::ROLE_CONTESTANT, event, teamId, &token, nullptr, QStringLiteral("M. Three"));
            QCOMPARE(stranger.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
            QVERIFY2(
                QString::fromStdString(stranger.error_message()).contains(QStringLiteral("not a member of Team T")),
                stranger.error_message().c_str());
        }
        auto officer = m_fixture.connect(officerToken);
        auto first = m_fixture.connect(member1);
        auto second = m_fixture.connect(member2);

        v1::JoinReply joined;
        {
            auto context = officer->context();
            QVERIFY(officer->tournament().Join(context.get(), v1::JoinRequest(), &joined).ok());
        }
        m_received += joined.SerializeAsString();
        QCOMPARE(QString::fromStdString(joined.contestant_name()), QStringLiteral("Officer A"));
        QVERIFY(joined.member().empty());
        {
            v1::JoinReply teamJoined;
            auto context = first->context();
            QVERIFY(first->tournament().Join(context.get(), v1::JoinRequest(), &teamJoined).ok());
            QCOMPARE(QString::fromStdString(teamJoined.member()), QStringLiteral("M. One"));
            QCOMPARE(teamJoined.members_size(), 2);
        }
        QCOMPARE(joined.rounds_size(), 1);
        QCOMPARE(update(*officer).phase(), v1::PHASE_WAITING);

        // No scan before the round runs.
        v1::GetScanRequest scanRequest;
        scanRequest.set_round_id(round.toStdString());
        scanRequest.set_scan_index(0);
        v1::ScanInfo scan;
        {
            auto context = officer->context();
            QCOMPARE(officer->tournament().GetScan(context.get(), scanRequest, &scan).error_code(),
                     grpc::StatusCode::FAILED_PRECONDITION);
        }

        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        QCOMPARE(update(*officer).phase(), v1::PHASE_COUNTDOWN);
        m_fixture.advance(5.5);
        v1::EventUpdate running = update(*officer);
        QCOMPARE(running.phase(), v1::PHASE_RUNNING);
        QCOMPARE(running.scan_index(), 0u);
        // The set calls it "parcel-cocaine"; contestants see a neutral id.
        QCOMPARE(QString::fromStdString(running.scan_id()), round + QStringLiteral("-scan-1"));
        QVERIFY(std::abs(running.scan_seconds_left() - 29.5) < 0.01);

        // Only the open scan is sent, and its bytes are the stored file's.
        scanRequest.set_scan_index(1);
        {
            auto context = officer->context();
            QCOMPARE(officer->tournament().GetScan(context.get(), scanRequest, &scan).error_code(),
                     grpc::StatusCode::FAILED_PRECONDITION);
        }
        scanRequest.set_scan_index(0);
        {
            auto context = officer->context();
            QVERIFY(officer->tournament().GetScan(context.get(), scanRequest, &scan).ok());
        }
        m_received += scan.SerializeAsString();
        QCOMPARE(scan.views_size(), 1);
        QCOMPARE(scan.scanned_object_kind(), v1::OBJECT_KIND_PARCEL);
        QCOMPARE(scan.views(0).view_kind(), v1::VIEW_KIND_DUAL_ENERGY);
        v1::FetchScanViewRequest fetch;
        fetch.set_round_id(round.toStdString());
        fetch.set_scan_index(0);
        QByteArray bytes;
        {
            auto context = officer->context();
            auto reader = officer->tournament().FetchScanView(context.get(), fetch);
            v1::Chunk chunk;
            while (reader->Read(&chunk)) {
                QCOMPARE(qint64(chunk.offset()), bytes.size());
                bytes.append(chunk.data().data(), qsizetype(chunk.data().size()));
                m_received += chunk.SerializeAsString();
            }
            QVERIFY(reader->Finish().ok());
        }
        QCOMPARE(quint64(bytes.size()), scan.views(0).size_bytes());
        QCOMPARE(QString::fromStdString(scan.scan_id()), round + QStringLiteral("-scan-1"));
        // The file is the stored scan's pixels under the neutral id: the set's id is not in it.
        QVERIFY2(!bytes.contains("parcel-cocaine"), "the stored DICOS names the scan; the contestant's copy must not");
        QTemporaryDir received;
        QFile copy(received.filePath(QStringLiteral("view.dcm")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        auto decoded = readScanFile(copy.fileName());
        QVERIFY2(decoded.hasValue(), decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->id, scan.scan_id().c_str());
        const ImageSetEntry *entry = m_fixture.starter().find(QStringLiteral("parcel-cocaine"));
        auto original = ImageSetFolder::loadScan(ServerFixture::starterFolder(), *entry);
        QVERIFY(original.hasValue());
        QCOMPARE(decoded->views.first().channels.size(), original->views.first().channels.size());
        for (std::size_t c = 0; c < original->views.first().channels.size(); ++c)
            QVERIFY(decoded->views.first().channels[c].pixels == original->views.first().channels[c].pixels);

        // The officer: hit, hit, miss, hit, correct rejection.
        const ImageSet &set = m_fixture.starter();
        QVERIFY(submit(*officer, round, 0, QStringLiteral("officer-a-0"),
                       {markOn(truthBox(set, QStringLiteral("parcel-cocaine")), QStringLiteral("narcotics"))})
                    .ok());
        m_fixture.advance(2);
        // The pistol's outline is not a box: the mark goes on a point inside it.
        v1::Mark outlined = markOn(insideOutline(set, QStringLiteral("bag-pistol")), QStringLiteral("weapon"));
        for (const QPointF &corner : {QPointF(0, 0), QPointF(4, 0), QPointF(2, 4)}) {
            v1::Point *point = outlined.add_polygon();
            point->set_x(outlined.box().x() + corner.x());
            point->set_y(outlined.box().y() + corner.y());
        }
        QVERIFY(submit(*officer, round, 1, QStringLiteral("officer-a-1"), {outlined}).ok());
        m_fixture.advance(2);
        QVERIFY(submit(*officer, round, 2, QStringLiteral("officer-a-2"), {}).ok());
        m_fixture.advance(2);
        QVERIFY(submit(*officer, round, 3, QStringLiteral("officer-a-3"),
                       {markOn(truthBox(set, QStringLiteral("parcel-currency")), QStringLiteral("currency"))})
                    .ok());
        m_fixture.advance(2);
        v1::SubmitAnswerReply reply;
        QVERIFY(submit(*officer, round, 4, QStringLiteral("officer-a-4"), {}, &reply).ok());
        QCOMPARE(reply.next_scan_index(), 5u);
        QVERIFY(std::abs(reply.response_seconds() - 2.0) < 1e-3);

        // The team: the first member's answer counts; the other member's is refused; a retry is a duplicate.
        const QRectF cocaine = truthBox(set, QStringLiteral("parcel-cocaine"));
        QVERIFY(submit(*first, round, 0, QStringLiteral("team-first-0"), {markOn(cocaine, QStringLiteral("narcotics"))})
                    .ok());
        const grpc::Status twice = submit(*second, round, 0, QStringLiteral("team-second-0"), {});
        QCOMPARE(twice.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
        QVERIFY2(QString::fromStdString(twice.error_message()).contains(QStringLiteral("answered already")),
                 twice.error_message().c_str());
        QVERIFY(submit(*first, round, 0, QStringLiteral("team-first-0"), {markOn(cocaine, QStringLiteral("narcotics"))},
                       &reply)
                    .ok());
        QVERIFY(reply.duplicate());
        // A false alarm on the bag, then the clocks run out on the other three scans.
        QVERIFY(submit(*second, round, 1, QStringLiteral("team-second-1"),
                       {markOn(QRectF(10, 10, 40, 40), QStringLiteral("weapon"))})
                    .ok());
        QCOMPARE(update(*first).scan_index(), 2u);
        m_fixture.advance(3 * 30 + 1);
        QVERIFY2(waitForPhase(*officer, v1::PHASE_FINISHED), "the last round ends once everyone is finished");

        const v1::Leaderboard board = m_fixture.leaderboard(event);

        QCOMPARE(board.standings_size(), 2);
        QCOMPARE(QString::fromStdString(board.standings(0).name()), QStringLiteral("Officer A"));
        QCOMPARE(board.standings(0).rank(), 1u);
        QCOMPARE(board.standings(0).score().objects_hit(), 3u);
        QCOMPARE(board.standings(0).score().false_alarm_marks(), 0u);
        QCOMPARE(board.standings(0).score().hits(), 3u);
        QCOMPARE(board.standings(0).score().misses(), 1u);
        QCOMPARE(board.standings(0).score().correct_rejections(), 1u);
        QCOMPARE(QString::fromStdString(board.standings(1).name()), QStringLiteral("Team T"));
        QCOMPARE(board.standings(1).score().objects_hit(), 1u); // the duplicate counted once
        QCOMPARE(board.standings(1).score().false_alarm_marks(), 1u);
        QCOMPARE(board.standings(1).score().scans_timed_out(), 3u);
        // Under the team's row, each member's answers: M. One found the cocaine, M. Two marked nothing real.
        QCOMPARE(board.standings(0).members_size(), 0);
        QCOMPARE(board.standings(1).members_size(), 2);
        const v1::MemberScore &one = board.standings(1).members(0);
        const v1::MemberScore &two = board.standings(1).members(1);
        QCOMPARE(QString::fromStdString(one.name()), QStringLiteral("M. One"));
        QCOMPARE(one.score().objects_hit(), 1u);
        QCOMPARE(one.score().false_alarm_marks(), 0u);
        QCOMPARE(one.score().scans_answered(), 1u);
        QCOMPARE(QString::fromStdString(two.name()), QStringLiteral("M. Two"));
        QCOMPARE(two.score().objects_hit(), 0u);
        QCOMPARE(two.score().false_alarm_marks(), 1u);
        QCOMPARE(two.score().scans_answered(), 1u);
        QVERIFY(one.score().points() > two.score().points());

        // Own results after the round, with the truth the event reveals.
        v1::MyResults results;
        {
            auto context = officer->context();
            QVERIFY(officer->tournament().GetMyResults(context.get(), v1::GetMyResultsRequest(), &results).ok());
        }
        QCOMPARE(results.scans_size(), 5);
        QCOMPARE(results.scans(0).scan_verdict(), v1::VERDICT_HIT);
        QCOMPARE(results.scans(1).scan_verdict(), v1::VERDICT_HIT);
        QCOMPARE(results.scans(2).scan_verdict(), v1::VERDICT_MISS);
        QCOMPARE(results.scans(3).scan_verdict(), v1::VERDICT_HIT);
        QCOMPARE(results.scans(4).scan_verdict(), v1::VERDICT_CORRECT_REJECTION);
        QCOMPARE(results.scans(0).truth_size(), 1);
        QCOMPARE(results.scans(1).marks(0).polygon_size(), 3); // outlines are kept with the answer
        QCOMPARE(results.rank(), 1u);
        // The event is over: its final standings are told to every contestant, their own row marked.
        QCOMPARE(results.final_standings_size(), 2);
        QCOMPARE(QString::fromStdString(results.final_standings(0).name()), QStringLiteral("Officer A"));
        QCOMPARE(results.final_standings(0).rank(), 1u);
        QVERIFY(results.final_standings(0).yours());
        QCOMPARE(results.final_standings(0).points(), board.standings(0).score().points());
        QCOMPARE(QString::fromStdString(results.final_standings(1).name()), QStringLiteral("Team T"));
        QVERIFY(!results.final_standings(1).yours());
        QCOMPARE(results.final_standings(1).points(), board.standings(1).score().points());
        {
            v1::MyResults theirs;
            auto context = first->context();
            QVERIFY(first->tournament().GetMyResults(context.get(), v1::GetMyResultsRequest(), &theirs).ok());
            QCOMPARE(theirs.final_standings_size(), 2);
            QVERIFY(theirs.final_standings(1).yours() && !theirs.final_standings(0).yours());
        }

        // Nothing the officer received during the round named a threat or the other contestant.
        for (const char *secret : {"narcotics", "weapon", "cigarettes", "currency", "Team T", "M. One"})
            QVERIFY2(m_received.find(secret) == std::string::npos, secret);

        // The export has one row per scored scan.
        QByteArray exported;
        auto context = m_fixture.host().context();
        QVERIFY(server::downloadResultsCsv(m_fixture.host().admin(), context.get(), event, exported).ok());
        QCOMPARE(exported.count('\n'), 1 + 5 + 5);
    }

    void answersAtTheDeadlineCountLaterOnesAreRefused()
    {
        const QString event = newEvent(QStringLiteral("Clocks"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 10, 0, &round, 0, 0).ok());
        auto officer = m_fixture.connect(contestantToken(event, QStringLiteral("Clock watcher")));
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(10.0);
        QVERIFY2(submit(*officer, round, 0, QStringLiteral("at-the-deadline"), {}).ok(),
                 "an answer at the deadline is in time");
        m_fixture.advance(10.001);
        const grpc::Status late = submit(*officer, round, 1, QStringLiteral("just-too-late"), {});
        // Its own status: DEADLINE_EXCEEDED is what a client sees when its own deadline expires.
        QCOMPARE(late.error_code(), grpc::StatusCode::OUT_OF_RANGE);
        QVERIFY2(QString::fromStdString(late.error_message()).contains(QStringLiteral("clock ran out at 20 s")),
                 late.error_message().c_str());
        // The late answer changed nothing: scan 1 timed out, scan 2 is open.
        const v1::EventUpdate now = update(*officer);
        QCOMPARE(now.scan_index(), 2u);
        QCOMPARE(now.answered(), 1u);

        // A pause freezes the scan's clock.
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_PAUSE).ok());
        const double before = update(*officer).scan_seconds_left();
        m_fixture.advance(100);
        QCOMPARE(update(*officer).phase(), v1::PHASE_PAUSED);
        QCOMPARE(submit(*officer, round, 2, QStringLiteral("while-paused"), {}).error_code(),
                 grpc::StatusCode::FAILED_PRECONDITION);
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_RESUME).ok());
        QVERIFY(std::abs(update(*officer).scan_seconds_left() - before) < 1e-3);
        QVERIFY(submit(*officer, round, 2, QStringLiteral("after-resume"), {}).ok());
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_END_EVENT).ok());
        QCOMPARE(submit(*officer, round, 3, QStringLiteral("after-the-end"), {}).error_code(),
                 grpc::StatusCode::OUT_OF_RANGE);
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        const QString event = newEvent(QStringLiteral("Bad requests"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 60, 0, &round, 0, 0).ok());
        auto officer = m_fixture.connect(contestantToken(event, QStringLiteral("Fuzzer")));
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(1);

        struct Case {
            const char *what;
            std::function<grpc::Status()> call;
            grpc::StatusCode expected;
        };
        const double nan = std::nan("");
        const QString hugeId(10000, QLatin1Char('a'));
        QList<v1::Mark> tooMany;
        for (int i = 0; i < 65; ++i)
            tooMany.append(markOn(QRectF(1, 1, 5, 5), QStringLiteral("narcotics")));
        const QList<Case> cases = {
            {"NaN coordinates",
             [&] {
                 return submit(*officer, round, 0, QStringLiteral("nan-mark-01"),
                               {markOn(QRectF(nan, 1, 5, 5), QStringLiteral("narcotics"))});
             },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"box outside the view",
             [&] {
                 return submit(*officer, round, 0, QStringLiteral("outside-01"),
                               {markOn(QRectF(490, 350, 50, 50), QStringLiteral("narcotics"))});
             },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"negative size",
             [&] {
                 return submit(*officer, round, 0, QStringLiteral("negative-01"),
                               {markOn(QRectF(10, 10, -5, 5), QStringLiteral("narcotics"))});
             },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"a view that does not exist",
             [&] {
                 return submit(*officer, round, 0, QStringLiteral("view-seven"),
                               {markOn(QRectF(10, 10, 5, 5), QStringLiteral("narcotics"), 7)});
             },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"unknown category",
             [&] {
                 return submit(*officer, round, 0, QStringLiteral("category-01"),
                               {markOn(QRectF(10, 10, 5, 5), QStringLiteral("unicorns"))});
             },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"65 marks", [&] { return submit(*officer, round, 0, QStringLiteral("too-many-01"), tooMany); },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"short answer id", [&] { return submit(*officer, round, 0, QStringLiteral("x"), {}); },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"huge answer id", [&] { return submit(*officer, round, 0, hugeId, {}); },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"unknown round",
             [&] { return submit(*officer, QStringLiteral("round-nope"), 0, QStringLiteral("unknown-round"), {}); },
             grpc::StatusCode::NOT_FOUND},
            {"scan index far away", [&] { return submit(*officer, round, 4000000, QStringLiteral("far-away-01"), {}); },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"wrong token",
             [&] {
                 auto stranger = m_fixture.connect(QStringLiteral("pen_not-a-token"));
                 return submit(*stranger, round, 0, QStringLiteral("stranger-01"), {});
             },
             grpc::StatusCode::UNAUTHENTICATED},
            {"no token",
             [&] {
                 auto stranger = m_fixture.connect({});
                 return submit(*stranger, round, 0, QStringLiteral("nobody-001"), {});
             },
             grpc::StatusCode::UNAUTHENTICATED},
            {"huge event title",
             [&] {
                 QString id;
                 return m_fixture.createEvent(hugeId, &id);
             },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"team of three",
             [&] {
                 QString id;
                 return m_fixture.addContestant(event, QStringLiteral("Trio"),
                                                {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, &id);
             },
             grpc::StatusCode::INVALID_ARGUMENT},
            {"unknown event",
             [&] {
                 QString id;
                 return m_fixture.addContestant(QStringLiteral("event-nope"), QStringLiteral("X"), {}, &id);
             },
             grpc::StatusCode::NOT_FOUND},
            {"round after the start",
             [&] {
                 QString id;
                 return m_fixture.addRound(event, QStringLiteral("find-the-threat"), 10, 0, &id);
             },
             grpc::StatusCode::FAILED_PRECONDITION},
        };
        for (const Case &c : cases) {
            const grpc::Status status = c.call();
            QVERIFY2(status.error_code() == c.expected,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.what),
                                                             server::ServerConnection::describe(status))));
            QVERIFY2(!status.error_message().empty(), c.what);
        }
        const v1::EventUpdate after = update(*officer);
        QCOMPARE(after.answered(), 0u);
        QCOMPARE(after.scan_index(), 0u);
        QVERIFY(submit(*officer, round, 0, QStringLiteral("finally-good"),
                       {markOn(QRectF(1, 1, 5, 5), QStringLiteral("narcotics"))})
                    .ok());

        // An upload that tries to leave the staging folder.
        auto context = m_fixture.host().context();
        v1::ImageSetSummary summary;
        auto writer = m_fixture.host().admin().UploadImageSet(context.get(), &summary);
        v1::ImageSetUpload header;
        header.mutable_header()->set_name("evil");
        header.mutable_header()->set_total_bytes(100);
        writer->Write(header);
        v1::ImageSetUpload part;
        part.mutable_file()->set_path("../../escaped.txt");
        part.mutable_file()->set_data("boo");
        writer->Write(part);
        writer->WritesDone();
        const grpc::Status upload = writer->Finish();
        QCOMPARE(upload.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY(!QFile::exists(QDir(m_fixture.dataFolder()).filePath(QStringLiteral("escaped.txt"))));
        QVERIFY(!QFile::exists(QDir(m_fixture.dataFolder()).filePath(QStringLiteral("../escaped.txt"))));
        QVERIFY(QDir(m_fixture.dataFolder() + QStringLiteral("/staging"))
                    .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                    .isEmpty());
    }

    // Every RPC, called with every kind of token: those that must not call it are refused.
    void everyRpcRefusedForEveryRoleThatMustNotCallIt()
    {
        const QString event = newEvent(QStringLiteral("Roles"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 60, 0, &round, 0, 0).ok());
        QString contestantId;
        const QString contestant = contestantToken(event, QStringLiteral("Role player"), {}, &contestantId);
        QString trainer, vendor, revoked, revokedId, spareId, spare;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &trainer).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_VENDOR, {}, {}, &vendor).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, event, contestantId, &revoked, &revokedId).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_CONTESTANT, event, contestantId, &spare, &spareId).ok());
        {
            v1::RevokeTokenRequest request;
            request.set_token_id(revokedId.toStdString());
            v1::RevokeTokenReply reply;
            auto context = m_fixture.host().context();
            QVERIFY(m_fixture.host().admin().RevokeToken(context.get(), request, &reply).ok());
        }
        const std::string e = event.toStdString(), r = round.toStdString();
        using Call = std::function<grpc::Status(server::ServerConnection &)>;
        struct Rpc {
            const char *name;
            QStringList allowed; // roles that pass the permission check
            Call call;
        };
        const auto read = [](auto reader, auto message) {
            while (reader->Read(&message)) {}
            return reader->Finish();
        };
        QList<Rpc> rpcs;
        rpcs.append({"Join", {QStringLiteral("contestant")}, [](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::JoinReply m;
                         return c.tournament().Join(x.get(), {}, &m);
                     }});
        rpcs.append({"WatchEvent", {QStringLiteral("contestant")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         auto reader = c.tournament().WatchEvent(x.get(), {});
                         v1::EventUpdate m;
                         if (reader->Read(&m)) {
                             x->TryCancel();
                             reader->Finish();
                             return grpc::Status::OK;
                         }
                         return reader->Finish();
                     }});
        rpcs.append({"GetScan", {QStringLiteral("contestant")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::GetScanRequest q;
                         q.set_round_id(r);
                         v1::ScanInfo m;
                         return c.tournament().GetScan(x.get(), q, &m);
                     }});
        rpcs.append({"FetchScanView", {QStringLiteral("contestant")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::FetchScanViewRequest q;
                         q.set_round_id(r);
                         return read(c.tournament().FetchScanView(x.get(), q), v1::Chunk());
                     }});
        rpcs.append({"SubmitAnswer", {QStringLiteral("contestant")}, [&](server::ServerConnection &c) {
                         return submit(c, round, 99, QStringLiteral("role-check-1"), {});
                     }});
        rpcs.append({"GetMyResults", {QStringLiteral("contestant")}, [](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::MyResults m;
                         return c.tournament().GetMyResults(x.get(), {}, &m);
                     }});
        rpcs.append({"CreateEvent", {QStringLiteral("host")}, [](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::CreateEventRequest q;
                         q.set_title("role check");
                         v1::EventSummary m;
                         return c.admin().CreateEvent(x.get(), q, &m);
                     }});
        rpcs.append(
            {"ListEvents", {QStringLiteral("host"), QStringLiteral("trainer")}, [](server::ServerConnection &c) {
                 auto x = c.context(10);
                 v1::ListEventsReply m;
                 return c.admin().ListEvents(x.get(), {}, &m);
             }});
        rpcs.append({"GetEvent", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::GetEventRequest q;
                         q.set_event_id(e);
                         v1::EventDetails m;
                         return c.admin().GetEvent(x.get(), q, &m);
                     }});
        rpcs.append(
            {"UploadImageSet", {QStringLiteral("host"), QStringLiteral("trainer")}, [](server::ServerConnection &c) {
                 auto x = c.context(10);
                 v1::ImageSetSummary m;
                 auto w = c.admin().UploadImageSet(x.get(), &m);
                 w->WritesDone();
                 return w->Finish();
             }});
        rpcs.append({"ShareImageSet", {QStringLiteral("host")}, [](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::ShareImageSetRequest q;
                         q.set_image_set_id("set-nope");
                         v1::ImageSetSummary m;
                         return c.admin().ShareImageSet(x.get(), q, &m);
                     }});
        rpcs.append(
            {"ListImageSets", {QStringLiteral("host"), QStringLiteral("trainer")}, [](server::ServerConnection &c) {
                 auto x = c.context(10);
                 v1::ListImageSetsReply m;
                 return c.admin().ListImageSets(x.get(), {}, &m);
             }});
        // An unknown preset: the roles allowed are refused for the request, not for who they are.
        rpcs.append(
            {"GenerateImageSet", {QStringLiteral("host"), QStringLiteral("trainer")}, [&](server::ServerConnection &c) {
                 auto x = c.context(10);
                 v1::GenerateImageSetRequest q;
                 q.set_name("role-check");
                 q.set_preset("no-such-preset");
                 return read(c.admin().GenerateImageSet(x.get(), q), v1::GenerateImageSetProgress());
             }});
        rpcs.append(
            {"GetTraineeReport", {QStringLiteral("host"), QStringLiteral("trainer")}, [](server::ServerConnection &c) {
                 auto x = c.context(10);
                 v1::TraineeReportRequest q;
                 q.set_trainee_name("Nobody at all");
                 v1::TraineeReport m;
                 return c.admin().GetTraineeReport(x.get(), q, &m);
             }});
        rpcs.append({"AddRound", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::AddRoundRequest q;
                         q.set_event_id(e);
                         q.set_title("x");
                         v1::RoundInfo m;
                         return c.admin().AddRound(x.get(), q, &m);
                     }});
        rpcs.append({"AddContestant", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::AddContestantRequest q;
                         q.set_event_id(e);
                         v1::ContestantSummary m;
                         return c.admin().AddContestant(x.get(), q, &m);
                     }});
        rpcs.append({"IssueToken", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::IssueTokenRequest q;
                         q.set_role(v1::ROLE_HOST);
                         v1::IssueTokenReply m;
                         return c.admin().IssueToken(x.get(), q, &m);
                     }});
        rpcs.append(
            {"RevokeToken", {QStringLiteral("host"), QStringLiteral("trainer")}, [&](server::ServerConnection &c) {
                 auto x = c.context(10);
                 v1::RevokeTokenRequest q;
                 q.set_token_id("tok-nope");
                 v1::RevokeTokenReply m;
                 return c.admin().RevokeToken(x.get(), q, &m);
             }});
        rpcs.append({"ListTokens", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::ListTokensRequest q;
                         q.set_event_id(e);
                         v1::ListTokensReply m;
                         return c.admin().ListTokens(x.get(), q, &m);
                     }});
        rpcs.append({"ControlEvent", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::ControlEventRequest q;
                         q.set_event_id(e);
                         q.set_action(v1::ControlEventRequest::ACTION_PAUSE);
                         v1::EventStatus m;
                         return c.admin().ControlEvent(x.get(), q, &m);
                     }});
        rpcs.append({"WatchLeaderboard", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::WatchLeaderboardRequest q;
                         q.set_event_id(e);
                         auto reader = c.admin().WatchLeaderboard(x.get(), q);
                         v1::Leaderboard m;
                         if (reader->Read(&m)) {
                             x->TryCancel();
                             reader->Finish();
                             return grpc::Status::OK;
                         }
                         return reader->Finish();
                     }});
        rpcs.append({"ExportResults", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         QByteArray csv;
                         return server::downloadResultsCsv(c.admin(), x.get(), QString::fromStdString(e), csv);
                     }});
        rpcs.append({"GetAuditLog", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::GetAuditLogReply m;
                         return c.admin().GetAuditLog(x.get(), {}, &m);
                     }});

        // Machines: hosts; vendors list and run their own plugins (an unknown one here is refused
        // for the request, not for who they are).
        rpcs.append({"RegisterPlugin", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::RegisterPluginRequest q;
                         q.set_event_id(e);
                         q.set_label("role check");
                         v1::PluginSummary m;
                         return c.machines().RegisterPlugin(x.get(), q, &m);
                     }});
        rpcs.append(
            {"ListPlugins", {QStringLiteral("host"), QStringLiteral("vendor")}, [&](server::ServerConnection &c) {
                 auto x = c.context(10);
                 v1::ListPluginsRequest q;
                 q.set_event_id(e);
                 v1::ListPluginsReply m;
                 return c.machines().ListPlugins(x.get(), q, &m);
             }});
        rpcs.append({"ConfigureEvaluation", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::ConfigureEvaluationRequest q;
                         q.set_event_id(e);
                         v1::EvaluationSettings m;
                         return c.machines().ConfigureEvaluation(x.get(), q, &m);
                     }});
        rpcs.append({"GetEvaluation", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::GetEvaluationRequest q;
                         q.set_event_id(e);
                         v1::EvaluationSettings m;
                         return c.machines().GetEvaluation(x.get(), q, &m);
                     }});
        rpcs.append({"RunPlugin", {QStringLiteral("host"), QStringLiteral("vendor")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::RunPluginRequest q;
                         q.set_event_id(e);
                         q.set_plugin_id("plugin-nope");
                         q.set_phase(v1::EVALUATION_PHASE_DEVELOPMENT);
                         return read(c.machines().RunPlugin(x.get(), q), v1::RunPluginProgress());
                     }});
        rpcs.append({"GetMachineLeaderboard", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::MachineLeaderboardRequest q;
                         q.set_event_id(e);
                         q.set_phase(v1::EVALUATION_PHASE_DEVELOPMENT);
                         v1::MachineLeaderboard m;
                         return c.machines().GetMachineLeaderboard(x.get(), q, &m);
                     }});
        rpcs.append({"ExportThreatReports", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(30);
                         return server::downloadThreatReports(c.machines(), x.get(), QString::fromStdString(e),
                                                              [](const v1::ThreatReportFile &) { return true; });
                     }});
        rpcs.append({"GetHumanMachineLeaderboard", {QStringLiteral("host")}, [&](server::ServerConnection &c) {
                         auto x = c.context(10);
                         v1::HumanMachineLeaderboardRequest q;
                         q.set_event_id(e);
                         q.set_round_id(r);
                         v1::HumanMachineLeaderboard m;
                         return c.machines().GetHumanMachineLeaderboard(x.get(), q, &m);
                     }});

        const QList<QPair<QString, QString>> callers
            = {{QStringLiteral("host"), m_fixture.hostToken()},
               {QStringLiteral("trainer"), trainer},
               {QStringLiteral("contestant"), contestant},
               {QStringLiteral("vendor"), vendor},
               {QStringLiteral("revoked"), revoked},
               {QStringLiteral("forged"), QStringLiteral("pen_forged-token-value")},
               {QStringLiteral("none"), QString()}};
        int refusals = 0;
        for (const Rpc &rpc : rpcs) {
            for (const auto &[role, token] : callers) {
                auto connection = m_fixture.connect(token);
                const grpc::Status status = rpc.call(*connection);
                const bool denied = status.error_code() == grpc::StatusCode::PERMISSION_DENIED
                    || status.error_code() == grpc::StatusCode::UNAUTHENTICATED;
                const QString where
                    = QStringLiteral("%1 as %2: %3")
                          .arg(QLatin1String(rpc.name), role, server::ServerConnection::describe(status));
                if (rpc.allowed.contains(role)) {
                    QVERIFY2(!denied, qPrintable(where));
                } else {
                    QVERIFY2(denied, qPrintable(where));
                    const bool unknownCaller = role == QLatin1String("revoked") || role == QLatin1String("forged")
                        || role == QLatin1String("none");
                    QVERIFY2((status.error_code() == grpc::StatusCode::UNAUTHENTICATED) == unknownCaller,
                             qPrintable(where));
                    ++refusals;
                }
            }
        }
        QVERIFY(refusals > 80);
        // The spare token of the same contestant still works: revoking one token revokes only it.
        auto stillValid = m_fixture.connect(spare);
        QCOMPARE(firstUpdate(*stillValid).phase(), v1::PHASE_WAITING);
    }

    // Streams deliver changes without the client asking again: the contestant's event state and
    // the host's leaderboard.
    void streamsFollowTheEvent()
    {
        const QString event = newEvent(QStringLiteral("Live"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 60, 0, &round, 3, 0).ok());
        auto officer = m_fixture.connect(contestantToken(event, QStringLiteral("Live one")));

        auto watchContext = officer->context(30);
        auto updates = officer->tournament().WatchEvent(watchContext.get(), v1::WatchEventRequest());
        v1::EventUpdate update;
        QVERIFY(updates->Read(&update));
        QCOMPARE(update.phase(), v1::PHASE_WAITING);

        v1::WatchLeaderboardRequest boardRequest;
        boardRequest.set_event_id(event.toStdString());
        auto boardContext = m_fixture.host().context(30);
        auto boards = m_fixture.host().admin().WatchLeaderboard(boardContext.get(), boardRequest);
        v1::Leaderboard board;
        QVERIFY(boards->Read(&board));
        QCOMPARE(board.standings(0).score().points(), 0.0);

        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        do {
            QVERIFY(updates->Read(&update));
        } while (update.phase() == v1::PHASE_WAITING);
        QCOMPARE(update.phase(), v1::PHASE_COUNTDOWN);
        QVERIFY(std::abs(update.phase_seconds_left() - 3.0) < 1e-3);
        m_fixture.advance(3.5);
        do {
            QVERIFY(updates->Read(&update)); // the heartbeat notices the countdown's end
        } while (update.phase() == v1::PHASE_COUNTDOWN);
        QCOMPARE(update.phase(), v1::PHASE_RUNNING);

        const QRectF cocaine = truthBox(m_fixture.starter(), QStringLiteral("parcel-cocaine"));
        QVERIFY(
            submit(*officer, round, 0, QStringLiteral("live-answer-1"), {markOn(cocaine, QStringLiteral("narcotics"))})
                .ok());
        do {
            QVERIFY(boards->Read(&board));
        } while (board.standings(0).score().objects_hit() == 0);
        QVERIFY(board.standings(0).score().points() > 10);
        do {
            QVERIFY(updates->Read(&update));
        } while (update.scan_index() == 0);
        QCOMPARE(update.answered(), 1u);

        watchContext->TryCancel();
        boardContext->TryCancel();
        updates->Finish();
        boards->Finish();
    }

    // An answer reaches the answering contestant's stream and the event's boards, not the other
    // contestants' streams (their clocks come with the heartbeat's tick, which this server never
    // gives: it ticks once an hour). Open streams check their token by id, without hashing its
    // secret again, and a revoked token still ends its stream.
    void answersReachOnlyTheStreamsTheyConcern()
    {
        ServerFixture fixture(std::chrono::hours(1));
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        server::TournamentServer &server = fixture.server();
        QString event, round;
        QVERIFY(fixture.createEvent(QStringLiteral("Fan-out"), &event).ok());
        QVERIFY(fixture.addRound(event, QStringLiteral("find-the-threat"), 60, 0, &round, 0, 0).ok());
        QString aId, bId, aToken, bToken, bTokenId;
        QVERIFY(fixture.addContestant(event, QStringLiteral("Answering"), {}, &aId).ok());
        QVERIFY(fixture.addContestant(event, QStringLiteral("Waiting"), {}, &bId).ok());
        QVERIFY(fixture.issueToken(v1::ROLE_CONTESTANT, event, aId, &aToken).ok());
        QVERIFY(fixture.issueToken(v1::ROLE_CONTESTANT, event, bId, &bToken, &bTokenId).ok());
        auto a = fixture.connect(aToken);
        auto b = fixture.connect(bToken);

        auto aContext = a->context(60);
        auto aUpdates = a->tournament().WatchEvent(aContext.get(), v1::WatchEventRequest());
        auto bContext = b->context(60);
        auto bUpdates = b->tournament().WatchEvent(bContext.get(), v1::WatchEventRequest());
        v1::WatchLeaderboardRequest boardRequest;
        boardRequest.set_event_id(event.toStdString());
        auto boardContext = fixture.host().context(60);
        auto boards = fixture.host().admin().WatchLeaderboard(boardContext.get(), boardRequest);
        v1::EventUpdate aUpdate, bUpdate;
        v1::Leaderboard board;
        QVERIFY(aUpdates->Read(&aUpdate));
        QVERIFY(bUpdates->Read(&bUpdate));
        QVERIFY(boards->Read(&board));

        // Starting concerns everybody: every stream hears of it (the countdown of 0 s is over once
        // the clock moves on; a contestant added later, a change for all, tells the streams).
        QVERIFY(fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        fixture.advance(0.5);
        QString lateId;
        QVERIFY(fixture.addContestant(event, QStringLiteral("Late"), {}, &lateId).ok());
        do {
            QVERIFY(aUpdates->Read(&aUpdate));
        } while (aUpdate.phase() != v1::PHASE_RUNNING);
        do {
            QVERIFY(bUpdates->Read(&bUpdate));
        } while (bUpdate.phase() != v1::PHASE_RUNNING);
        // Two more heartbeats: whatever changed before has been offered.
        const auto settle = [&] {
            const quint64 seen = server.heartbeats();
            QVERIFY(QTest::qWaitFor([&] { return server.heartbeats() >= seen + 2; }, 30000));
        };
        settle();

        const quint64 aOffers = server.streamOffers(event, aId);
        const quint64 bOffers = server.streamOffers(event, bId);
        const quint64 boardOffers = server.streamOffers(event);
        const quint64 hashed = server.state().secretsHashed();
        const QRectF cocaine = truthBox(fixture.starter(), QStringLiteral("parcel-cocaine"));
        const int answers = 3;
        for (int i = 0; i < answers; ++i) {
            QVERIFY(submit(*a, round, i, QStringLiteral("fan-out-%1").arg(i),
                           {markOn(cocaine, QStringLiteral("narcotics"))})
                        .ok());
            do {
                QVERIFY(aUpdates->Read(&aUpdate));
            } while (aUpdate.answered() < uint32_t(i + 1));
        }
        do {
            QVERIFY(boards->Read(&board));
        } while (board.standings_size() < 1 || board.standings(0).score().objects_hit() == 0);
        settle();
        QVERIFY2(server.streamOffers(event, aId) >= aOffers + answers,
                 qPrintable(QString::number(server.streamOffers(event, aId) - aOffers)));
        QVERIFY(server.streamOffers(event) >= boardOffers + answers);
        QCOMPARE(server.streamOffers(event, bId), bOffers); // nothing new for B: not even asked
        // Only the answers' own calls hashed a secret; the streams' updates looked their token up.
        QCOMPARE(server.state().secretsHashed(), hashed + answers);

        // A change for everybody still reaches B.
        QVERIFY(fixture.control(event, v1::ControlEventRequest::ACTION_PAUSE).ok());
        do {
            QVERIFY(bUpdates->Read(&bUpdate));
        } while (bUpdate.phase() != v1::PHASE_PAUSED);
        QCOMPARE(bUpdate.answered(), 0u);

        // Revoking B's token ends B's open stream at once, with the refusal of a revoked token.
        {
            v1::RevokeTokenRequest request;
            request.set_token_id(bTokenId.toStdString());
            v1::RevokeTokenReply reply;
            auto context = fixture.host().context();
            QVERIFY(fixture.host().admin().RevokeToken(context.get(), request, &reply).ok());
        }
        while (bUpdates->Read(&bUpdate)) {}
        const grpc::Status ended = bUpdates->Finish();
        QCOMPARE(ended.error_code(), grpc::StatusCode::UNAUTHENTICATED);
        QVERIFY2(QString::fromStdString(ended.error_message()).contains(QStringLiteral("was revoked")),
                 ended.error_message().c_str());
        // A's stream goes on.
        QVERIFY(fixture.control(event, v1::ControlEventRequest::ACTION_RESUME).ok());
        do {
            QVERIFY(aUpdates->Read(&aUpdate));
        } while (aUpdate.phase() != v1::PHASE_RUNNING);

        aContext->TryCancel();
        boardContext->TryCancel();
        while (aUpdates->Read(&aUpdate)) {}
        while (boards->Read(&board)) {}
        aUpdates->Finish();
        boards->Finish();
    }

    // A round whose clocks start at join: a late joiner gets each scan's full time from their
    // join; one who never joins holds the round only until the join window closes, then sits it
    // out; the others see when the round ends for all.
    void clocksStartWhenEachContestantJoins()
    {
        const QString event = newEvent(QStringLiteral("Clocks at join"));
        RoundSettings settings = RoundSettings::defaultsFor(RoundType::FindTheThreat);
        settings.secondsPerScan = 30;
        settings.clockStart = RoundSettings::ClockStart::AtJoin;
        settings.joinWindowSeconds = 60;
        QString round;
        QVERIFY(m_fixture.addRound(event, settings, &round, 5, 0).ok());
        auto early = m_fixture.connect(contestantToken(event, QStringLiteral("Early")));
        auto late = m_fixture.connect(contestantToken(event, QStringLiteral("Late")));
        auto absent = m_fixture.connect(contestantToken(event, QStringLiteral("Absent")));
        const auto openScan = [&](server::ServerConnection &connection, int index) {
            v1::GetScanRequest request;
            request.set_round_id(round.toStdString());
            request.set_scan_index(uint32_t(index));
            v1::ScanInfo scan;
            auto context = connection.context();
            return connection.tournament().GetScan(context.get(), request, &scan);
        };
        {
            v1::JoinReply joined;
            auto context = early->context();
            QVERIFY(early->tournament().Join(context.get(), v1::JoinRequest(), &joined).ok());
            QVERIFY(joined.rounds(0).clock_starts_at_join());
            QCOMPARE(joined.rounds(0).join_window_seconds(), 60);
        }

        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(5.5); // 0.5 s of play
        QVERIFY2(waitForPhase(*early, v1::PHASE_RUNNING), "the countdown ends");
        QVERIFY(openScan(*early, 0).ok());
        v1::EventUpdate now = update(*early);
        QVERIFY2(std::abs(now.scan_seconds_left() - 30) < 0.01, qPrintable(QString::number(now.scan_seconds_left())));
        // Not joined yet: no clock runs for them; the round ends at the latest when one joining at
        // the window's last moment has run out of time on every scan (60 + 5 × 30 s of play).
        now = update(*late);
        QCOMPARE(now.scan_seconds_left(), -1.0);
        QVERIFY2(std::abs(now.round_ends_seconds_left() - (210 - 0.5)) < 0.01,
                 qPrintable(QString::number(now.round_ends_seconds_left())));

        m_fixture.advance(40); // 40.5 s of play: the late contestant joins with each scan's full time
        QVERIFY(openScan(*late, 0).ok());
        now = update(*late);
        QCOMPARE(now.scan_index(), 0u);
        QVERIFY2(std::abs(now.scan_seconds_left() - 30) < 0.01, qPrintable(QString::number(now.scan_seconds_left())));
        QCOMPARE(update(*early).scan_index(), 1u); // the early one's first scan timed out at 30.5 s
        m_fixture.advance(5);
        v1::SubmitAnswerReply reply;
        QVERIFY(submit(*late, round, 0, QStringLiteral("late-answer-0"), {}, &reply).ok());
        QVERIFY2(std::abs(reply.response_seconds() - 5) < 1e-3, qPrintable(QString::number(reply.response_seconds())));

        m_fixture.advance(20); // 65.5 s of play: the window has closed
        const grpc::Status tooLate = openScan(*absent, 0);
        QCOMPARE(tooLate.error_code(), grpc::StatusCode::OUT_OF_RANGE);
        QVERIFY2(QString::fromStdString(tooLate.error_message()).contains(QStringLiteral("first 60 s only")),
                 tooLate.error_message().c_str());
        now = update(*absent);
        QCOMPARE(now.phase(), v1::PHASE_RUNNING);
        QVERIFY(now.scan_id().empty()); // they sit the round out

        // The round ends once the two who joined have run out of time: the late one at 45.5 + 4 × 30 s.
        m_fixture.advance(165.5 - 65.5 - 1);
        QCOMPARE(update(*early).phase(), v1::PHASE_RUNNING);
        m_fixture.advance(2);
        QVERIFY2(waitForPhase(*early, v1::PHASE_FINISHED), "the round ends when the late joiner's clocks have run out");
        const v1::Leaderboard board = m_fixture.leaderboard(event);
        for (const v1::Standing &standing : board.standings()) {
            const QString name = QString::fromStdString(standing.name());
            if (name == QLatin1String("Absent")) {
                QCOMPARE(standing.score().scans_answered() + standing.score().scans_timed_out(), 0u);
            } else if (name == QLatin1String("Late")) {
                QCOMPARE(standing.score().scans_answered(), 5u); // every scan shown and over, 4 of them timed out
                QCOMPARE(standing.score().scans_timed_out(), 4u);
            } else {
                QCOMPARE(standing.score().scans_timed_out(), 5u);
            }
        }
    }

    // The host's consoles follow the server's event stream: a new event, a contestant added, a
    // round begun by the clock alone each send the list again; nothing changed, nothing sent.
    void hostsFollowTheEventsStream()
    {
        auto context = m_fixture.host().context(0);
        auto reader = m_fixture.host().admin().WatchEvents(context.get(), v1::WatchEventsRequest());
        v1::EventsChanged changed;
        QVERIFY(reader->Read(&changed));
        const int before = changed.events_size();
        const quint64 version = changed.version();
        const QString event = newEvent(QStringLiteral("Followed"));
        QVERIFY(reader->Read(&changed));
        QCOMPARE(changed.events_size(), before + 1);
        QVERIFY(changed.version() > version);
        QCOMPARE(QString::fromStdString(changed.events(changed.events_size() - 1).event_id()), event);
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 30, 0, &round, 3, 0).ok());
        QVERIFY(reader->Read(&changed));
        QCOMPARE(changed.events(changed.events_size() - 1).round_count(), 1u);
        contestantToken(event, QStringLiteral("Followed officer"));
        do {
            QVERIFY(reader->Read(&changed));
        } while (changed.events(changed.events_size() - 1).contestant_count() == 0);
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        do {
            QVERIFY(reader->Read(&changed));
        } while (changed.events(changed.events_size() - 1).phase() != v1::PHASE_COUNTDOWN);
        // The countdown ends by the clock alone: the list comes again with the round running.
        m_fixture.advance(3.5);
        do {
            QVERIFY(reader->Read(&changed));
        } while (changed.events(changed.events_size() - 1).phase() != v1::PHASE_RUNNING);
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_END_EVENT).ok());
        context->TryCancel();
        reader->Finish();
    }

    // The host sees each contestant's progress through the round and whether their client is
    // there: connected while an event stream is open, away since it closed, or never seen.
    void hostSeesEachContestantsProgressAndConnection()
    {
        const QString event = newEvent(QStringLiteral("Progress"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 60, 0, &round, 3, 0).ok());
        QString presentId, absentId;
        auto officer = m_fixture.connect(contestantToken(event, QStringLiteral("Present"), {}, &presentId));
        contestantToken(event, QStringLiteral("Absent"), {}, &absentId);
        const auto details = [&] {
            v1::GetEventRequest request;
            request.set_event_id(event.toStdString());
            v1::EventDetails reply;
            auto context = m_fixture.host().context(10);
            const grpc::Status status = m_fixture.host().admin().GetEvent(context.get(), request, &reply);
            [&] { QVERIFY2(status.ok(), codeOf(status)); }();
            return reply;
        };
        const auto progressOf = [](const v1::EventDetails &reply, const QString &id) {
            for (const v1::ContestantProgress &p : reply.progress())
                if (QString::fromStdString(p.contestant_id()) == id)
                    return p;
            return v1::ContestantProgress();
        };

        v1::EventDetails before = details();
        QCOMPARE(before.progress_size(), before.contestants_size());
        QVERIFY(!progressOf(before, presentId).connected());
        QCOMPARE(progressOf(before, absentId).last_seen_ms(), 0);
        QCOMPARE(progressOf(before, absentId).scan_count(), 0u); // no round runs yet

        auto watchContext = officer->context(60);
        auto updates = officer->tournament().WatchEvent(watchContext.get(), v1::WatchEventRequest());
        v1::EventUpdate update;
        QVERIFY(updates->Read(&update));
        QVERIFY(progressOf(details(), presentId).connected());
        QVERIFY(!progressOf(details(), absentId).connected());

        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(3.5);
        QVERIFY(QTest::qWaitFor([&] { return details().status().phase() == v1::PHASE_RUNNING; }, 30000));
        const QRectF cocaine = truthBox(m_fixture.starter(), QStringLiteral("parcel-cocaine"));
        QVERIFY(submit(*officer, round, 0, QStringLiteral("progress-answer-1"),
                       {markOn(cocaine, QStringLiteral("narcotics"))})
                    .ok());
        const v1::EventDetails during = details();
        const uint32_t scans = during.rounds(0).scan_count();
        QVERIFY(scans > 1);
        QCOMPARE(progressOf(during, presentId).scans_done(), 1u);
        QCOMPARE(progressOf(during, presentId).scan_count(), scans);
        QVERIFY(!progressOf(during, presentId).finished());
        QCOMPARE(progressOf(during, absentId).scans_done(), 0u); // the absent contestant's first scan is still open
        QCOMPARE(progressOf(during, absentId).scan_count(), scans);

        // Done early, the officer is told when the round ends for everybody at the latest: when the
        // absent contestant's scan clocks (60 s each) run out, 0.5 s of the round having passed.
        for (uint32_t i = 1; i < scans; ++i)
            QVERIFY(submit(*officer, round, int(i), QStringLiteral("progress-answer-%1").arg(i + 1), {}).ok());
        do {
            QVERIFY(updates->Read(&update));
        } while (update.scan_index() < scans);
        QVERIFY2(std::abs(update.round_ends_seconds_left() - (scans * 60.0 - 0.5)) < 1.0,
                 qPrintable(QString::number(update.round_ends_seconds_left())));
        QVERIFY(progressOf(details(), presentId).finished());

        // The stream closes: away, seen last at the server's time of closing.
        const qint64 closedAfter = m_fixture.nowMs();
        watchContext->TryCancel();
        while (updates->Read(&update)) {}
        updates->Finish();
        QVERIFY(QTest::qWaitFor([&] { return !progressOf(details(), presentId).connected(); }, 30000));
        QVERIFY(progressOf(details(), presentId).last_seen_ms() >= closedAfter);
        QCOMPARE(progressOf(details(), absentId).last_seen_ms(), 0);
    }

    // A trainer's practice session: feedback after each scan while the round goes on, and a report
    // per category for the trainer; other trainers see nothing of it.
    void trainersRunPracticeSessionsAndReadReports()
    {
        QString trainerToken, trainerId, otherTrainer;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &trainerToken, &trainerId).ok());
        QVERIFY(m_fixture.shareImageSet(m_fixture.starterId(), trainerId).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &otherTrainer).ok());
        auto trainer = m_fixture.connect(trainerToken);
        auto other = m_fixture.connect(otherTrainer);

        v1::CreateEventRequest create;
        create.set_title("Monday practice");
        create.set_practice(false);
        v1::EventSummary session;
        {
            auto context = trainer->context();
            QCOMPARE(trainer->admin().CreateEvent(context.get(), create, &session).error_code(),
                     grpc::StatusCode::PERMISSION_DENIED);
        }
        create.set_practice(true);
        create.set_reveal_truth_after_round(true);
        {
            auto context = trainer->context();
            QVERIFY(trainer->admin().CreateEvent(context.get(), create, &session).ok());
        }
        const std::string sessionId = session.event_id();
        v1::AddRoundRequest addRound;
        addRound.set_event_id(sessionId);
        addRound.set_title("Parcels");
        addRound.set_image_set_id(m_fixture.starterId().toStdString());
        addRound.set_settings_json(R"({"type":"find-the-threat","secondsPerScan":60,"feedback":"after-each-scan"})");
        v1::RoundInfo round;
        {
            auto context = trainer->context();
            QVERIFY(trainer->admin().AddRound(context.get(), addRound, &round).ok());
        }
        v1::AddContestantRequest addTrainee;
        addTrainee.set_event_id(sessionId);
        addTrainee.set_name("Trainee T");
        v1::ContestantSummary trainee;
        {
            auto context = trainer->context();
            QVERIFY(trainer->admin().AddContestant(context.get(), addTrainee, &trainee).ok());
        }
        v1::IssueTokenRequest issue;
        issue.set_role(v1::ROLE_CONTESTANT);
        issue.set_event_id(sessionId);
        issue.set_contestant_id(trainee.contestant_id());
        issue.set_label("trainee laptop");
        v1::IssueTokenReply token;
        {
            auto context = trainer->context();
            QVERIFY(trainer->admin().IssueToken(context.get(), issue, &token).ok());
            auto otherContext = other->context();
            v1::IssueTokenReply stolen;
            QCOMPARE(other->admin().IssueToken(otherContext.get(), issue, &stolen).error_code(),
                     grpc::StatusCode::PERMISSION_DENIED);
        }
        v1::ControlEventRequest start;
        start.set_event_id(sessionId);
        start.set_action(v1::ControlEventRequest::ACTION_START);
        v1::EventStatus status;
        {
            auto context = trainer->context();
            QVERIFY(trainer->admin().ControlEvent(context.get(), start, &status).ok());
        }
        m_fixture.advance(10.5);
        auto student = m_fixture.connect(QString::fromStdString(token.token()));
        const QString roundId = QString::fromStdString(round.round_id());
        QVERIFY(submit(*student, roundId, 0, QStringLiteral("trainee-0001"),
                       {markOn(truthBox(m_fixture.starter(), QStringLiteral("parcel-cocaine")),
                               QStringLiteral("narcotics"))})
                    .ok());
        m_fixture.advance(3);
        QVERIFY(submit(*student, roundId, 1, QStringLiteral("trainee-0002"), {}).ok());

        // Immediate feedback: both answered scans, with their truth, while the round goes on.
        v1::MyResults feedback;
        {
            auto context = student->context();
            QVERIFY(student->tournament().GetMyResults(context.get(), v1::GetMyResultsRequest(), &feedback).ok());
        }
        QCOMPARE(feedback.scans_size(), 2);
        QCOMPARE(feedback.scans(0).scan_verdict(), v1::VERDICT_HIT);
        QCOMPARE(feedback.scans(1).scan_verdict(), v1::VERDICT_MISS);
        QCOMPARE(feedback.scans(1).truth_size(), 2);  // the pistol, in the top and the side view
        QCOMPARE(feedback.final_standings_size(), 0); // nobody's standing but one's own rank before the end

        v1::TraineeReportRequest reportRequest;
        reportRequest.set_event_id(sessionId);
        reportRequest.set_contestant_id(trainee.contestant_id());
        v1::TraineeReport report;
        {
            auto context = other->context();
            QCOMPARE(other->admin().GetTraineeReport(context.get(), reportRequest, &report).error_code(),
                     grpc::StatusCode::PERMISSION_DENIED);
        }
        auto context = trainer->context();
        QVERIFY(trainer->admin().GetTraineeReport(context.get(), reportRequest, &report).ok());
        QCOMPARE(report.rounds_size(), 1);
        QCOMPARE(report.total().objects_hit(), 1u);
        QMap<QString, v1::CategoryReport> rows;
        for (const v1::CategoryReport &row : report.overall())
            rows.insert(QString::fromStdString(row.category()), row);
        QCOMPARE(rows.value(QStringLiteral("narcotics")).objects_hit(), 1u);
        QCOMPARE(rows.value(QStringLiteral("narcotics")).hit_rate(), 1.0);
        QCOMPARE(rows.value(QStringLiteral("weapon")).objects_missed(), 1u);
        QCOMPARE(rows.value(QStringLiteral("weapon")).hit_rate(), 0.0);
        QVERIFY(!rows.contains(QStringLiteral("currency"))); // not shown yet
    }

    void truthStaysHiddenWhereTheEventSaysSo()
    {
        const QString event = newEvent(QStringLiteral("Hidden truth"), false);
        QString round;
        QVERIFY(m_fixture
                    .addRound(event, QStringLiteral("find-the-threat"), 5, 0, &round, 0, 0,
                              {QStringLiteral("parcel-cocaine")})
                    .ok());
        auto officer = m_fixture.connect(contestantToken(event, QStringLiteral("Curious")));
        v1::MyResults results;
        {
            auto context = officer->context();
            QCOMPARE(officer->tournament().GetMyResults(context.get(), v1::GetMyResultsRequest(), &results).ok(), true);
        }
        QCOMPARE(results.scans_size(), 0); // no round over yet
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(0.5); // a countdown of 0 s still ends just after its instant
        QVERIFY(submit(*officer, round, 0, QStringLiteral("curious-0001"), {}).ok());
        QVERIFY(waitForPhase(*officer, v1::PHASE_FINISHED));
        auto context = officer->context();
        QVERIFY(officer->tournament().GetMyResults(context.get(), v1::GetMyResultsRequest(), &results).ok());
        QCOMPARE(results.scans_size(), 1);
        QCOMPARE(results.scans(0).scan_verdict(), v1::VERDICT_MISS);
        QCOMPARE(results.scans(0).truth_size(), 0);
        // The set's own id says what the scan holds; without the truth, results name it as the round did.
        QVERIFY2(results.scans(0).scan_id().find("cocaine") == std::string::npos, results.scans(0).scan_id().c_str());
        QCOMPARE(QString::fromStdString(results.scans(0).scan_id()), round + QStringLiteral("-scan-1"));
    }

    // A round's start: many contestants open the same scan at once. Each view file is hashed once
    // (not once a request), every contestant gets the same description of it, and another
    // contestant's answers are acknowledged while the requests are served. The latency figures
    // (p99 beside 500 openers) are bench_tournament's round-start phase.
    void manyContestantsOpenTheSameScanAtOnce()
    {
        constexpr int Openers = 120;
        const QString event = newEvent(QStringLiteral("Round start"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 600, 0, &round, 0, 0).ok());
        std::vector<std::unique_ptr<server::ServerConnection>> openers;
        for (int i = 0; i < Openers; ++i)
            openers.push_back(m_fixture.connect(contestantToken(event, QStringLiteral("Opener %1").arg(i))));
        auto answerer = m_fixture.connect(contestantToken(event, QStringLiteral("Answerer")));
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(0.5);
        const quint64 hashedBefore = m_fixture.server().viewFilesHashed();

        std::atomic<bool> go{false};
        std::vector<v1::ScanInfo> infos(Openers);
        std::vector<grpc::Status> statuses(Openers);
        std::vector<std::thread> threads;
        for (int i = 0; i < Openers; ++i) {
            threads.emplace_back([&, i] {
                while (!go)
                    std::this_thread::yield();
                v1::GetScanRequest request;
                request.set_round_id(round.toStdString());
                auto context = openers[size_t(i)]->context(120);
                statuses[size_t(i)]
                    = openers[size_t(i)]->tournament().GetScan(context.get(), request, &infos[size_t(i)]);
            });
        }
        go = true;
        QList<grpc::Status> answers;
        for (int scan = 0; scan < m_fixture.starter().entries.size(); ++scan)
            answers.append(submit(*answerer, round, scan, QStringLiteral("beside-the-storm-%1").arg(scan), {}));
        for (std::thread &thread : threads)
            thread.join();

        for (const grpc::Status &answer : std::as_const(answers))
            QVERIFY2(answer.ok(), codeOf(answer));
        for (int i = 0; i < Openers; ++i) {
            QVERIFY2(statuses[size_t(i)].ok(), codeOf(statuses[size_t(i)]));
            QCOMPARE(infos[size_t(i)].views_size(), infos.front().views_size());
            for (int v = 0; v < infos[size_t(i)].views_size(); ++v) {
                QCOMPARE(infos[size_t(i)].views(v).sha256(), infos.front().views(v).sha256());
                QCOMPARE(infos[size_t(i)].views(v).size_bytes(), infos.front().views(v).size_bytes());
            }
        }
        // One hash per view file of the scan (the answerer's later scans add theirs only if opened).
        QCOMPARE(m_fixture.server().viewFilesHashed() - hashedBefore, quint64(infos.front().views_size()));

        // The sha256 is the file's: what FetchScanView sends hashes to it.
        QByteArray bytes;
        {
            v1::FetchScanViewRequest fetch;
            fetch.set_round_id(round.toStdString());
            auto context = openers.front()->context(60);
            auto reader = openers.front()->tournament().FetchScanView(context.get(), fetch);
            v1::Chunk chunk;
            while (reader->Read(&chunk))
                bytes.append(chunk.data().data(), qsizetype(chunk.data().size()));
            QVERIFY(reader->Finish().ok());
        }
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString(),
                 infos.front().views(0).sha256());
        QCOMPARE(m_fixture.server().viewFilesHashed() - hashedBefore, quint64(infos.front().views_size()));
    }

    // Exports stream in pieces: an event whose CSV is larger than one piece exports whole, and an
    // officer's mark without a category (a round that does not ask for one) does not fail the
    // Threat Detection Reports of the event: it is exported as "unspecified".
    void exportsStreamInPiecesAndKeepMarksWithoutCategory()
    {
        constexpr int Contestants = 900;
        const QString event = newEvent(QStringLiteral("Large export"));
        QString round;
        QVERIFY(m_fixture.addRound(event, QStringLiteral("find-the-threat"), 1, 0, &round, 0, 0).ok());
        const QString longName = QString(170, QLatin1Char('n'));
        auto officer = m_fixture.connect(contestantToken(event, QStringLiteral("Unlabelled marker")));
        for (int i = 0; i < Contestants; ++i) {
            QString id;
            const grpc::Status added
                = m_fixture.addContestant(event, QStringLiteral("%1 %2").arg(longName).arg(i), {}, &id);
            QVERIFY2(added.ok(), codeOf(added));
        }
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(0.5);
        QVERIFY(
            submit(*officer, round, 0, QStringLiteral("no-category-mark"), {markOn(QRectF(10, 10, 30, 30), QString())})
                .ok());
        m_fixture.advance(60); // every scan shown and timed out for everybody
        QVERIFY(waitForPhase(*officer, v1::PHASE_FINISHED));

        int pieces = 0;
        QByteArray csv;
        {
            v1::ExportResultsRequest request;
            request.set_event_id(event.toStdString());
            auto context = m_fixture.host().context(120);
            auto reader = m_fixture.host().admin().ExportResults(context.get(), request);
            v1::ExportResultsReply piece;
            while (reader->Read(&piece)) {
                ++pieces;
                QVERIFY(piece.csv().size() <= size_t(1 << 20));
                csv.append(piece.csv().data(), qsizetype(piece.csv().size()));
            }
            const grpc::Status status = reader->Finish();
            QVERIFY2(status.ok(), codeOf(status));
        }
        const int scans = int(m_fixture.starter().entries.size());
        QVERIFY2(csv.size() > (1 << 20), "the export is larger than one piece");
        QVERIFY2(pieces >= 2, "and came in pieces");
        QCOMPARE(csv.count('\n'), 1 + (Contestants + 1) * scans);

        QTemporaryDir folder;
        QStringList officerReports;
        auto context = m_fixture.host().context(300);
        const grpc::Status exported = server::downloadThreatReports(
            m_fixture.host().machines(), context.get(), event, [&](const v1::ThreatReportFile &file) {
                if (file.path().find("Unlabelled") == std::string::npos)
                    return true;
                const QString path = folder.filePath(QString::number(officerReports.size()) + QStringLiteral(".dcm"));
                QFile out(path);
                if (!out.open(QIODevice::WriteOnly))
                    return false;
                out.write(file.dicom().data(), qint64(file.dicom().size()));
                officerReports.append(path);
                return true;
            });
        QVERIFY2(exported.ok(), codeOf(exported));
        QCOMPARE(officerReports.size(), scans);
        auto report = readThreatDetectionReport(officerReports.first());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->objects.size(), 1);
        QCOMPARE(report->objects.first().category, QStringLiteral("unspecified"));
    }

    // The vision's "15 images": a round of a number of scans drawn from the set by a seed.
    void roundsDrawTheirScansBySeed()
    {
        const QString event = newEvent(QStringLiteral("Drawn"));
        v1::AddRoundRequest request;
        request.set_event_id(event.toStdString());
        request.set_title("Three of five");
        request.set_image_set_id(m_fixture.starterId().toStdString());
        request.set_draw_scans(3);
        request.set_draw_seed(7);
        const auto add = [&](const v1::AddRoundRequest &r, v1::RoundInfo *info) {
            auto context = m_fixture.host().context();
            return m_fixture.host().admin().AddRound(context.get(), r, info);
        };
        v1::RoundInfo round;
        QVERIFY(add(request, &round).ok());
        QCOMPARE(round.scan_count(), 3u);

        v1::AddRoundRequest tooMany = request;
        tooMany.set_draw_scans(6);
        const grpc::Status refused = add(tooMany, &round);
        QCOMPARE(refused.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(QString::fromStdString(refused.error_message()).contains(QStringLiteral("6 scans to draw")),
                 codeOf(refused));
        v1::AddRoundRequest both = request;
        both.add_scan_ids("parcel-cocaine");
        QCOMPARE(add(both, &round).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    }

    // gRPC's own refusals carry a message too: a request that does not parse, a method no service has.
    void unparseableRequestsAndUnknownMethodsAreExplained()
    {
        auto channel = grpc::CreateChannel(m_fixture.address().toStdString(), grpc::InsecureChannelCredentials());
        grpc::GenericStub generic(channel);
        const auto call = [&](const std::string &method, const std::string &bytes) {
            grpc::ClientContext context;
            context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
            context.AddMetadata("authorization", "Bearer " + m_fixture.hostToken().toStdString());
            const grpc::Slice slice(bytes);
            grpc::ByteBuffer request(&slice, 1);
            grpc::ByteBuffer reply;
            std::mutex mutex;
            std::condition_variable doneSignal;
            bool done = false;
            grpc::Status status;
            generic.UnaryCall(&context, method, grpc::StubOptions(), &request, &reply, [&](grpc::Status s) {
                std::lock_guard lock(mutex);
                status = std::move(s);
                done = true;
                doneSignal.notify_all();
            });
            std::unique_lock lock(mutex);
            doneSignal.wait(lock, [&] { return done; });
            return status;
        };
        // Field 1 (a string) announced as 100 bytes long, then 3 bytes: not a message.
        const grpc::Status garbage = call("/pen.v1.Admin/CreateEvent",
                                          std::string("\x0a\x64"
                                                      "abc",
                                                      5));
        QCOMPARE(garbage.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(QString::fromStdString(garbage.error_message()).contains(QStringLiteral("pen.v1.Admin/CreateEvent")),
                 codeOf(garbage));
        const grpc::Status unknown = call("/pen.v1.Admin/DropAllTables", std::string());
        QCOMPARE(unknown.error_code(), grpc::StatusCode::UNIMPLEMENTED);
        QVERIFY2(QString::fromStdString(unknown.error_message()).contains(QStringLiteral("DropAllTables")),
                 codeOf(unknown));
        // A request that parses is still served.
        QVERIFY(call("/pen.v1.Admin/ListEvents", std::string()).ok());
    }

    // Image sets belong to who stored them: a trainer sees and plays only its own and those a host
    // shared with it, so a host's hidden tournament set cannot be played (and its truth read) in a
    // trainer's practice session.
    void trainersUseOnlyTheirOwnAndSharedImageSets()
    {
        QString trainerToken, trainerId, otherToken;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &trainerToken, &trainerId).ok());
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &otherToken).ok());
        auto trainer = m_fixture.connect(trainerToken);
        auto other = m_fixture.connect(otherToken);
        const auto listed = [](server::ServerConnection &connection) {
            QStringList ids;
            v1::ListImageSetsReply reply;
            auto context = connection.context();
            if (connection.admin().ListImageSets(context.get(), {}, &reply).ok()) {
                for (const auto &set : reply.image_sets())
                    ids.append(QString::fromStdString(set.image_set_id()));
            }
            return ids;
        };
        QVERIFY(listed(m_fixture.host()).contains(m_fixture.starterId()));
        QVERIFY(!listed(*trainer).contains(m_fixture.starterId()));

        v1::CreateEventRequest create;
        create.set_title("Own sets only");
        create.set_practice(true);
        v1::EventSummary session;
        {
            auto context = trainer->context();
            QVERIFY(trainer->admin().CreateEvent(context.get(), create, &session).ok());
        }
        v1::AddRoundRequest addRound;
        addRound.set_event_id(session.event_id());
        addRound.set_title("The host's set");
        addRound.set_image_set_id(m_fixture.starterId().toStdString());
        v1::RoundInfo round;
        const auto addRoundAs = [&](server::ServerConnection &connection) {
            auto context = connection.context();
            return connection.admin().AddRound(context.get(), addRound, &round);
        };
        QCOMPARE(addRoundAs(*trainer).error_code(), grpc::StatusCode::NOT_FOUND);

        // Only a host shares, and only with a trainer.
        v1::ShareImageSetRequest share;
        share.set_image_set_id(m_fixture.starterId().toStdString());
        share.set_trainer_token_id(trainerId.toStdString());
        v1::ImageSetSummary shared;
        {
            auto context = trainer->context();
            QCOMPARE(trainer->admin().ShareImageSet(context.get(), share, &shared).error_code(),
                     grpc::StatusCode::PERMISSION_DENIED);
        }
        {
            v1::ShareImageSetRequest wrong = share;
            wrong.set_trainer_token_id("tok-does-not-exist");
            auto context = m_fixture.host().context();
            const grpc::Status refused = m_fixture.host().admin().ShareImageSet(context.get(), wrong, &shared);
            QCOMPARE(refused.error_code(), grpc::StatusCode::NOT_FOUND);
            QVERIFY(!refused.error_message().empty());
        }
        {
            auto context = m_fixture.host().context();
            QVERIFY(m_fixture.host().admin().ShareImageSet(context.get(), share, &shared).ok());
        }
        const auto sharedWith = [&] {
            QStringList ids;
            for (const std::string &id : shared.shared_with())
                ids.append(QString::fromStdString(id));
            return ids;
        };
        QVERIFY(sharedWith().contains(trainerId));
        QVERIFY(listed(*trainer).contains(m_fixture.starterId()));
        QVERIFY(!listed(*other).contains(m_fixture.starterId()));
        QVERIFY(addRoundAs(*trainer).ok());

        // Withdrawn: the next round is refused again.
        share.set_withdraw(true);
        {
            auto context = m_fixture.host().context();
            QVERIFY(m_fixture.host().admin().ShareImageSet(context.get(), share, &shared).ok());
        }
        QVERIFY(!sharedWith().contains(trainerId));
        QCOMPARE(addRoundAs(*trainer).error_code(), grpc::StatusCode::NOT_FOUND);
    }

    // Names and titles that reorder text or start a spreadsheet formula: refused, or kept as text.
    void namesCannotSpoofOrRunFormulas()
    {
        QString id;
        const QString spoofed = QStringLiteral("Team ") + QChar(0x202E) + QStringLiteral("htroN");
        const grpc::Status refused = m_fixture.createEvent(spoofed, &id);
        QCOMPARE(refused.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(QString::fromStdString(refused.error_message()).contains(QStringLiteral("direction")),
                 refused.error_message().c_str());

        const QString event = newEvent(QStringLiteral("@SUM(1+1)"));
        QString round;
        QVERIFY(m_fixture
                    .addRound(event, QStringLiteral("find-the-threat"), 5, 0, &round, 0, 0,
                              {QStringLiteral("parcel-cocaine")})
                    .ok());
        QString contestantId;
        QCOMPARE(m_fixture
                     .addContestant(event, QStringLiteral("Isolated ") + QChar(0x2066) + QStringLiteral("name"), {},
                                    &contestantId)
                     .error_code(),
                 grpc::StatusCode::INVALID_ARGUMENT);
        auto officer = m_fixture.connect(contestantToken(event, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")));
        QVERIFY(m_fixture.control(event, v1::ControlEventRequest::ACTION_START).ok());
        m_fixture.advance(0.5);
        QVERIFY(submit(*officer, round, 0, QStringLiteral("-formula-answer"), {}).ok());
        QVERIFY(waitForPhase(*officer, v1::PHASE_FINISHED));
        QByteArray csv;
        auto context = m_fixture.host().context();
        QVERIFY(server::downloadResultsCsv(m_fixture.host().admin(), context.get(), event, csv).ok());
        const QStringList rows = QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        // No cell of the row starts a formula: each such cell is kept as text behind an apostrophe.
        QVERIFY2(rows[1].contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")),
                 qPrintable(rows[1]));
        QVERIFY2(rows[1].contains(QStringLiteral(",'-formula-answer,")), qPrintable(rows[1]));
        for (const QString &cell : rows[1].split(QLatin1Char(',')))
            QVERIFY2(!QStringLiteral("=+@").contains(cell.left(1)) || cell.isEmpty(), qPrintable(cell));
    }
};

QTEST_GUILESS_MAIN(TestTournamentServer)
#include "tst_tournamentserver.moc"
