// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A trainer's review of a trainee's round, scan by scan (Admin.GetTraineeAnswers and
// Admin.FetchReviewScanView), through the real gRPC interface.
#include "ServerFixture.h"

#include <QTest>

using namespace pen;
using namespace pen::test;

namespace {

const char *described(const grpc::Status &status)
{
    static thread_local std::string text;
    text = server::ServerConnection::describe(status).toStdString();
    return text.c_str();
}

/// A view's bytes, whole, from either stream.
template <typename Reader> grpc::Status readAll(Reader reader, QByteArray *bytes)
{
    v1::Chunk chunk;
    while (reader->Read(&chunk))
        bytes->append(chunk.data().data(), qsizetype(chunk.data().size()));
    return reader->Finish();
}

} // namespace

class TraineeReviewTest : public QObject {
    Q_OBJECT

    ServerFixture m_fixture;
    QString m_trainerToken;
    std::unique_ptr<server::ServerConnection> m_trainer;
    // The session played once, in initTestCase: scan 0 marked on its first threat, scan 1 left
    // clear, scan 2 timed out, the rest left clear.
    QString m_eventId, m_roundId, m_contestantId, m_traineeToken;
    QByteArray m_traineeView0; ///< scan 0, view 0 as the trainee fetched it

    grpc::Status trainerCall(const std::function<grpc::Status(server::ServerConnection &, grpc::ClientContext *)> &call)
    {
        auto context = m_trainer->context();
        return call(*m_trainer, context.get());
    }
    v1::TraineeAnswersRequest answersRequest() const
    {
        v1::TraineeAnswersRequest request;
        request.set_event_id(m_eventId.toStdString());
        request.set_contestant_id(m_contestantId.toStdString());
        request.set_round_id(m_roundId.toStdString());
        return request;
    }
    grpc::Status answers(server::ServerConnection &connection, const v1::TraineeAnswersRequest &request,
                         v1::TraineeAnswers *reply)
    {
        auto context = connection.context();
        return connection.admin().GetTraineeAnswers(context.get(), request, reply);
    }
    grpc::Status reviewView(server::ServerConnection &connection, const QString &eventId, const QString &roundId,
                            int scanIndex, int view, QByteArray *bytes)
    {
        v1::FetchReviewScanViewRequest request;
        request.set_event_id(eventId.toStdString());
        request.set_round_id(roundId.toStdString());
        request.set_scan_index(uint32_t(scanIndex));
        request.set_view(uint32_t(view));
        auto context = connection.context();
        return readAll(connection.admin().FetchReviewScanView(context.get(), request), bytes);
    }

    void createSession()
    {
        v1::CreateEventRequest create;
        create.set_title("Review practice");
        create.set_practice(true);
        create.set_reveal_truth_after_round(true);
        v1::EventSummary event;
        QVERIFY(trainerCall([&](auto &c, auto *x) { return c.admin().CreateEvent(x, create, &event); }).ok());
        m_eventId = QString::fromStdString(event.event_id());
        v1::AddRoundRequest addRound;
        addRound.set_event_id(event.event_id());
        addRound.set_title("Parcels");
        addRound.set_image_set_id(m_fixture.starterId().toStdString());
        for (const ImageSetEntry &entry : m_fixture.starter().entries)
            addRound.add_scan_ids(entry.scan.id.toStdString());
        addRound.set_settings_json(R"({"type":"find-the-threat","secondsPerScan":60})");
        v1::RoundInfo round;
        QVERIFY(trainerCall([&](auto &c, auto *x) { return c.admin().AddRound(x, addRound, &round); }).ok());
        m_roundId = QString::fromStdString(round.round_id());
        v1::AddContestantRequest addTrainee;
        addTrainee.set_event_id(event.event_id());
        addTrainee.set_name("Trainee R");
        v1::ContestantSummary trainee;
        QVERIFY(trainerCall([&](auto &c, auto *x) { return c.admin().AddContestant(x, addTrainee, &trainee); }).ok());
        m_contestantId = QString::fromStdString(trainee.contestant_id());
        v1::IssueTokenRequest issue;
        issue.set_role(v1::ROLE_CONTESTANT);
        issue.set_event_id(event.event_id());
        issue.set_contestant_id(trainee.contestant_id());
        issue.set_label("trainee desk");
        v1::IssueTokenReply token;
        QVERIFY(trainerCall([&](auto &c, auto *x) { return c.admin().IssueToken(x, issue, &token); }).ok());
        m_traineeToken = QString::fromStdString(token.token());
    }

