// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Trainers' practice sets generated on the server with Threat Image Projection, and a trainee's
// history over several practice sessions, through the real gRPC interface.
#include "ServerFixture.h"

#include "imageset/ImageSetFolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <limits>

using namespace pen;
using namespace pen::test;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

const char *described(const grpc::Status &status)
{
    static thread_local std::string text;
    text = server::ServerConnection::describe(status).toStdString();
    return text.c_str();
}

v1::GenerateImageSetRequest generation(const QString &name, const QString &preset, quint32 seed, double tipRate,
                                       const QVariantMap &mix = {}, quint32 scanCount = 0)
{
    v1::GenerateImageSetRequest request;
    request.set_name(name.toStdString());
    request.set_preset(preset.toStdString());
    request.set_seed(seed);
    request.set_scan_count(scanCount);
    request.set_tip_rate(tipRate);
    for (auto it = mix.cbegin(); it != mix.cend(); ++it)
        (*request.mutable_tip_mix())[it.key().toStdString()] = it.value().toDouble();
    return request;
}

/// Every message of one GenerateImageSet call, and how it ended.
struct Generated {
    QList<v1::GenerateImageSetProgress> messages;
    grpc::Status status;

    v1::ImageSetSummary summary() const
    {
        return messages.isEmpty() ? v1::ImageSetSummary() : messages.last().summary();
    }
};

Generated generate(server::ServerConnection &connection, const v1::GenerateImageSetRequest &request)
{
    Generated generated;
    auto context = connection.context(300);
    auto reader = connection.admin().GenerateImageSet(context.get(), request);
    v1::GenerateImageSetProgress message;
    while (reader->Read(&message))
        generated.messages.append(message);
    generated.status = reader->Finish();
    return generated;
}

QList<GroundTruthObject> projected(const ImageSetEntry &entry)
{
    QList<GroundTruthObject> objects;
    for (const GroundTruthObject &object : entry.scan.truth) {
        if (object.note == u"TIP")
            objects.append(object);
    }
    return objects;
}

} // namespace

class TestPracticeSets final : public QObject {
    Q_OBJECT

private:
    ServerFixture m_fixture;
    std::unique_ptr<server::ServerConnection> m_trainer;
    QString m_trainerToken;

