// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "client/ConnectionOptions.h"

#include "pen/v1/admin.grpc.pb.h"
#include "pen/v1/machines.grpc.pb.h"
#include "pen/v1/tournament.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <functional>
#include <memory>

namespace pen::server {

/// A client's connection to a tournament server: the channel (TLS when a CA certificate is given),
/// both services' stubs, and contexts that carry the token. Used by the admin command line, the
/// demo's simulated officers, the app and the tests.
class ServerConnection {
public:
    using Options = ConnectionOptions;

    static Expected<std::unique_ptr<ServerConnection>> connect(const Options &options);

    /// A context for one call, with the token and a deadline.
    std::unique_ptr<grpc::ClientContext> context(int timeoutSeconds = 30) const;
    v1::Tournament::Stub &tournament() { return *m_tournament; }
    v1::Admin::Stub &admin() { return *m_admin; }
    v1::Machines::Stub &machines() { return *m_machines; }
    const QString &token() const { return m_options.token; }

    /// "PERMISSION_DENIED: only a host issues trainer tokens": for messages to people.
    static QString describe(const grpc::Status &status);

    /// Uploads an image set folder (every file under it); progress gets (bytes sent, total).
    Expected<v1::ImageSetSummary> uploadImageSet(const QString &folder, const QString &name,
                                                 const std::function<void(qint64, qint64)> &progress = {});

    /// Runs a plugin on the server (see pen.v1.Machines.RunPlugin); progress gets (scans done, scans
    /// in all). Returns the scored run; the error carries describe(status). A run may take long:
    /// the call has no deadline unless timeoutSeconds is given.
    Expected<v1::MachineRunSummary> runPlugin(const v1::RunPluginRequest &request,
                                              const std::function<void(int, int)> &progress = {},
                                              int timeoutSeconds = 0);

    /// Has the server generate a synthetic set (see pen.v1.Admin.GenerateImageSet); progress gets
    /// (scans done, scans in all) as the server reports them. The error carries describe(status).
    Expected<v1::ImageSetSummary> generateImageSet(const v1::GenerateImageSetRequest &request,
                                                   const std::function<void(int, int)> &progress = {});

private:
    explicit ServerConnection(Options options) : m_options(std::move(options)) {}

    Options m_options;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<v1::Tournament::Stub> m_tournament;
    std::unique_ptr<v1::Admin::Stub> m_admin;
    std::unique_ptr<v1::Machines::Stub> m_machines;
};

} // namespace pen::server
