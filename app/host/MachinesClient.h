// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ServerConnection.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace pen::gui {

class AdminClient;

/// The host's calls to the server's Machines service over the console's connection, each on a
/// worker thread. A reply reaches `done` on the GUI thread; a refusal goes to `refused` when one
/// is given, else to failed() with what was attempted. One plugin run at a time, with its
/// progress reported by runProgress() and a cancel that cancels the call. Destroying the client
/// cancels the run and waits for the calls in flight.
class MachinesClient final : public QObject {
    Q_OBJECT
public:
    template <typename Reply> using Done = std::function<void(const Reply &)>;

    explicit MachinesClient(AdminClient *admin, QObject *parent = nullptr);
    ~MachinesClient() override;

    void registerPlugin(const v1::RegisterPluginRequest &request, Done<v1::PluginSummary> done);
    void listPlugins(const QString &eventId, Done<v1::ListPluginsReply> done);
    void configure(const v1::ConfigureEvaluationRequest &request, Done<v1::EvaluationSettings> done);
    void evaluation(const QString &eventId, Done<v1::EvaluationSettings> done, Done<grpc::Status> refused);
    void leaderboard(const QString &eventId, v1::EvaluationPhase phase, Done<v1::MachineLeaderboard> done);
    void humanMachine(const QString &eventId, const QString &roundId, Done<v1::HumanMachineLeaderboard> done);

    /// How a run ended: the scored run, or none when refused (failed() says why) or cancelled.
    using RunEnded = std::function<void(const std::optional<v1::MachineRunSummary> &run, bool cancelled)>;
    /// Runs a plugin on the server; `ended` hears how it ended.
    void runPlugin(const v1::RunPluginRequest &request, RunEnded ended);
    void cancelRun();
    bool isRunning() const { return m_run != nullptr; }

signals:
    void failed(const QString &what, const QString &message);
    void runProgress(int scansDone, int scanCount);

private:
    template <typename Reply, typename Call>
    void call(const QString &what, Call rpc, Done<Reply> done, Done<grpc::Status> refused = {});

    AdminClient *m_admin = nullptr;
    QThreadPool m_pool;
    std::shared_ptr<grpc::ClientContext> m_run;
    bool m_runCancelled = false;
};

} // namespace pen::gui