    void playSession()
    {
        v1::ControlEventRequest start;
        start.set_event_id(m_eventId.toStdString());
        start.set_action(v1::ControlEventRequest::ACTION_START);
        v1::EventStatus status;
        QVERIFY(trainerCall([&](auto &c, auto *x) { return c.admin().ControlEvent(x, start, &status); }).ok());
        auto trainee = m_fixture.connect(m_traineeToken);
        m_fixture.advance(0.5);
        v1::FetchScanViewRequest fetch;
        fetch.set_round_id(m_roundId.toStdString());
        auto context = trainee->context();
        const grpc::Status fetched
            = readAll(trainee->tournament().FetchScanView(context.get(), fetch), &m_traineeView0);
        QVERIFY2(fetched.ok(), described(fetched));
        const QList<ImageSetEntry> &entries = m_fixture.starter().entries;
        for (int scan = 0; scan < entries.size(); ++scan) {
            if (scan == 2) {
                m_fixture.advance(61); // the scan's clock runs out
                continue;
            }
            QList<v1::Mark> marks;
            if (scan == 0)
                marks.append(markOn(entries[0].scan.truth.first().regions.first().bounds(),
                                    entries[0].scan.truth.first().category));
            m_fixture.advance(2 + scan);
            const grpc::Status sent
                = submit(*trainee, m_roundId, scan, QStringLiteral("review-answer-%1").arg(scan), marks);
            QVERIFY2(sent.ok(), described(sent));
        }
    }

