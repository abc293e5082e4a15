// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ServerConnection.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace pen::gui {

/// The host's and trainer's calls to the server's Admin service, each run on a worker thread.
/// A call's reply reaches `done` on the GUI thread; a refusal or a transport error is reported
/// by failed() with what was attempted, and `done` is not called. Destroying the client waits for
/// the calls in flight (each has a deadline).
class AdminClient final : public QObject {
    Q_OBJECT
public:
    template <typename Reply> using Done = std::function<void(const Reply &)>;

    explicit AdminClient(QObject *parent = nullptr);
    ~AdminClient() override;

    /// Opens a connection and proves it (the server answers, the token is known) by listing events.
    void connectTo(const server::ServerConnection::Options &options, Done<v1::ListEventsReply> done,
                   Done<QString> refused);
    bool isConnected() const { return m_connection != nullptr; }
    /// The connection, shared with long-lived streams; null before connectTo() succeeded.
    std::shared_ptr<server::ServerConnection> connection() const { return m_connection; }
    int pendingCalls() const { return m_pending; }

    void listEvents(Done<v1::ListEventsReply> done);
    void createEvent(const v1::CreateEventRequest &request, Done<v1::EventSummary> done);
    /// `refused` (optional) hears of a failure too, besides failed().
    void getEvent(const QString &eventId, Done<v1::EventDetails> done, Done<QString> refused = {});
    void listImageSets(Done<v1::ListImageSetsReply> done);
    /// Progress is reported by uploadProgress() while the files go out; a refusal reaches both
    /// `refused` (with the server's message) and failed().
    void uploadImageSet(const QString &folder, const QString &name, Done<v1::ImageSetSummary> done,
                        Done<QString> refused);
    /// Has the server generate a practice set (see pen.v1.Admin.GenerateImageSet), one at a time;
    /// generationProgress() reports the scans done while it runs. A refusal reaches both `refused`
    /// (with the server's message) and failed(); a call ended by cancelGeneration() reaches `refused` only.
    void generateImageSet(const v1::GenerateImageSetRequest &request, Done<v1::ImageSetSummary> done,
                          Done<QString> refused);
    /// Cancels the generation in flight; the server then stores nothing.
    void cancelGeneration();
    bool isGenerating() const { return m_generation != nullptr; }
    void addRound(const v1::AddRoundRequest &request, Done<v1::RoundInfo> done);
    void addContestant(const v1::AddContestantRequest &request, Done<v1::ContestantSummary> done);
    void issueToken(const v1::IssueTokenRequest &request, Done<v1::IssueTokenReply> done);
    void revokeToken(const QString &tokenId, Done<v1::RevokeTokenReply> done);
    void listTokens(const QString &eventId, Done<v1::ListTokensReply> done);
    void control(const QString &eventId, v1::ControlEventRequest::Action action, Done<v1::EventStatus> done);
    void exportResults(const QString &eventId, Done<v1::ExportResultsReply> done);
    void auditLog(const QString &eventId, Done<v1::GetAuditLogReply> done);
    void traineeReport(const v1::TraineeReportRequest &request, Done<v1::TraineeReport> done);
    /// The current standings of an event (roundId empty) or one round: the stream's first board.
    void standings(const QString &eventId, const QString &roundId, Done<v1::Leaderboard> done);
    /// The standings of each of these rounds, in their order, in one call.
    void roundStandings(const QString &eventId, const QStringList &roundIds, Done<QList<v1::Leaderboard>> done);

    /// A status in words for people: what the code means for a host, then the server's message.
    static QString describe(const grpc::Status &status);

signals:
    void failed(const QString &what, const QString &message);
    void uploadProgress(qint64 sent, qint64 total);
    void generationProgress(int scansDone, int scanCount);
    void idle();

private:
    template <typename Reply, typename Call>
    void call(const QString &what, Call rpc, Done<Reply> done, Done<QString> refused = {});
    void finishCall();

    std::shared_ptr<server::ServerConnection> m_connection;
    QThreadPool m_pool;
    int m_pending = 0;
    /// The generation's call, kept to cancel it; shared with the worker that reads its stream.
    std::shared_ptr<grpc::ClientContext> m_generation;
    bool m_generationCancelled = false;
};

} // namespace pen::gui
