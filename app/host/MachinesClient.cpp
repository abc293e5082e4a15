// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachinesClient.h"

#include "AdminClient.h"

#include <QtConcurrent>

#include <optional>

namespace pen::gui {
namespace {

using server::ServerConnection;

template <typename Reply> struct Result {
    grpc::Status status;
    Reply reply;
};

struct RunResult {
    grpc::Status status;
    std::optional<v1::MachineRunSummary> run;
};

RunResult readRun(ServerConnection &connection, grpc::ClientContext *context, const v1::RunPluginRequest &request,
                  const std::function<void(int, int)> &progress)
{
    RunResult result;
    auto reader = connection.machines().RunPlugin(context, request);
    v1::RunPluginProgress message;
    while (reader->Read(&message)) {
        progress(int(message.scans_done()), int(message.scan_count()));
        if (message.has_run())
            result.run = message.run();
    }
    result.status = reader->Finish();
    return result;
}

// A run may take long: a day's deadline, like the admin command line's.
constexpr int RunDeadlineSeconds = 24 * 3600;

} // namespace

MachinesClient::MachinesClient(AdminClient *admin, QObject *parent) : QObject(parent), m_admin(admin)
{
    m_pool.setMaxThreadCount(3);
}

MachinesClient::~MachinesClient()
{
    cancelRun();
    m_pool.waitForDone();
}

template <typename Reply, typename Call>
void MachinesClient::call(const QString &what, Call rpc, Done<Reply> done, Done<grpc::Status> refused)
{
    std::shared_ptr<ServerConnection> connection = m_admin->connection();
    if (!connection) {
        emit failed(what, tr("not connected to a server"));
        return;
    }
    QtConcurrent::run(&m_pool, [connection, rpc] {
        Result<Reply> result;
        auto context = connection->context();
        result.status = rpc(connection->machines(), context.get(), &result.reply);
        return result;
    }).then(this, [this, what, done, refused](const Result<Reply> &result) {
        if (result.status.ok())
            done(result.reply);
        else if (refused)
            refused(result.status);
        else
            emit failed(what, AdminClient::describe(result.status));
    });
}

void MachinesClient::registerPlugin(const v1::RegisterPluginRequest &request, Done<v1::PluginSummary> done)
{
    call<v1::PluginSummary>(
        tr("Registering the plugin"),
        [request](auto &machines, auto *context, auto *reply) {
            return machines.RegisterPlugin(context, request, reply);
        },
        done);
}

void MachinesClient::listPlugins(const QString &eventId, Done<v1::ListPluginsReply> done)
{
    v1::ListPluginsRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::ListPluginsReply>(
        tr("Listing the plugins"),
        [request](auto &machines, auto *context, auto *reply) { return machines.ListPlugins(context, request, reply); },
        done);
}

void MachinesClient::configure(const v1::ConfigureEvaluationRequest &request, Done<v1::EvaluationSettings> done)
{
    call<v1::EvaluationSettings>(
        tr("Configuring the evaluation"),
        [request](auto &machines, auto *context, auto *reply) {
            return machines.ConfigureEvaluation(context, request, reply);
        },
        done);
}

void MachinesClient::evaluation(const QString &eventId, Done<v1::EvaluationSettings> done, Done<grpc::Status> refused)
{
    v1::GetEvaluationRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::EvaluationSettings>(
        tr("Reading the evaluation"),
        [request](auto &machines, auto *context, auto *reply) {
            return machines.GetEvaluation(context, request, reply);
        },
        done, refused);
}

void MachinesClient::leaderboard(const QString &eventId, v1::EvaluationPhase phase, Done<v1::MachineLeaderboard> done)
{
    v1::MachineLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_phase(phase);
    call<v1::MachineLeaderboard>(
        tr("Reading the machine leaderboard"),
        [request](auto &machines, auto *context, auto *reply) {
            return machines.GetMachineLeaderboard(context, request, reply);
        },
        done);
}

void MachinesClient::humanMachine(const QString &eventId, const QString &roundId,
                                  Done<v1::HumanMachineLeaderboard> done)
{
    v1::HumanMachineLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_round_id(roundId.toStdString());
    call<v1::HumanMachineLeaderboard>(
        tr("Reading the officers' and machines' leaderboard"),
        [request](auto &machines, auto *context, auto *reply) {
            return machines.GetHumanMachineLeaderboard(context, request, reply);
        },
        done);
}

void MachinesClient::runPlugin(const v1::RunPluginRequest &request, RunEnded ended)
{
    const QString what = tr("Running the plugin");
    std::shared_ptr<ServerConnection> connection = m_admin->connection();
    if (!connection || m_run) {
        emit failed(what, connection ? tr("a plugin is running already") : tr("not connected to a server"));
        ended(std::nullopt, false);
        return;
    }
    // Made here, not on the worker, so that a cancel before the call starts still reaches it.
    m_run = connection->context(RunDeadlineSeconds);
    m_runCancelled = false;
    std::shared_ptr<grpc::ClientContext> context = m_run;
    // The destructor waits for the pool, so `this` outlives the progress reports queued to it.
    QtConcurrent::run(&m_pool, [this, connection, context, request] {
        return readRun(*connection, context.get(), request, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit runProgress(done, total); }, Qt::QueuedConnection);
        });
    }).then(this, [this, what, ended](const RunResult &result) {
        const bool cancelled = m_runCancelled && result.status.error_code() == grpc::StatusCode::CANCELLED;
        m_run.reset();
        if (result.status.ok() && result.run) {
            ended(result.run, false);
            return;
        }
        if (!cancelled)
            emit failed(what,
                        result.status.ok() ? tr("the server ended the run without its result")
                                           : AdminClient::describe(result.status));
        ended(std::nullopt, cancelled);
    });
}

void MachinesClient::cancelRun()
{
    if (!m_run)
        return;
    m_runCancelled = true;
    m_run->TryCancel();
}

} // namespace pen::gui
