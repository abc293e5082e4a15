// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentServer.h"

#include "ListenAddress.h"
#include "rpc/AdminService.h"
#include "rpc/MachineService.h"
#include "rpc/RefusalMessages.h"
#include "rpc/TournamentService.h"
#include "rpc/UpdateStreams.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <grpcpp/grpcpp.h>

#include <chrono>

namespace pen::server {
namespace {

constexpr int MaxMessageBytes = 4 << 20;
constexpr int HeartbeatMs = 200;

Expected<QString> readPem(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2 cannot be read").arg(what, path));
    const QByteArray pem = file.readAll();
    if (!pem.contains("-----BEGIN "))
        return makeError(ErrorCode::Format, QStringLiteral("%1 %2 is not a PEM file").arg(what, path));
    return QString::fromLatin1(pem);
}

} // namespace

bool TournamentServer::isLoopback(const QString &listen)
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    const QString host = colon < 0 ? listen : listen.left(colon);
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("[::1]")
        || host.startsWith(QLatin1String("127."));
}

Expected<std::unique_ptr<TournamentServer>> TournamentServer::start(const ServerOptions &options,
                                                                    TournamentState::Clock clock)
{
    if (!clock)
        clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    const bool tls = !options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty();
    if (tls && (options.tlsCertificate.isEmpty() || options.tlsKey.isEmpty()))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("TLS needs both a certificate and its key"));
    if (!tls && !isLoopback(options.listen) && !options.allowPlaintextRemote)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 is not a loopback address: give --tls-cert and --tls-key, or force plain text with "
                           "--allow-plaintext")
                .arg(options.listen));
    std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
    if (tls) {
        auto certificate = readPem(options.tlsCertificate, QStringLiteral("certificate"));
        if (!certificate)
            return certificate.error();
        auto key = readPem(options.tlsKey, QStringLiteral("key"));
        if (!key)
            return key.error();
        grpc::SslServerCredentialsOptions ssl;
        ssl.pem_key_cert_pairs.push_back({key->toStdString(), certificate->toStdString()});
        credentials = grpc::SslServerCredentials(ssl);
    }

    std::unique_ptr<TournamentServer> server(new TournamentServer);
    auto state = TournamentState::open(options.dataFolder, std::move(clock));
    if (!state)
        return state.error();
    server->m_state = std::move(*state);
    // Every stream is offered its clocks once per tick, the streams taking turns over the
    // heartbeats (one every 200 ms) in between.
    server->m_streams = std::make_unique<UpdateStreams>(
        quint64(std::max<qint64>(1, options.tickEvery / std::chrono::milliseconds(HeartbeatMs))));
    server->m_presence = std::make_unique<ContestantPresence>();
    server->m_tournament
        = std::make_unique<TournamentService>(*server->m_state, *server->m_streams, *server->m_presence);
    server->m_admin = std::make_unique<AdminService>(*server->m_state, *server->m_streams, *server->m_presence);
    const QString atdHost = options.atdHost.isEmpty()
        ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pentournament-atd-host"))
        : options.atdHost;
    auto machines = MachineEvaluation::open(*server->m_state, atdHost);
    if (!machines)
        return machines.error();
    server->m_machines = std::move(*machines);
    server->m_machineService
        = std::make_unique<MachineService>(*server->m_state, *server->m_machines, options.pluginUploads);
    server->m_unknownMethods = std::make_unique<UnknownMethodService>();

    grpc::ServerBuilder builder;
    // gRPC sets SO_REUSEPORT by default: a second server, on another data folder, would then share
    // the port and take half of the calls. Without it, the second one fails to bind.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.AddListeningPort(options.listen.toStdString(), credentials, &server->m_port);
    builder.RegisterService(server->m_tournament.get());
    builder.RegisterService(server->m_admin.get());
    builder.RegisterService(server->m_machineService.get());
    builder.RegisterCallbackGenericService(server->m_unknownMethods.get());
    std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
    interceptors.push_back(std::make_unique<RefusalMessageInterceptorFactory>());
    builder.experimental().SetInterceptorCreators(std::move(interceptors));
    builder.SetMaxReceiveMessageSize(MaxMessageBytes);
    builder.SetMaxSendMessageSize(MaxMessageBytes);
    server->m_server = builder.BuildAndStart();
    if (!server->m_server || server->m_port == 0) {
        if (isListenAddressInUse(options.listen))
            return makeError(
                ErrorCode::AlreadyExists,
                QStringLiteral("%1 is in use: another server, or another program, listens there").arg(options.listen));
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot listen on %1 (in use, or not an address of this machine)").arg(options.listen));
    }
    server->m_tickEvery = options.tickEvery;
    server->m_state->tick();
    server->m_heartbeat = std::thread([raw = server.get()] { raw->heartbeat(); });
    return server;
}

quint64 TournamentServer::viewFilesHashed() const
{
    return m_tournament->viewDigests().hashesComputed();
}

quint64 TournamentServer::streamOffers(const QString &eventId, const QString &contestantId) const
{
    return m_streams->offers({eventId, contestantId});
}

TournamentServer::~TournamentServer()
{
    shutdown();
}

void TournamentServer::heartbeat()
{
    auto lastTick = std::chrono::steady_clock::now();
    quint64 seenShared = 0;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(HeartbeatMs));
        if (m_stopping)
            break;
        lock.unlock();
        const auto now = std::chrono::steady_clock::now();
        if (now - lastTick >= m_tickEvery) {
            m_state->tick();
            lastTick = now;
        }
        // Read before the contestants are taken: a change after this read is seen next time.
        const quint64 shared = m_state->sharedVersion();
        std::set<StreamKey> touched;
        for (const auto &[eventId, contestantId] : m_state->takeTouched())
            touched.insert({eventId, contestantId});
        const bool everybody = shared != seenShared;
        if (everybody)
            m_streams->offerAll();
        else
            m_streams->offerChanged(touched);
        m_streams->nextTurn(everybody); // each stream's clocks (a phase may end by the clock alone)
        seenShared = shared;
        ++m_heartbeats;
        lock.lock();
    }
}

void TournamentServer::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
    if (m_server) {
        m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
        m_server->Wait();
    }
    if (m_state)
        m_state->tick(); // the last heartbeat: a restart pauses rounds from here
}

void TournamentServer::wait()
{
    if (m_server)
        m_server->Wait();
}

} // namespace pen::server