    /// The trainee's own results of the round, as the scores counted them.
    v1::MyResults traineeResults()
    {
        auto trainee = m_fixture.connect(m_traineeToken);
        v1::GetMyResultsRequest request;
        request.set_round_id(m_roundId.toStdString());
        v1::MyResults results;
        auto context = trainee->context();
        const grpc::Status status = trainee->tournament().GetMyResults(context.get(), request, &results);
        if (!status.ok())
            qWarning("GetMyResults: %s", described(status));
        return results;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
        QString trainerId;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &m_trainerToken, &trainerId).ok());
        QVERIFY(m_fixture.shareImageSet(m_fixture.starterId(), trainerId).ok());
        m_trainer = m_fixture.connect(m_trainerToken);
        QVERIFY(!m_fixture.starter().entries.first().scan.truth.isEmpty());
        QVERIFY(m_fixture.starter().entries.size() >= 4);
        createSession();
        if (!QTest::currentTestFailed())
            playSession();
    }

    // Each scan shown, in order, with what the trainee decided and marked, the truth, and the very
    // outcome, points and response time the trainee's own results give.
    void answersAreThoseTheScoreCounted()
    {
        v1::TraineeAnswers reply;
        const grpc::Status status = answers(*m_trainer, answersRequest(), &reply);
        QVERIFY2(status.ok(), described(status));
        QCOMPARE(QString::fromStdString(reply.name()), QStringLiteral("Trainee R"));
        QCOMPARE(QString::fromStdString(reply.round_title()), QStringLiteral("Parcels"));
        const QList<ImageSetEntry> &entries = m_fixture.starter().entries;
        QCOMPARE(reply.scans_size(), int(entries.size()));
        const v1::MyResults own = traineeResults();
        QCOMPARE(own.scans_size(), reply.scans_size());
        for (int i = 0; i < reply.scans_size(); ++i) {
            const v1::TraineeAnswer &scan = reply.scans(i);
            QCOMPARE(int(scan.result().scan_index()), i);
            QCOMPARE(QString::fromStdString(scan.result().scan_id()), entries[i].scan.id);
            QCOMPARE(int(scan.view_count()), int(entries[i].scan.views.size()));
            QVERIFY2(scan.result().SerializeAsString() == own.scans(i).SerializeAsString(),
                     qPrintable(QStringLiteral("scan %1 differs from the trainee's own result").arg(i)));
            int regions = 0;
            for (const GroundTruthObject &object : entries[i].scan.truth)
                regions += int(object.regions.size());
            QCOMPARE(scan.result().truth_size(), regions);
        }
        QCOMPARE(reply.scans(0).decision(), v1::DECISION_SUSPECT);
        QCOMPARE(reply.scans(0).result().scan_verdict(), v1::VERDICT_HIT);
        QCOMPARE(reply.scans(0).result().marks_size(), 1);
        QCOMPARE(reply.scans(0).result().hitting_marks_size(), 1);
        QCOMPARE(reply.scans(0).result().response_seconds(), 2.5);
        QCOMPARE(reply.scans(1).decision(), v1::DECISION_CLEAR);
        QCOMPARE(reply.scans(1).result().scan_verdict(),
                 entries[1].scan.truth.isEmpty() ? v1::VERDICT_CORRECT_REJECTION : v1::VERDICT_MISS);
        QVERIFY(reply.scans(2).result().timed_out());
        QCOMPARE(reply.scans(2).decision(), v1::DECISION_UNSPECIFIED);
        QCOMPARE(reply.scans(2).result().marks_size(), 0);
        QVERIFY(!reply.scans(3).result().timed_out());
    }

    // The truth is the trainer's to see even where the event keeps it from contestants; the host
    // reads the same review.
    void hostReadsTheSameReview()
    {
        v1::TraineeAnswers byTrainer, byHost;
        QVERIFY(answers(*m_trainer, answersRequest(), &byTrainer).ok());
        const grpc::Status status = answers(m_fixture.host(), answersRequest(), &byHost);
        QVERIFY2(status.ok(), described(status));
        QCOMPARE(byHost.SerializeAsString(), byTrainer.SerializeAsString());
    }

    // The review's pixels are the file the trainee was sent.
    void reviewViewIsTheTraineesView()
    {
        QVERIFY(!m_traineeView0.isEmpty());
        QByteArray bytes;
        const grpc::Status status = reviewView(*m_trainer, m_eventId, m_roundId, 0, 0, &bytes);
        QVERIFY2(status.ok(), described(status));
        QCOMPARE(bytes.size(), m_traineeView0.size());
        QVERIFY(bytes == m_traineeView0);
        // A scan the trainee never fetched is written as contestants would have been sent it.
        QByteArray later;
        QVERIFY(reviewView(m_fixture.host(), m_eventId, m_roundId, 3, 0, &later).ok());
        QVERIFY(!later.isEmpty());
    }

    void refusals()
    {
        const auto refusedWith = [](const grpc::Status &status, grpc::StatusCode code, const QString &words) {
            if (status.error_code() != code)
                return QStringLiteral("expected code %1, got %2 (%3)")
                    .arg(int(code))
                    .arg(int(status.error_code()))
                    .arg(QString::fromStdString(status.error_message()));
            if (!QString::fromStdString(status.error_message()).contains(words))
                return QStringLiteral("the message \"%1\" does not say \"%2\"")
                    .arg(QString::fromStdString(status.error_message()), words);
            return QString();
        };
        auto trainee = m_fixture.connect(m_traineeToken);
        QString otherToken;
        QVERIFY(m_fixture.issueToken(v1::ROLE_TRAINER, {}, {}, &otherToken).ok());
        auto other = m_fixture.connect(otherToken);
        v1::TraineeAnswers reply;
        QByteArray bytes;

        QString why = refusedWith(answers(*trainee, answersRequest(), &reply), grpc::StatusCode::PERMISSION_DENIED,
                                  QStringLiteral("contestant token"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refusedWith(reviewView(*trainee, m_eventId, m_roundId, 0, 0, &bytes), grpc::StatusCode::PERMISSION_DENIED,
                          QStringLiteral("contestant token"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refusedWith(answers(*other, answersRequest(), &reply), grpc::StatusCode::PERMISSION_DENIED,
                          QStringLiteral("not one of this trainer's sessions"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refusedWith(reviewView(*other, m_eventId, m_roundId, 0, 0, &bytes), grpc::StatusCode::PERMISSION_DENIED,
                          QStringLiteral("not one of this trainer's sessions"));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        v1::TraineeAnswersRequest unknownRound = answersRequest();
        unknownRound.set_round_id("no-such-round");
        why = refusedWith(answers(*m_trainer, unknownRound, &reply), grpc::StatusCode::NOT_FOUND,
                          QStringLiteral("no round no-such-round"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        v1::TraineeAnswersRequest unknownContestant = answersRequest();
        unknownContestant.set_contestant_id("no-such-trainee");
        why = refusedWith(answers(*m_trainer, unknownContestant, &reply), grpc::StatusCode::NOT_FOUND,
                          QStringLiteral("no contestant no-such-trainee"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refusedWith(reviewView(*m_trainer, m_eventId, QStringLiteral("no-such-round"), 0, 0, &bytes),
                          grpc::StatusCode::NOT_FOUND, QStringLiteral("no round no-such-round"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const int scans = int(m_fixture.starter().entries.size());
        why = refusedWith(reviewView(*m_trainer, m_eventId, m_roundId, scans, 0, &bytes), grpc::StatusCode::NOT_FOUND,
                          QStringLiteral("there is no scan %1").arg(scans));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = refusedWith(reviewView(*m_trainer, m_eventId, m_roundId, 0, 99, &bytes), grpc::StatusCode::NOT_FOUND,
                          QStringLiteral("there is no view 99"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(bytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TraineeReviewTest)
#include "tst_traineereview.moc"
