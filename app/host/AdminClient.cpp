// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AdminClient.h"

#include "BackgroundCalls.h"
#include "HostMessages.h"
#include "client/ExportDownloads.h"
#include "enhance/ModeRendering.h"
#include "enhance/ViewModes.h"
#include "tournamentclient/DownloadedView.h"

#include <optional>

namespace pen::gui {
namespace {

using server::ServerConnection;

/// The stream's first board: the standings now.
grpc::Status firstBoard(ServerConnection &connection, const v1::WatchLeaderboardRequest &request,
                        v1::Leaderboard *board)
{
    auto context = connection.context();
    auto reader = connection.admin().WatchLeaderboard(context.get(), request);
    const bool read = reader->Read(board);
    context->TryCancel();
    const grpc::Status status = reader->Finish();
    return read ? grpc::Status::OK : status;
}

/// How a GenerateImageSet call ended: the summary once the set is stored (even if a cancel came
/// too late to stop it), else the status.
struct Generation {
    grpc::Status status;
    std::optional<v1::ImageSetSummary> summary;
};

Generation readGeneration(ServerConnection &connection, grpc::ClientContext *context,
                          const v1::GenerateImageSetRequest &request, const std::function<void(int, int)> &progress)
{
    Generation generation;
    auto reader = connection.admin().GenerateImageSet(context, request);
    v1::GenerateImageSetProgress message;
    while (reader->Read(&message)) {
        progress(int(message.scans_done()), int(message.scan_count()));
        if (message.has_summary())
            generation.summary = message.summary();
    }
    generation.status = reader->Finish();
    return generation;
}

/// Each round's first board, in order; the first failure ends the list.
BackgroundCalls::Result<QList<v1::Leaderboard>> readBoards(ServerConnection &connection, const QString &eventId,
                                                           const QStringList &roundIds)
{
    BackgroundCalls::Result<QList<v1::Leaderboard>> result;
    v1::WatchLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    for (const QString &roundId : roundIds) {
        request.set_round_id(roundId.toStdString());
        v1::Leaderboard board;
        result.status = firstBoard(connection, request, &board);
        if (!result.status.ok())
            break;
        result.reply.append(board);
    }
    return result;
}

/// The review view's bytes, whole: the stream's chunks in order.
grpc::Status readReviewView(ServerConnection &connection, grpc::ClientContext *context,
                            const v1::FetchReviewScanViewRequest &request, QByteArray *bytes)
{
    auto reader = connection.admin().FetchReviewScanView(context, request);
    v1::Chunk chunk;
    while (reader->Read(&chunk)) {
        if (chunk.offset() != quint64(bytes->size()))
            return grpc::Status(grpc::StatusCode::DATA_LOSS, "the server sent a chunk out of order");
        bytes->append(chunk.data().data(), qsizetype(chunk.data().size()));
    }
    return reader->Finish();
}

/// A stored view as the console shows it: material colours where it has two energies, else grey.
grpc::Status renderReviewView(const QByteArray &bytes, const QString &name, QImage *image)
{
    // Stored views are PNG (colour) or DICOS; the bytes tell which.
    const QString mediaType
        = bytes.startsWith("\x89PNG") ? QStringLiteral("image/png") : QStringLiteral("application/dicom");
    auto scan = decodeDownloadedView(bytes, mediaType, name);
    if (!scan || scan->views.isEmpty())
        return grpc::Status(grpc::StatusCode::DATA_LOSS,
                            (scan ? QStringLiteral("%1 holds no view").arg(name) : scan.error().message).toStdString());
    auto rendered = renderInMode(scan->views.first(), *ViewModes::find(QStringLiteral("material")));
    if (!rendered)
        rendered = renderInMode(scan->views.first(), *ViewModes::find(QStringLiteral("grey")));
    if (!rendered)
        return grpc::Status(grpc::StatusCode::INTERNAL, rendered.error().message.toStdString());
    *image = *rendered;
    return grpc::Status::OK;
}

} // namespace

AdminClient::AdminClient(QObject *parent) : QObject(parent)
{
    // A few calls at once (a status poll beside an upload); more would only queue on the channel.
    m_calls = std::make_unique<BackgroundCalls>(this, 4);
}

AdminClient::~AdminClient()
{
    cancelGeneration(); // a long generation would otherwise hold the wait below
    m_calls.reset();    // waits for the calls in flight
}

template <typename Reply, typename Rpc, typename OnReply>
void AdminClient::call(const QString &what, Rpc rpc, OnReply onReply, Done<QString> refused)
{
    if (!m_connection) {
        refuse(what, tr("not connected to a server"), refused);
        return;
    }
    ++m_pending;
    m_calls->call<Reply>(m_connection, rpc,
                         [this, what, onReply, refused](const BackgroundCalls::Result<Reply> &result) {
                             if (result.status.ok())
                                 onReply(result.reply);
                             else
                                 refuse(what, describe(result.status), refused);
                             finishCall();
                         });
}

void AdminClient::refuse(const QString &what, const QString &message, const Done<QString> &refused)
{
    if (refused)
        refused(message);
    emit failed(what, message);
}

void AdminClient::finishCall()
{
    if (--m_pending == 0)
        emit idle();
}

QString AdminClient::describe(const grpc::Status &status)
{
    const QString detail = QString::fromStdString(status.error_message());
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE: return tr("the server cannot be reached (%1)").arg(detail);
    case grpc::StatusCode::UNAUTHENTICATED:
        return tr("the server does not accept this token: it is unknown or was revoked (%1)").arg(detail);
    case grpc::StatusCode::PERMISSION_DENIED: return tr("this token may not do that (%1)").arg(detail);
    case grpc::StatusCode::DEADLINE_EXCEEDED: return tr("the server did not answer in time (%1)").arg(detail);
    default: return ServerConnection::describe(status);
    }
}

