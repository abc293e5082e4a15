// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "PluginUploadReceiver.h"
#include "TournamentState.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <thread>

namespace grpc {
class Server;
}

namespace pen::server {

class AdminService;
class ContestantPresence;
class MachineEvaluation;
class MachineService;
class TournamentService;
class UnknownMethodService;
class UpdateStreams;

struct ServerOptions {
    QString dataFolder;
    QString listen = QStringLiteral("127.0.0.1:50051"); ///< host:port; port 0 picks a free one
    QString tlsCertificate;                             ///< PEM files; both or neither
    QString tlsKey;
    bool allowPlaintextRemote = false; ///< plain text on a non-loopback address (tests in closed networks)
    QString atdHost;                   ///< pentournament-atd-host for library plugins; empty: beside this program
    PluginUploadLimits pluginUploads;  ///< what one plugin upload may hold
    /// How often the heartbeat ticks (restarts, round ends) and offers every stream its clocks.
    std::chrono::milliseconds tickEvery{1000};
};

/// The gRPC tournament server: TournamentState behind the contestants' and hosts' services on a
/// real socket, with a one-second heartbeat (restarts, round ends, stream updates).
class TournamentServer {
public:
    static Expected<std::unique_ptr<TournamentServer>> start(const ServerOptions &options,
                                                             TournamentState::Clock clock = {});
    ~TournamentServer();

    int port() const { return m_port; }
    TournamentState &state() { return *m_state; }
    /// How many view files GetScan has hashed (each once, however many contestants open it).
    quint64 viewFilesHashed() const;
    /// How often the streams of this contestant (or, without one, of the whole event) were offered
    /// an update.
    quint64 streamOffers(const QString &eventId, const QString &contestantId = {}) const;
    /// How often the heartbeat has offered the changes it found to the streams (every 200 ms).
    quint64 heartbeats() const { return m_heartbeats.load(); }
    /// Stops accepting calls, ends open streams and waits for the calls in flight.
    void shutdown();
    /// Blocks until shutdown() (from another thread or a signal handler's helper).
    void wait();

    static bool isLoopback(const QString &listen);

private:
    TournamentServer() = default;
    void heartbeat();

    std::unique_ptr<TournamentState> m_state;
    std::unique_ptr<UpdateStreams> m_streams;
    std::unique_ptr<ContestantPresence> m_presence;
    std::unique_ptr<TournamentService> m_tournament;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<MachineEvaluation> m_machines;
    std::unique_ptr<MachineService> m_machineService;
    std::unique_ptr<UnknownMethodService> m_unknownMethods;
    std::unique_ptr<grpc::Server> m_server;
    int m_port = 0;
    std::chrono::milliseconds m_tickEvery{1000};
    std::atomic<quint64> m_heartbeats{0};
    std::thread m_heartbeat;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace pen::server