    /// The adopted set as the server stores it, read from its data folder with its truth.
    ImageSet adopted(const v1::ImageSetSummary &summary) const
    {
        const QString folder
            = QDir(m_fixture.dataFolder())
                  .filePath(QStringLiteral("imagesets/") + QString::fromStdString(summary.image_set_id()));
        auto set = ImageSetFolder::open(folder, ImageSetFolder::Check::Full);
        return set ? *set : ImageSet();
    }
    QStringList setNames() const
    {
        v1::ListImageSetsReply reply;
        const auto connection = m_fixture.connect(m_fixture.hostToken());
        auto context = connection->context();
        connection->admin().ListImageSets(context.get(), {}, &reply);
        QStringList names;
        for (const auto &set : reply.image_sets())
            names.append(QString::fromStdString(set.name()));
        return names;
    }
    /// What generation left in the staging folder (nothing, once a call is over).
    QStringList stagingLeftovers() const
    {
        return QDir(QDir(m_fixture.dataFolder()).filePath(QStringLiteral("staging")))
            .entryList({QStringLiteral("generated*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    }

    struct Session {
        QString eventId;
        QString roundId;
        QString contestantId;
        std::unique_ptr<server::ServerConnection> trainee;
    };
    /// A trainer's practice event with a one-scan round on setId and one trainee, not started yet.
    Session practiceSession(const QString &title, const QString &setId, const QString &scanId,
                            const QString &traineeName)
    {
        Session session;
        [&] {
            v1::CreateEventRequest create;
            create.set_title(title.toStdString());
            create.set_practice(true);
            create.set_reveal_truth_after_round(true);
            v1::EventSummary event;
            auto context = m_trainer->context();
            QVERIFY(m_trainer->admin().CreateEvent(context.get(), create, &event).ok());
            session.eventId = QString::fromStdString(event.event_id());
            v1::AddRoundRequest addRound;
            addRound.set_event_id(event.event_id());
            addRound.set_title("Generated parcels");
            addRound.set_image_set_id(setId.toStdString());
            addRound.add_scan_ids(scanId.toStdString());
            addRound.set_settings_json(R"({"type":"find-the-threat","secondsPerScan":60})");
            v1::RoundInfo round;
            auto roundContext = m_trainer->context();
            QVERIFY(m_trainer->admin().AddRound(roundContext.get(), addRound, &round).ok());
            session.roundId = QString::fromStdString(round.round_id());
            v1::AddContestantRequest addTrainee;
            addTrainee.set_event_id(event.event_id());
            addTrainee.set_name(traineeName.toStdString());
            v1::ContestantSummary trainee;
            auto traineeContext = m_trainer->context();
            QVERIFY(m_trainer->admin().AddContestant(traineeContext.get(), addTrainee, &trainee).ok());
            session.contestantId = QString::fromStdString(trainee.contestant_id());
            v1::IssueTokenRequest issue;
            issue.set_role(v1::ROLE_CONTESTANT);
            issue.set_event_id(event.event_id());
            issue.set_contestant_id(trainee.contestant_id());
            issue.set_label("trainee desk");
            v1::IssueTokenReply token;
            auto tokenContext = m_trainer->context();
            QVERIFY(m_trainer->admin().IssueToken(tokenContext.get(), issue, &token).ok());
            session.trainee = m_fixture.connect(QString::fromStdString(token.token()));
        }();
        return session;
    }
    grpc::Status start(const Session &session)
    {
        v1::ControlEventRequest request;
        request.set_event_id(session.eventId.toStdString());
        request.set_action(v1::ControlEventRequest::ACTION_START);
        v1::EventStatus status;
        auto context = m_trainer->context();
        return m_trainer->admin().ControlEvent(context.get(), request, &status);
    }
    grpc::Status history(server::ServerConnection &connection, const QString &name, v1::TraineeReport *report)
    {
        v1::TraineeReportRequest request;
        request.set_trainee_name(name.toStdString());
        auto context = connection.context();
        return connection.admin().GetTraineeReport(context.get(), request, report);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &m_trainerToken).ok());
        m_trainer = m_fixture.connect(m_trainerToken);
    }

    // TIP at rate 1 with one category: every scan gains a projected threat of that category; the
    // progress counts up to the total and the summary comes last; the set is listed for rounds.
    void everyScanGetsAThreatOfTheOneCategory()
    {
        // Seven scans of the five-scan starter preset: the last two are drawn anew from the next seed.
        const Generated generated = generate(*m_trainer,
                                             generation(QStringLiteral("tip-narcotics"), QStringLiteral("starter"), 7,
                                                        1.0, {{QStringLiteral("narcotics"), 1.0}}, 7));
        QVERIFY2(generated.status.ok(), described(generated.status));
        QVERIFY(generated.messages.size() >= 2);
        uint32_t done = 0;
        for (const v1::GenerateImageSetProgress &message : generated.messages) {
            QCOMPARE(message.scan_count(), 7u);
            QVERIFY2(message.scans_done() >= done && message.scans_done() <= 7, "the count only goes up");
            done = message.scans_done();
        }
        QCOMPARE(done, 7u);
        QVERIFY(generated.messages.last().has_summary());
        QVERIFY(!generated.messages.first().has_summary());
        const v1::ImageSetSummary summary = generated.summary();
        QCOMPARE(QString::fromStdString(summary.name()), QStringLiteral("tip-narcotics"));
        QCOMPARE(summary.scan_count(), 7u);
        QCOMPARE(summary.manifest_sha256().size(), std::size_t(64));

        const ImageSet set = adopted(summary);
        QCOMPARE(set.entries.size(), 7);
        QSet<QString> ids;
        for (const ImageSetEntry &entry : set.entries) {
            ids.insert(entry.scan.id);
            const QList<GroundTruthObject> tip = projected(entry);
            QVERIFY2(tip.size() == 1, qPrintable(entry.scan.id));
            QCOMPARE(tip.first().category, QStringLiteral("narcotics"));
        }
        QCOMPARE(ids.size(), 7);
        QVERIFY(setNames().contains(QStringLiteral("tip-narcotics")));
        QVERIFY(stagingLeftovers().isEmpty());
    }

    // No TIP: nothing projected. The same seed gives the same files; another seed other files.
    void rateZeroProjectsNothingAndSeedsReproduce()
    {
        const Generated first
            = generate(*m_trainer, generation(QStringLiteral("plain-a"), QStringLiteral("starter"), 5, 0));
        QVERIFY2(first.status.ok(), described(first.status));
        const Generated again
            = generate(*m_trainer, generation(QStringLiteral("plain-b"), QStringLiteral("starter"), 5, 0));
        QVERIFY2(again.status.ok(), described(again.status));
        const Generated other
            = generate(*m_trainer, generation(QStringLiteral("plain-c"), QStringLiteral("starter"), 6, 0));
        QVERIFY2(other.status.ok(), described(other.status));

        const ImageSet set = adopted(first.summary());
        QCOMPARE(set.entries.size(), 5);
        for (const ImageSetEntry &entry : set.entries)
            QVERIFY2(projected(entry).isEmpty(), qPrintable(entry.scan.id));
        QCOMPARE(first.summary().manifest_sha256(), again.summary().manifest_sha256());
        QVERIFY(first.summary().manifest_sha256() != other.summary().manifest_sha256());
        QVERIFY(first.summary().image_set_id() != again.summary().image_set_id());
    }

    void badRequestsAreRefusedAndStoreNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<quint32>("scanCount");
        QTest::addColumn<double>("tipRate");
        QTest::addColumn<QVariantMap>("mix");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString starter = QStringLiteral("starter");
        const int invalid = grpc::StatusCode::INVALID_ARGUMENT;
        const QVariantMap none;
        QTest::newRow("empty name") << QString() << starter << 0u << 0.5 << none << invalid
                                    << QStringLiteral("image set name \"\"");
        QTest::newRow("name with a space") << QStringLiteral("my set") << starter << 0u << 0.5 << none << invalid
                                           << QStringLiteral("use 1 to 64 letters");
        QTest::newRow("name taken") << starter << starter << 0u << 0.5 << none << int(grpc::StatusCode::ALREADY_EXISTS)
                                    << QStringLiteral("an image set named starter exists already");
        QTest::newRow("unknown preset") << QStringLiteral("x1") << QStringLiteral("moon-rocks") << 0u << 0.5 << none
                                        << invalid
                                        << QStringLiteral(
                                               "unknown preset \"moon-rocks\" (known: starter, find-the-cocaine");
        QTest::newRow("501 scans") << QStringLiteral("x2") << starter << 501u << 0.5 << none << invalid
                                   << QStringLiteral("501 scans asked for; a generated set has 1 to 500");
        QTest::newRow("4 billion scans") << QStringLiteral("x3") << starter << 4000000000u << 0.5 << none << invalid
                                         << QStringLiteral("scans asked for; a generated set has 1 to 500");
        QTest::newRow("rate NaN") << QStringLiteral("x4") << starter << 0u << NaN << none << invalid
                                  << QStringLiteral("TIP settings: rate = nan");
        QTest::newRow("rate negative") << QStringLiteral("x5") << starter << 0u << -0.25 << none << invalid
                                       << QStringLiteral("TIP settings: rate = -0.25 is outside 0..1");
        QTest::newRow("rate above 1") << QStringLiteral("x6") << starter << 0u << 1.5 << none << invalid
                                      << QStringLiteral("TIP settings: rate = 1.5 is outside 0..1");
        QTest::newRow("unknown category")
            << QStringLiteral("x7") << starter << 0u << 0.5 << QVariantMap{{QStringLiteral("plutonium"), 1.0}}
            << invalid << QStringLiteral("TIP category \"plutonium\" is not in the threat library (known: ");
        QTest::newRow("negative weight") << QStringLiteral("x8") << starter << 0u << 0.5
                                         << QVariantMap{{QStringLiteral("weapon"), -1.0}} << invalid
                                         << QStringLiteral("categoryWeights[weapon] = -1");
        QTest::newRow("NaN weight") << QStringLiteral("x9") << starter << 0u << 0.5
                                    << QVariantMap{{QStringLiteral("weapon"), NaN}} << invalid
                                    << QStringLiteral("categoryWeights[weapon] = nan");
        QTest::newRow("every weight 0") << QStringLiteral("x10") << starter << 0u << 0.5
                                        << QVariantMap{{QStringLiteral("weapon"), 0.0}} << invalid
                                        << QStringLiteral("at least one must be above 0");
    }

    void badRequestsAreRefusedAndStoreNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, preset);
        QFETCH(quint32, scanCount);
        QFETCH(double, tipRate);
        QFETCH(QVariantMap, mix);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QStringList before = setNames();
        const Generated generated = generate(*m_trainer, generation(name, preset, 1, tipRate, mix, scanCount));
        QCOMPARE(int(generated.status.error_code()), code);
        QVERIFY2(QString::fromStdString(generated.status.error_message()).contains(message),
                 described(generated.status));
        QCOMPARE(generated.messages.size(), 0);
        QCOMPARE(setNames(), before);
        QVERIFY(stagingLeftovers().isEmpty());
    }

    // A trainee who leaves stops the generation; nothing half made is adopted or left behind.
    void cancelledGenerationLeavesNothing()
    {
        auto context = m_trainer->context(300);
        auto reader = m_trainer->admin().GenerateImageSet(
            context.get(), generation(QStringLiteral("abandoned"), QStringLiteral("starter"), 9, 0.5, {}, 500));
        v1::GenerateImageSetProgress progress;
        QVERIFY(reader->Read(&progress));
        QVERIFY(progress.scans_done() < 500);
        context->TryCancel();
        while (reader->Read(&progress)) {}
        QCOMPARE(reader->Finish().error_code(), grpc::StatusCode::CANCELLED);
        QTRY_VERIFY_WITH_TIMEOUT(stagingLeftovers().isEmpty(), 60000);
        QVERIFY(!setNames().contains(QStringLiteral("abandoned")));
    }

    // The server stops while it generates: the call ends with an error, the server stops in time,
    // and once it is back it holds no half-made set and no leftovers.
    void serverStoppedDuringGenerationKeepsNothing()
    {
        const QStringList before = setNames();
        auto trainer = m_fixture.connect(m_trainerToken);
        auto context = trainer->context(300);
        auto reader = trainer->admin().GenerateImageSet(
            context.get(), generation(QStringLiteral("interrupted"), QStringLiteral("starter"), 13, 0.5, {}, 500));
        v1::GenerateImageSetProgress progress;
        QVERIFY(reader->Read(&progress));
        QVERIFY(progress.scans_done() < 500);
        QElapsedTimer stopping;
        stopping.start();
        m_fixture.stop();
        QVERIFY2(stopping.elapsed() < 30000,
                 qPrintable(QStringLiteral("the server took %1 ms to stop").arg(stopping.elapsed())));
        while (reader->Read(&progress)) {}
        const grpc::Status ended = reader->Finish();
        QVERIFY2(!ended.ok(), "a generation cut short does not end well");
        QVERIFY(!progress.has_summary());

        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        m_trainer = m_fixture.connect(m_trainerToken);
        QVERIFY(!setNames().contains(QStringLiteral("interrupted")));
        QCOMPARE(setNames(), before);
        QVERIFY(stagingLeftovers().isEmpty());
    }

    // Two sessions for the same trainee: the history lists the rounds of both, oldest first, with
    // per-category figures; the session played first was created second.
    void historyListsBothSessionsInTimeOrder()
    {
        const Generated generated = generate(*m_trainer,
                                             generation(QStringLiteral("history-set"), QStringLiteral("starter"), 11,
                                                        1.0, {{QStringLiteral("narcotics"), 1.0}}));
        QVERIFY2(generated.status.ok(), described(generated.status));
        const QString setId = QString::fromStdString(generated.summary().image_set_id());
        const ImageSet set = adopted(generated.summary());
        const ImageSetEntry &first = set.entries.first();
        const QList<GroundTruthObject> tip = projected(first);
        QCOMPARE(tip.size(), 1);
        int narcoticsOnFirst = 0;
        for (const GroundTruthObject &object : first.scan.truth)
            narcoticsOnFirst += object.category == u"narcotics" ? 1 : 0;

        Session later = practiceSession(QStringLiteral("Session 2"), setId, first.scan.id, QStringLiteral("Trainee H"));
        Session earlier
            = practiceSession(QStringLiteral("Session 1"), setId, first.scan.id, QStringLiteral("Trainee H"));
        const qint64 firstStart = m_fixture.nowMs();
        QVERIFY(start(earlier).ok());
        m_fixture.advance(0.5);
        const grpc::Status hit = submit(*earlier.trainee, earlier.roundId, 0, QStringLiteral("history-answer-1"),
                                        {markOn(tip.first().regions.first().bounds(), QStringLiteral("narcotics"))});
        QVERIFY2(hit.ok(), described(hit));
        m_fixture.advance(100);
        const qint64 secondStart = m_fixture.nowMs();
        QVERIFY(start(later).ok());
        m_fixture.advance(0.5);
        const grpc::Status clear = submit(*later.trainee, later.roundId, 0, QStringLiteral("history-answer-2"), {});
        QVERIFY2(clear.ok(), described(clear));

        v1::TraineeReport report;
        const grpc::Status status = history(*m_trainer, QStringLiteral("  trainee h "), &report);
        QVERIFY2(status.ok(), described(status));
        QCOMPARE(QString::fromStdString(report.name()), QStringLiteral("trainee h"));
        QCOMPARE(report.rounds_size(), 2);
        QCOMPARE(QString::fromStdString(report.rounds(0).event_title()), QStringLiteral("Session 1"));
        QCOMPARE(QString::fromStdString(report.rounds(0).event_id()), earlier.eventId);
        QCOMPARE(report.rounds(0).started_ms(), firstStart);
        QCOMPARE(QString::fromStdString(report.rounds(1).event_title()), QStringLiteral("Session 2"));
        QCOMPARE(report.rounds(1).started_ms(), secondStart);
        const auto narcotics = [](const auto &rows) {
            for (const v1::CategoryReport &row : rows) {
                if (row.category() == "narcotics")
                    return row;
            }
            return v1::CategoryReport();
        };
        QCOMPARE(narcotics(report.rounds(0).categories()).objects_hit(), 1u);
        QCOMPARE(narcotics(report.rounds(0).categories()).hit_rate(), 1.0);
        QCOMPARE(narcotics(report.rounds(1).categories()).objects_hit(), 0u);
        QCOMPARE(int(narcotics(report.rounds(1).categories()).objects_missed()), narcoticsOnFirst);
        QCOMPARE(narcotics(report.rounds(1).categories()).hit_rate(), 0.0);
        QCOMPARE(narcotics(report.overall()).objects_hit(), 1u);
        QCOMPARE(int(narcotics(report.overall()).objects_missed()), 2 * narcoticsOnFirst - 1);
        QCOMPARE(narcotics(report.overall()).hit_rate(), 0.5);
        QCOMPARE(report.total().objects_hit(), 1u);

        // The report of one session says when and where its round was played, too.
        v1::TraineeReportRequest one;
        one.set_event_id(later.eventId.toStdString());
        one.set_contestant_id(later.contestantId.toStdString());
        v1::TraineeReport single;
        {
            auto context = m_trainer->context();
            QVERIFY(m_trainer->admin().GetTraineeReport(context.get(), one, &single).ok());
        }
        QCOMPARE(single.rounds_size(), 1);
        QCOMPARE(single.rounds(0).started_ms(), secondStart);
        QCOMPARE(QString::fromStdString(single.rounds(0).event_title()), QStringLiteral("Session 2"));

        // A host sees every practice session; another trainer sees none of these; both at once is refused.
        QVERIFY(history(m_fixture.host(), QStringLiteral("Trainee H"), &report).ok());
        QCOMPARE(report.rounds_size(), 2);
        QString otherToken;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &otherToken).ok());
        const grpc::Status foreign = history(*m_fixture.connect(otherToken), QStringLiteral("Trainee H"), &report);
        QCOMPARE(foreign.error_code(), grpc::StatusCode::NOT_FOUND);
        QVERIFY2(
            QString::fromStdString(foreign.error_message()).contains(QLatin1String("none of your practice sessions")),
            described(foreign));
        one.set_trainee_name("Trainee H");
        auto context = m_trainer->context();
        QCOMPARE(m_trainer->admin().GetTraineeReport(context.get(), one, &single).error_code(),
                 grpc::StatusCode::INVALID_ARGUMENT);
    }
};

QTEST_GUILESS_MAIN(TestPracticeSets)
#include "tst_practicesets.moc"