void AdminClient::connectTo(const server::ConnectionOptions &options, Done<QList<EventSummary>> done,
                            Done<QString> refused)
{
    auto opened = ServerConnection::connect(options);
    if (!opened) {
        refuse(tr("Connecting"), opened.error().message, refused);
        return;
    }
    std::shared_ptr<ServerConnection> connection(std::move(*opened));
    ++m_pending;
    m_calls->call<v1::ListEventsReply>(
        connection,
        [](ServerConnection &server, grpc::ClientContext *context, v1::ListEventsReply *reply) {
            return server.admin().ListEvents(context, {}, reply);
        },
        [this, connection, done, refused](const BackgroundCalls::Result<v1::ListEventsReply> &result) {
            if (result.status.ok()) {
                m_connection = connection;
                done(HostMessages::fromProto(result.reply));
            } else {
                m_connection.reset();
                refuse(tr("Connecting"), describe(result.status), refused);
            }
            finishCall();
        },
        10);
}

void AdminClient::listEvents(Done<QList<EventSummary>> done)
{
    call<v1::ListEventsReply>(
        tr("Listing events"),
        [](ServerConnection &server, grpc::ClientContext *context, v1::ListEventsReply *reply) {
            return server.admin().ListEvents(context, {}, reply);
        },
        [done](const v1::ListEventsReply &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::createEvent(const NewEvent &event, Done<EventSummary> done)
{
    call<v1::EventSummary>(
        tr("Creating the event"),
        [request = HostMessages::toProto(event)](ServerConnection &server, grpc::ClientContext *context,
                                                 v1::EventSummary *reply) {
            return server.admin().CreateEvent(context, request, reply);
        },
        [done](const v1::EventSummary &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::getEvent(const QString &eventId, Done<EventDetails> done, Done<QString> refused)
{
    v1::GetEventRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::EventDetails>(
        tr("Reading the event"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::EventDetails *reply) {
            return server.admin().GetEvent(context, request, reply);
        },
        [done](const v1::EventDetails &reply) { done(HostMessages::fromProto(reply)); }, refused);
}

void AdminClient::listImageSets(Done<QList<ImageSetRecord>> done)
{
    call<v1::ListImageSetsReply>(
        tr("Listing image sets"),
        [](ServerConnection &server, grpc::ClientContext *context, v1::ListImageSetsReply *reply) {
            return server.admin().ListImageSets(context, {}, reply);
        },
        [done](const v1::ListImageSetsReply &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::uploadImageSet(const QString &folder, const QString &name, Done<ImageSetRecord> done,
                                 Done<QString> refused)
{
    std::shared_ptr<ServerConnection> connection = m_connection;
    const QString what = tr("Uploading the image set %1").arg(name);
    if (!connection) {
        refuse(what, tr("not connected to a server"), refused);
        return;
    }
    ++m_pending;
    // The destructor waits for the workers, so `this` outlives the progress reports posted to it.
    m_calls->run(
        [this, calls = m_calls.get(), connection, folder, name] {
            return connection->uploadImageSet(folder, name, [this, calls](qint64 sent, qint64 total) {
                calls->post([this, sent, total] { emit uploadProgress(sent, total); });
            });
        },
        [this, what, done, refused](const Expected<v1::ImageSetSummary> &result) {
            if (result)
                done(HostMessages::fromProto(*result));
            else
                refuse(what, result.error().message, refused);
            finishCall();
        });
}

void AdminClient::generateImageSet(const SetGeneration &generation, Done<ImageSetRecord> done, Done<QString> refused)
{
    const QString what = tr("Generating the image set %1").arg(generation.name);
    if (!m_connection || m_generation) {
        refuse(what, m_connection ? tr("a practice set is being generated already") : tr("not connected to a server"),
               refused);
        return;
    }
    std::shared_ptr<ServerConnection> connection = m_connection;
    // Made here, not on the worker, so that a cancel before the call starts still reaches it.
    m_generation = connection->context(3600);
    m_generationCancelled = false;
    std::shared_ptr<grpc::ClientContext> context = m_generation;
    ++m_pending;
    // The destructor waits for the workers, so `this` outlives the progress reports posted to it.
    m_calls->run(
        [this, calls = m_calls.get(), connection, context, request = HostMessages::toProto(generation)] {
            return readGeneration(*connection, context.get(), request, [this, calls](int scansDone, int scanCount) {
                calls->post([this, scansDone, scanCount] { emit generationProgress(scansDone, scanCount); });
            });
        },
        [this, what, done, refused](const Generation &ended) {
            const bool cancelled = m_generationCancelled && ended.status.error_code() == grpc::StatusCode::CANCELLED;
            m_generation.reset();
            if (ended.summary)
                done(HostMessages::fromProto(*ended.summary));
            else if (cancelled)
                refused(tr("cancelled; the server stored nothing"));
            else
                refuse(what,
                       ended.status.ok() ? tr("the server ended the generation without the set's summary")
                                         : describe(ended.status),
                       refused);
            finishCall();
        });
}

void AdminClient::cancelGeneration()
{
    if (!m_generation)
        return;
    m_generationCancelled = true;
    m_generation->TryCancel();
}

void AdminClient::addRound(const NewRound &round, Done<EventRound> done)
{
    call<v1::RoundInfo>(
        tr("Adding the round"),
        [request = HostMessages::toProto(round)](ServerConnection &server, grpc::ClientContext *context,
                                                 v1::RoundInfo *reply) {
            return server.admin().AddRound(context, request, reply);
        },
        [done](const v1::RoundInfo &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::addContestant(const NewContestant &contestant, Done<EventContestant> done)
{
    call<v1::ContestantSummary>(
        tr("Adding the contestant"),
        [request = HostMessages::toProto(contestant)](ServerConnection &server, grpc::ClientContext *context,
                                                      v1::ContestantSummary *reply) {
            return server.admin().AddContestant(context, request, reply);
        },
        [done](const v1::ContestantSummary &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::issueToken(const NewToken &token, Done<IssuedToken> done)
{
    call<v1::IssueTokenReply>(
        tr("Issuing the token"),
        [request = HostMessages::toProto(token)](ServerConnection &server, grpc::ClientContext *context,
                                                 v1::IssueTokenReply *reply) {
            return server.admin().IssueToken(context, request, reply);
        },
        [done](const v1::IssueTokenReply &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::revokeToken(const QString &tokenId, Then done)
{
    v1::RevokeTokenRequest request;
    request.set_token_id(tokenId.toStdString());
    call<v1::RevokeTokenReply>(
        tr("Revoking the token"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::RevokeTokenReply *reply) {
            return server.admin().RevokeToken(context, request, reply);
        },
        [done](const v1::RevokeTokenReply &) { done(); });
}

void AdminClient::listTokens(const QString &eventId, Done<QList<TokenSummary>> done)
{
    v1::ListTokensRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::ListTokensReply>(
        tr("Listing tokens"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::ListTokensReply *reply) {
            return server.admin().ListTokens(context, request, reply);
        },
        [done](const v1::ListTokensReply &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::control(const QString &eventId, ClockCommand::Kind command, Then done)
{
    v1::ControlEventRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_action(HostMessages::toProto(command));
    call<v1::EventStatus>(
        tr("Controlling the event"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::EventStatus *reply) {
            return server.admin().ControlEvent(context, request, reply);
        },
        [done](const v1::EventStatus &) { done(); });
}

void AdminClient::exportResults(const QString &eventId, Done<QByteArray> done)
{
    call<QByteArray>(
        tr("Exporting the results"),
        [eventId](ServerConnection &server, grpc::ClientContext *context, QByteArray *csv) {
            return server::downloadResultsCsv(server.admin(), context, eventId, *csv);
        },
        done);
}

void AdminClient::auditLog(const QString &eventId, Done<QList<AuditEntry>> done)
{
    v1::GetAuditLogRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::GetAuditLogReply>(
        tr("Reading the audit log"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::GetAuditLogReply *reply) {
            return server.admin().GetAuditLog(context, request, reply);
        },
        [done](const v1::GetAuditLogReply &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::traineeReport(const TraineeQuery &query, Done<TraineeReport> done)
{
    call<v1::TraineeReport>(
        tr("Reading the trainee report"),
        [request = HostMessages::toProto(query)](ServerConnection &server, grpc::ClientContext *context,
                                                 v1::TraineeReport *reply) {
            return server.admin().GetTraineeReport(context, request, reply);
        },
        [done](const v1::TraineeReport &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::traineeAnswers(const ReviewQuery &query, Done<TraineeAnswers> done)
{
    call<v1::TraineeAnswers>(
        tr("Reading the trainee's answers"),
        [request = HostMessages::toProto(query)](ServerConnection &server, grpc::ClientContext *context,
                                                 v1::TraineeAnswers *reply) {
            return server.admin().GetTraineeAnswers(context, request, reply);
        },
        [done](const v1::TraineeAnswers &reply) { done(HostMessages::fromProto(reply)); });
}

void AdminClient::reviewScanView(const ReviewQuery &query, int scanIndex, int view, Done<QImage> done)
{
    v1::FetchReviewScanViewRequest request;
    request.set_event_id(query.eventId.toStdString());
    request.set_round_id(query.roundId.toStdString());
    request.set_scan_index(uint32_t(scanIndex));
    request.set_view(uint32_t(view));
    const QString name = tr("scan %1, view %2").arg(scanIndex + 1).arg(view + 1);
    call<QImage>(
        tr("Fetching %1").arg(name),
        [request, name](ServerConnection &server, grpc::ClientContext *context, QImage *image) {
            QByteArray bytes;
            const grpc::Status read = readReviewView(server, context, request, &bytes);
            return read.ok() ? renderReviewView(bytes, name, image) : read;
        },
        done);
}

void AdminClient::standings(const QString &eventId, const QString &roundId, Done<Leaderboard> done)
{
    roundStandings(eventId, {roundId}, [done](const QList<Leaderboard> &boards) { done(boards.value(0)); });
}

void AdminClient::roundStandings(const QString &eventId, const QStringList &roundIds, Done<QList<Leaderboard>> done)
{
    std::shared_ptr<ServerConnection> connection = m_connection;
    const QString what = tr("Reading the standings");
    if (!connection) {
        emit failed(what, tr("not connected to a server"));
        return;
    }
    ++m_pending;
    m_calls->run([connection, eventId, roundIds] { return readBoards(*connection, eventId, roundIds); },
                 [this, what, done](const BackgroundCalls::Result<QList<v1::Leaderboard>> &result) {
                     if (result.status.ok()) {
                         QList<Leaderboard> boards;
                         for (const v1::Leaderboard &board : result.reply)
                             boards.append(HostMessages::fromProto(board));
                         done(boards);
                     } else {
                         emit failed(what, describe(result.status));
                     }
                     finishCall();
                 });
}

} // namespace pen::gui
