// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineEvaluation.h"
#include "PluginUploadReceiver.h"

#include "pen/v1/machines.grpc.pb.h"

#include <memory>
#include <thread>

namespace pen::server {

/// One UploadPlugin call: the header is checked (the caller's right, the file list against the
/// limits) before a byte is written, the chunks go into a staging folder under the data folder as
/// they come, and a complete upload is adopted by MachineEvaluation on a thread of its own (hashing
/// takes a while). Whatever ends the call otherwise removes the staging folder.
class PluginUploadReactor final : public grpc::ServerReadReactor<v1::PluginUpload> {
public:
    PluginUploadReactor(MachineEvaluation &machines, QString stagingRoot, PluginUploadLimits limits, TokenRecord caller,
                        v1::PluginSummary *reply);

    void OnReadDone(bool ok) override;
    void OnCancel() override;
    void OnDone() override;

private:
    Expected<void> handle();
    Expected<void> start(const v1::PluginUpload::Header &header);
    void complete();
    void fail(const grpc::Status &status);

    MachineEvaluation &m_machines;
    const QString m_stagingRoot;
    const PluginUploadLimits m_limits;
    const TokenRecord m_caller;
    v1::PluginSummary *m_reply;
    v1::PluginUpload m_part;
    PluginRecord m_plugin;
    std::unique_ptr<PluginUploadReceiver> m_receiver;
    std::thread m_worker;
};

} // namespace pen::server
