// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AdminClient.h"

#include "client/ExportDownloads.h"

#include <QPointer>
#include <QtConcurrent>

#include <optional>

namespace pen::gui {
namespace {

using server::ServerConnection;

template <typename Reply> struct Result {
    grpc::Status status;
    Reply reply;
};

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

} // namespace

AdminClient::AdminClient(QObject *parent) : QObject(parent)
{
    // A few calls at once (a status poll beside an upload); more would only queue on the channel.
    m_pool.setMaxThreadCount(4);
}

AdminClient::~AdminClient()
{
    cancelGeneration(); // a long generation would otherwise hold the wait below
    m_pool.waitForDone();
}

template <typename Reply, typename Call>
void AdminClient::call(const QString &what, Call rpc, Done<Reply> done, Done<QString> refused)
{
    std::shared_ptr<ServerConnection> connection = m_connection;
    if (!connection) {
        if (refused)
            refused(tr("not connected to a server"));
        emit failed(what, tr("not connected to a server"));
        return;
    }
    ++m_pending;
    QtConcurrent::run(&m_pool, [connection, rpc] {
        Result<Reply> result;
        auto context = connection->context();
        result.status = rpc(connection->admin(), context.get(), &result.reply);
        return result;
    }).then(this, [this, what, done, refused](const Result<Reply> &result) {
        if (result.status.ok()) {
            done(result.reply);
        } else {
            if (refused)
                refused(describe(result.status));
            emit failed(what, describe(result.status));
        }
        finishCall();
    });
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

void AdminClient::connectTo(const ServerConnection::Options &options, Done<v1::ListEventsReply> done,
                            Done<QString> refused)
{
    auto opened = ServerConnection::connect(options);
    if (!opened) {
        refused(opened.error().message);
        emit failed(tr("Connecting"), opened.error().message);
        return;
    }
    std::shared_ptr<ServerConnection> connection(std::move(*opened));
    ++m_pending;
    QtConcurrent::run(&m_pool, [connection] {
        Result<v1::ListEventsReply> result;
        auto context = connection->context(10);
        result.status = connection->admin().ListEvents(context.get(), {}, &result.reply);
        return result;
    }).then(this, [this, connection, done, refused](const Result<v1::ListEventsReply> &result) {
        if (result.status.ok()) {
            m_connection = connection;
            done(result.reply);
        } else {
            m_connection.reset();
            refused(describe(result.status));
            emit failed(tr("Connecting"), describe(result.status));
        }
        finishCall();
    });
}

void AdminClient::listEvents(Done<v1::ListEventsReply> done)
{
    call<v1::ListEventsReply>(
        tr("Listing events"),
        [](auto &admin, auto *context, auto *reply) { return admin.ListEvents(context, {}, reply); }, done);
}

void AdminClient::createEvent(const v1::CreateEventRequest &request, Done<v1::EventSummary> done)
{
    call<v1::EventSummary>(
        tr("Creating the event"),
        [request](auto &admin, auto *context, auto *reply) { return admin.CreateEvent(context, request, reply); },
        done);
}

void AdminClient::getEvent(const QString &eventId, Done<v1::EventDetails> done, Done<QString> refused)
{
    v1::GetEventRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::EventDetails>(
        tr("Reading the event"),
        [request](auto &admin, auto *context, auto *reply) { return admin.GetEvent(context, request, reply); }, done,
        refused);
}

void AdminClient::listImageSets(Done<v1::ListImageSetsReply> done)
{
    call<v1::ListImageSetsReply>(
        tr("Listing image sets"),
        [](auto &admin, auto *context, auto *reply) { return admin.ListImageSets(context, {}, reply); }, done);
}

void AdminClient::uploadImageSet(const QString &folder, const QString &name, Done<v1::ImageSetSummary> done,
                                 Done<QString> refused)
{
    std::shared_ptr<ServerConnection> connection = m_connection;
    const QString what = tr("Uploading the image set %1").arg(name);
    if (!connection) {
        refused(tr("not connected to a server"));
        emit failed(what, tr("not connected to a server"));
        return;
    }
    ++m_pending;
    // The destructor waits for the pool, so `this` outlives the progress reports queued to it.
    QtConcurrent::run(&m_pool, [this, connection, folder, name] {
        return connection->uploadImageSet(folder, name, [this](qint64 sent, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, sent, total] { emit uploadProgress(sent, total); }, Qt::QueuedConnection);
        });
    }).then(this, [this, what, done, refused](const Expected<v1::ImageSetSummary> &result) {
        if (result) {
            done(*result);
        } else {
            refused(result.error().message);
            emit failed(what, result.error().message);
        }
        finishCall();
    });
}

