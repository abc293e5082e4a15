// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ServerConnection.h"
#include "TokenText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <optional>

namespace pen::server {
namespace {

const char *codeName(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::OK: return "OK";
    case grpc::StatusCode::CANCELLED: return "CANCELLED";
    case grpc::StatusCode::UNKNOWN: return "UNKNOWN";
    case grpc::StatusCode::INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case grpc::StatusCode::DEADLINE_EXCEEDED: return "DEADLINE_EXCEEDED";
    case grpc::StatusCode::NOT_FOUND: return "NOT_FOUND";
    case grpc::StatusCode::ALREADY_EXISTS: return "ALREADY_EXISTS";
    case grpc::StatusCode::PERMISSION_DENIED: return "PERMISSION_DENIED";
    case grpc::StatusCode::UNAUTHENTICATED: return "UNAUTHENTICATED";
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return "RESOURCE_EXHAUSTED";
    case grpc::StatusCode::FAILED_PRECONDITION: return "FAILED_PRECONDITION";
    case grpc::StatusCode::ABORTED: return "ABORTED";
    case grpc::StatusCode::OUT_OF_RANGE: return "OUT_OF_RANGE";
    case grpc::StatusCode::UNIMPLEMENTED: return "UNIMPLEMENTED";
    case grpc::StatusCode::INTERNAL: return "INTERNAL";
    case grpc::StatusCode::UNAVAILABLE: return "UNAVAILABLE";
    case grpc::StatusCode::DATA_LOSS: return "DATA_LOSS";
    default: return "ERROR";
    }
}

constexpr qint64 UploadChunk = 1 << 20;

} // namespace

Expected<std::unique_ptr<ServerConnection>> ServerConnection::connect(const Options &options)
{
    if (options.address.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no server address (host:port)"));
    // gRPC aborts the process on a header value it does not allow, and prints it: the secret.
    if (auto sendable = checkTokenSendable(options.token); !sendable)
        return sendable.error();
    std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
    grpc::ChannelArguments arguments;
    arguments.SetMaxReceiveMessageSize(8 << 20);
    // A connection of its own, not one shared with the process's other channels to this address: a
    // client that connects anew after a server restart must not inherit a connection that still
    // waits out its reconnect backoff or hangs on the server that went away.
    arguments.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    // Back within a second of a restarted server, rather than after gRPC's default backoff of up to 2 minutes.
    arguments.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 250);
    arguments.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
    if (!options.caCertificate.isEmpty()) {
        QFile file(options.caCertificate);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("CA certificate %1 cannot be read").arg(options.caCertificate));
        grpc::SslCredentialsOptions ssl;
        ssl.pem_root_certs = file.readAll().toStdString();
        credentials = grpc::SslCredentials(ssl);
        if (!options.serverName.isEmpty())
            arguments.SetSslTargetNameOverride(options.serverName.toStdString());
    }
    std::unique_ptr<ServerConnection> connection(new ServerConnection(options));
    connection->m_channel = grpc::CreateCustomChannel(options.address.toStdString(), credentials, arguments);
    connection->m_tournament = v1::Tournament::NewStub(connection->m_channel);
    connection->m_admin = v1::Admin::NewStub(connection->m_channel);
    connection->m_machines = v1::Machines::NewStub(connection->m_channel);
    return connection;
}

std::unique_ptr<grpc::ClientContext> ServerConnection::context(int timeoutSeconds) const
{
    auto context = std::make_unique<grpc::ClientContext>();
    if (!m_options.token.isEmpty())
        context->AddMetadata("authorization", "Bearer " + m_options.token.toStdString());
    if (timeoutSeconds > 0)
        context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(timeoutSeconds));
    return context;
}

QString ServerConnection::describe(const grpc::Status &status)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(codeName(status.error_code())),
                                        QString::fromStdString(status.error_message()));
}

Expected<v1::ImageSetSummary> ServerConnection::uploadImageSet(const QString &folder, const QString &name,
                                                               const std::function<void(qint64, qint64)> &progress)
{
    const QDir root(QFileInfo(folder).absoluteFilePath());
    if (!root.exists(QStringLiteral("manifest.json")))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 is not an image set folder (no manifest.json)").arg(folder));
    QStringList files;
    qint64 total = 0;
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(root.relativeFilePath(path));
        total += it.fileInfo().size();
    }
    files.sort();
    auto context = this->context(3600);
    v1::ImageSetSummary summary;
    auto writer = m_admin->UploadImageSet(context.get(), &summary);
    v1::ImageSetUpload header;
    header.mutable_header()->set_name(name.toStdString());
    header.mutable_header()->set_total_bytes(uint64_t(total));
    bool open = writer->Write(header);
    qint64 sent = 0;
    for (const QString &relative : files) {
        if (!open)
            break;
        QFile file(root.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be read").arg(file.fileName()));
        qint64 offset = 0;
        do {
            const QByteArray data = file.read(UploadChunk);
            v1::ImageSetUpload part;
            part.mutable_file()->set_path(relative.toStdString());
            part.mutable_file()->set_offset(uint64_t(offset));
            part.mutable_file()->set_data(data.constData(), std::size_t(data.size()));
            open = writer->Write(part);
            offset += data.size();
            sent += data.size();
            if (progress)
                progress(sent, total);
        } while (open && !file.atEnd());
    }
    writer->WritesDone();
    const grpc::Status status = writer->Finish();
    if (!status.ok())
        return makeError(ErrorCode::InvalidArgument, describe(status));
    return summary;
}

Expected<v1::ImageSetSummary> ServerConnection::generateImageSet(const v1::GenerateImageSetRequest &request,
                                                                 const std::function<void(int, int)> &progress)
{
    auto context = this->context(3600);
    auto reader = m_admin->GenerateImageSet(context.get(), request);
    v1::GenerateImageSetProgress message;
    std::optional<v1::ImageSetSummary> summary;
    while (reader->Read(&message)) {
        if (progress)
            progress(int(message.scans_done()), int(message.scan_count()));
        if (message.has_summary())
            summary = message.summary();
    }
    const grpc::Status status = reader->Finish();
    if (!status.ok())
        return makeError(ErrorCode::InvalidArgument, describe(status));
    if (!summary)
        return makeError(ErrorCode::Format,
                         QStringLiteral("the server ended the generation without the set's summary"));
    return *summary;
}

Expected<v1::MachineRunSummary> ServerConnection::runPlugin(const v1::RunPluginRequest &request,
                                                            const std::function<void(int, int)> &progress,
                                                            int timeoutSeconds)
{
    auto context = this->context(timeoutSeconds > 0 ? timeoutSeconds : 24 * 3600);
    auto reader = m_machines->RunPlugin(context.get(), request);
    v1::RunPluginProgress message;
    std::optional<v1::MachineRunSummary> run;
    while (reader->Read(&message)) {
        if (progress)
            progress(int(message.scans_done()), int(message.scan_count()));
        if (message.has_run())
            run = message.run();
    }
    const grpc::Status status = reader->Finish();
    if (!status.ok())
        return makeError(ErrorCode::InvalidArgument, describe(status));
    if (!run)
        return makeError(ErrorCode::Format, QStringLiteral("the server ended the run without its result"));
    return *run;
}

} // namespace pen::server
