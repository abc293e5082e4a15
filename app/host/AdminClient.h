// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "HostRecords.h"
#include "ReviewRecords.h"
#include "client/ConnectionOptions.h"
#include "client/ServerConnectionForward.h"

#include <QByteArray>
#include <QImage>
#include <QObject>

#include <functional>
#include <memory>

namespace pen::gui {

class BackgroundCalls;

/// The host's and trainer's calls to the server's Admin service, each run on a worker thread
/// (BackgroundCalls); requests and replies are the console's plain values (HostMessages converts).
/// A call's reply reaches `done` on the GUI thread; a refusal or a transport error is reported
/// by failed() with what was attempted, and `done` is not called. Destroying the client waits for
/// the calls in flight (each has a deadline).
class AdminClient final : public QObject {
    Q_OBJECT
public:
    template <typename Reply> using Done = std::function<void(const Reply &)>;
    using Then = std::function<void()>;

    explicit AdminClient(QObject *parent = nullptr);
    ~AdminClient() override;

    /// Opens a connection and proves it (the server answers, the token is known) by listing events.
    void connectTo(const server::ConnectionOptions &options, Done<QList<EventSummary>> done, Done<QString> refused);
    bool isConnected() const { return m_connection != nullptr; }
    /// The connection, shared with long-lived streams; null before connectTo() succeeded.
    std::shared_ptr<server::ServerConnection> connection() const { return m_connection; }
    int pendingCalls() const { return m_pending; }

    void listEvents(Done<QList<EventSummary>> done);
    void createEvent(const NewEvent &event, Done<EventSummary> done);
    /// `refused` (optional) hears of a failure too, besides failed().
    void getEvent(const QString &eventId, Done<EventDetails> done, Done<QString> refused = {});
    void listImageSets(Done<QList<ImageSetRecord>> done);
    /// Progress is reported by uploadProgress() while the files go out; a refusal reaches both
    /// `refused` (with the server's message) and failed().
    void uploadImageSet(const QString &folder, const QString &name, Done<ImageSetRecord> done, Done<QString> refused);
    /// Has the server generate a practice set (see pen.v1.Admin.GenerateImageSet), one at a time;
    /// generationProgress() reports the scans done while it runs. A refusal reaches both `refused`
    /// (with the server's message) and failed(); a call ended by cancelGeneration() reaches `refused` only.
    void generateImageSet(const SetGeneration &generation, Done<ImageSetRecord> done, Done<QString> refused);
    /// Cancels the generation in flight; the server then stores nothing.
    void cancelGeneration();
    bool isGenerating() const { return m_generation != nullptr; }
    void addRound(const NewRound &round, Done<EventRound> done);
    void addContestant(const NewContestant &contestant, Done<EventContestant> done);
    void issueToken(const NewToken &token, Done<IssuedToken> done);
    void revokeToken(const QString &tokenId, Then done);
    void listTokens(const QString &eventId, Done<QList<TokenSummary>> done);
    void control(const QString &eventId, ClockCommand::Kind command, Then done);
    /// The event's answers as CSV (UTF-8), one row per answer and per timed-out scan.
    void exportResults(const QString &eventId, Done<QByteArray> done);
    void auditLog(const QString &eventId, Done<QList<AuditEntry>> done);
    void traineeReport(const TraineeQuery &query, Done<TraineeReport> done);
    /// One round of a trainee, scan by scan, as the server scored it.
    void traineeAnswers(const ReviewQuery &query, Done<TraineeAnswers> done);
    /// One view of one of the round's scans, the file the trainee was sent, decoded and drawn in
    /// the console's material colours (grey for a single energy) on the worker thread.
    void reviewScanView(const ReviewQuery &query, int scanIndex, int view, Done<QImage> done);
    /// The current standings of an event (roundId empty) or one round: the stream's first board.
    void standings(const QString &eventId, const QString &roundId, Done<Leaderboard> done);
    /// The standings of each of these rounds, in their order, in one call.
    void roundStandings(const QString &eventId, const QStringList &roundIds, Done<QList<Leaderboard>> done);

    /// A status in words for people: what the code means for a host, then the server's message.
    static QString describe(const grpc::Status &status);

signals:
    void failed(const QString &what, const QString &message);
    void uploadProgress(qint64 sent, qint64 total);
    void generationProgress(int scansDone, int scanCount);
    void idle();

private:
    /// rpc(connection, context, &reply) off the GUI thread; the reply goes to onReply, a failure to
    /// `refused` (if given) and failed().
    template <typename Reply, typename Rpc, typename OnReply>
    void call(const QString &what, Rpc rpc, OnReply onReply, Done<QString> refused = {});
    /// Reports a failure to `refused` (if given) and failed().
    void refuse(const QString &what, const QString &message, const Done<QString> &refused);
    void finishCall();

    std::shared_ptr<server::ServerConnection> m_connection;
    std::unique_ptr<BackgroundCalls> m_calls;
    int m_pending = 0;
    /// The generation's call, kept to cancel it; shared with the worker that reads its stream.
    std::shared_ptr<grpc::ClientContext> m_generation;
    bool m_generationCancelled = false;
};

} // namespace pen::gui
