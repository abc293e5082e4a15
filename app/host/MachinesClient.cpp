// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachinesClient.h"

#include "AdminClient.h"
#include "BackgroundCalls.h"
#include "HostMessages.h"

namespace pen::gui {
namespace {

using server::ServerConnection;

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
    m_calls = std::make_unique<BackgroundCalls>(this, 3);
}

MachinesClient::~MachinesClient()
{
    cancelRun();
    m_calls.reset(); // waits for the calls in flight
}

template <typename Reply, typename Rpc, typename OnReply>
void MachinesClient::call(const QString &what, Rpc rpc, OnReply onReply, std::function<void()> notFound)
{
    std::shared_ptr<ServerConnection> connection = m_admin->connection();
    if (!connection) {
        emit failed(what, tr("not connected to a server"));
        return;
    }
    m_calls->call<Reply>(connection, rpc,
                         [this, what, onReply, notFound](const BackgroundCalls::Result<Reply> &result) {
                             if (result.status.ok())
                                 onReply(result.reply);
                             else if (notFound && result.status.error_code() == grpc::StatusCode::NOT_FOUND)
                                 notFound();
                             else
                                 emit failed(what, AdminClient::describe(result.status));
                         });
}

void MachinesClient::registerPlugin(const PluginRegistration &plugin, Done<RegisteredPlugin> done)
{
    call<v1::PluginSummary>(
        tr("Registering the plugin"),
        [request = HostMessages::toProto(plugin)](ServerConnection &server, grpc::ClientContext *context,
                                                  v1::PluginSummary *reply) {
            return server.machines().RegisterPlugin(context, request, reply);
        },
        [done](const v1::PluginSummary &reply) { done(HostMessages::fromProto(reply)); });
}

void MachinesClient::listPlugins(const QString &eventId, Done<QList<RegisteredPlugin>> done)
{
    v1::ListPluginsRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::ListPluginsReply>(
        tr("Listing the plugins"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::ListPluginsReply *reply) {
            return server.machines().ListPlugins(context, request, reply);
        },
        [done](const v1::ListPluginsReply &reply) { done(HostMessages::fromProto(reply)); });
}

void MachinesClient::configure(const EvaluationSettings &settings, Done<EvaluationSettings> done)
{
    call<v1::EvaluationSettings>(
        tr("Configuring the evaluation"),
        [request = HostMessages::toProto(settings)](ServerConnection &server, grpc::ClientContext *context,
                                                    v1::EvaluationSettings *reply) {
            return server.machines().ConfigureEvaluation(context, request, reply);
        },
        [done](const v1::EvaluationSettings &reply) { done(HostMessages::fromProto(reply)); });
}

void MachinesClient::evaluation(const QString &eventId, Done<std::optional<EvaluationSettings>> done)
{
    v1::GetEvaluationRequest request;
    request.set_event_id(eventId.toStdString());
    call<v1::EvaluationSettings>(
        tr("Reading the evaluation"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::EvaluationSettings *reply) {
            return server.machines().GetEvaluation(context, request, reply);
        },
        [done](const v1::EvaluationSettings &reply) { done(HostMessages::fromProto(reply)); },
        [done] { done(std::nullopt); });
}

void MachinesClient::leaderboard(const QString &eventId, EvaluationPhase phase, Done<MachineLeaderboard> done)
{
    v1::MachineLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_phase(HostMessages::toProto(phase));
    call<v1::MachineLeaderboard>(
        tr("Reading the machine leaderboard"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::MachineLeaderboard *reply) {
            return server.machines().GetMachineLeaderboard(context, request, reply);
        },
        [done](const v1::MachineLeaderboard &reply) { done(HostMessages::fromProto(reply)); });
}

void MachinesClient::humanMachine(const QString &eventId, const QString &roundId, Done<HumanMachineLeaderboard> done)
{
    v1::HumanMachineLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_round_id(roundId.toStdString());
    call<v1::HumanMachineLeaderboard>(
        tr("Reading the officers' and machines' leaderboard"),
        [request](ServerConnection &server, grpc::ClientContext *context, v1::HumanMachineLeaderboard *reply) {
            return server.machines().GetHumanMachineLeaderboard(context, request, reply);
        },
        [done](const v1::HumanMachineLeaderboard &reply) { done(HostMessages::fromProto(reply)); });
}

void MachinesClient::runPlugin(const PluginRun &run, RunEnded ended)
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
    // The destructor waits for the workers, so `this` outlives the progress reports posted to it.
    m_calls->run(
        [this, calls = m_calls.get(), connection, context, request = HostMessages::toProto(run)] {
            return readRun(*connection, context.get(), request, [this, calls](int done, int total) {
                calls->post([this, done, total] { emit runProgress(done, total); });
            });
        },
        [this, what, ended](const RunResult &result) {
            const bool cancelled = m_runCancelled && result.status.error_code() == grpc::StatusCode::CANCELLED;
            m_run.reset();
            if (result.status.ok() && result.run) {
                ended(HostMessages::fromProto(*result.run), false);
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
