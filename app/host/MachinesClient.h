// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineRecords.h"
#include "client/ServerConnectionForward.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace pen::gui {

class AdminClient;
class BackgroundCalls;

/// The host's calls to the server's Machines service over the console's connection, each on a
/// worker thread (BackgroundCalls); requests and replies are the console's plain values. A reply
/// reaches `done` on the GUI thread; a refusal goes to failed() with what was attempted. One
/// plugin run at a time, with its progress reported by runProgress() and a cancel that cancels
/// the call. Destroying the client cancels the run and waits for the calls in flight.
class MachinesClient final : public QObject {
    Q_OBJECT
public:
    template <typename Reply> using Done = std::function<void(const Reply &)>;

    explicit MachinesClient(AdminClient *admin, QObject *parent = nullptr);
    ~MachinesClient() override;

    void registerPlugin(const PluginRegistration &plugin, Done<RegisteredPlugin> done);
    void listPlugins(const QString &eventId, Done<QList<RegisteredPlugin>> done);
    void configure(const EvaluationSettings &settings, Done<EvaluationSettings> done);
    /// The evaluation in force; none where the event has none yet (the usual start, not a failure).
    void evaluation(const QString &eventId, Done<std::optional<EvaluationSettings>> done);
    void leaderboard(const QString &eventId, EvaluationPhase phase, Done<MachineLeaderboard> done);
    void humanMachine(const QString &eventId, const QString &roundId, Done<HumanMachineLeaderboard> done);

    /// How a run ended: the scored run, or none when refused (failed() says why) or cancelled.
    using RunEnded = std::function<void(const std::optional<MachineResult> &run, bool cancelled)>;
    /// Runs a plugin on the server; `ended` hears how it ended.
    void runPlugin(const PluginRun &run, RunEnded ended);
    void cancelRun();
    bool isRunning() const { return m_run != nullptr; }

signals:
    void failed(const QString &what, const QString &message);
    void runProgress(int scansDone, int scanCount);

private:
    /// rpc(connection, context, &reply) off the GUI thread; the reply goes to onReply, a failure
    /// to failed() unless notFound is given and the server found nothing.
    template <typename Reply, typename Rpc, typename OnReply>
    void call(const QString &what, Rpc rpc, OnReply onReply, std::function<void()> notFound = {});

    AdminClient *m_admin = nullptr;
    std::unique_ptr<BackgroundCalls> m_calls;
    std::shared_ptr<grpc::ClientContext> m_run;
    bool m_runCancelled = false;
};

} // namespace pen::gui