void AdminClient::generateImageSet(const v1::GenerateImageSetRequest &request, Done<v1::ImageSetSummary> done,
                                   Done<QString> refused)
{
    const QString what = tr("Generating the image set %1").arg(QString::fromStdString(request.name()));
    QString refusal;
    if (!m_connection)
        refusal = tr("not connected to a server");
    else if (m_generation)
        refusal = tr("a practice set is being generated already");
    if (!refusal.isEmpty()) {
        refused(refusal);
        emit failed(what, refusal);
        return;
    }
    std::shared_ptr<ServerConnection> connection = m_connection;
    // Made here, not on the worker, so that a cancel before the call starts still reaches it.
    m_generation = connection->context(3600);
    m_generationCancelled = false;
    std::shared_ptr<grpc::ClientContext> context = m_generation;
    ++m_pending;
    // The destructor waits for the pool, so `this` outlives the progress reports queued to it.
    QtConcurrent::run(&m_pool, [this, connection, context, request] {
        return readGeneration(*connection, context.get(), request, [this](int scansDone, int scanCount) {
            QMetaObject::invokeMethod(
                this, [this, scansDone, scanCount] { emit generationProgress(scansDone, scanCount); },
                Qt::QueuedConnection);
        });
    }).then(this, [this, what, done, refused](const Generation &generation) {
        const bool cancelled = m_generationCancelled && generation.status.error_code() == grpc::StatusCode::CANCELLED;
        m_generation.reset();
        if (generation.summary) {
            done(*generation.summary);
        } else if (cancelled) {
            refused(tr("cancelled; the server stored nothing"));
        } else {
            const QString message = generation.status.ok()
                ? tr("the server ended the generation without the set's summary")
                : describe(generation.status);
            refused(message);
            emit failed(what, message);
        }
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

void AdminClient::addRound(const v1::AddRoundRequest &request, Done<v1::RoundInfo> done)
{
    call<v1::RoundInfo>(
        tr("Adding the round"),
        [request](auto &admin, auto *context, auto *reply) { return admin.AddRound(context, request, reply); }, done);
}

void AdminClient::addContestant(const v1::AddContestantRequest &request, Done<v1::ContestantSummary> done)
{
    call<v1::ContestantSummary>(
        tr("Adding the contestant"),
        [request](auto &admin, auto *context, auto *reply) { return admin.AddContestant(context, request, reply); },
        done);
}

void AdminClient::issueToken(const v1::IssueTokenRequest &request, Done<v1::IssueTokenReply> done)
{
    call<v1::IssueTokenReply>(
        tr("Issuing the token"),
        [request](auto &admin, auto *context, auto *reply) { return admin.IssueToken(context, request, reply); }, done);
}

void AdminClient::revokeToken(const QString &tokenId, Done<v1::RevokeTokenReply> done)
{
    v1::RevokeTokenRequest request;
    request.set_token_id(tokenId.toStdString());
    call<v1::RevokeTokenReply>(
        tr("Revoking the token"),
        [request](auto &admin, auto *context, auto *reply) { return admin.RevokeToken(context, request, reply); },
        done);
}

void AdminClient::listTokens(const QString &eventId, Done<v1::ListTokensReply> done)
{
    v1::ListTokensRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::ListTokensReply>(
        tr("Listing tokens"),
        [request](auto &admin, auto *context, auto *reply) { return admin.ListTokens(context, request, reply); }, done);
}

void AdminClient::control(const QString &eventId, v1::ControlEventRequest::Action action, Done<v1::EventStatus> done)
{
    v1::ControlEventRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_action(action);
    call<v1::EventStatus>(
        tr("Controlling the event"),
        [request](auto &admin, auto *context, auto *reply) { return admin.ControlEvent(context, request, reply); },
        done);
}

void AdminClient::exportResults(const QString &eventId, Done<v1::ExportResultsReply> done)
{
    call<v1::ExportResultsReply>(
        tr("Exporting the results"),
        [eventId](auto &admin, auto *context, auto *reply) {
            QByteArray csv;
            const grpc::Status status = server::downloadResultsCsv(admin, context, eventId, csv);
            reply->set_csv(csv.constData(), std::size_t(csv.size()));
            return status;
        },
        done);
}

void AdminClient::auditLog(const QString &eventId, Done<v1::GetAuditLogReply> done)
{
    v1::GetAuditLogRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::GetAuditLogReply>(
        tr("Reading the audit log"),
        [request](auto &admin, auto *context, auto *reply) { return admin.GetAuditLog(context, request, reply); },
        done);
}

void AdminClient::traineeReport(const v1::TraineeReportRequest &request, Done<v1::TraineeReport> done)
{
    call<v1::TraineeReport>(
        tr("Reading the trainee report"),
        [request](auto &admin, auto *context, auto *reply) { return admin.GetTraineeReport(context, request, reply); },
        done);
}

void AdminClient::standings(const QString &eventId, const QString &roundId, Done<v1::Leaderboard> done)
{
    roundStandings(eventId, {roundId}, [done](const QList<v1::Leaderboard> &boards) { done(boards.value(0)); });
}

void AdminClient::roundStandings(const QString &eventId, const QStringList &roundIds, Done<QList<v1::Leaderboard>> done)
{
    std::shared_ptr<ServerConnection> connection = m_connection;
    const QString what = tr("Reading the standings");
    if (!connection) {
        emit failed(what, tr("not connected to a server"));
        return;
    }
    ++m_pending;
    QtConcurrent::run(&m_pool, [connection, eventId, roundIds] {
        Result<QList<v1::Leaderboard>> result;
        v1::WatchLeaderboardRequest request;
        request.set_event_id(eventId.toStdString());
        for (const QString &roundId : roundIds) {
            request.set_round_id(roundId.toStdString());
            v1::Leaderboard board;
            result.status = firstBoard(*connection, request, &board);
            if (!result.status.ok())
                break;
            result.reply.append(board);
        }
        return result;
    }).then(this, [this, what, done](const Result<QList<v1::Leaderboard>> &result) {
        if (result.status.ok())
            done(result.reply);
        else
            emit failed(what, describe(result.status));
        finishCall();
    });
}

} // namespace pen::gui
