// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "PluginLibrary.h"
#include "pen/v1/atd.grpc.pb.h"

#include <mutex>

namespace pen::atdhost {

/// Serves a shared-library plugin over the gRPC AtdPlugin interface, one detection at a time (the
/// C interface promises plugins a single calling thread).
class LibraryPluginService final : public pen::v1::AtdPlugin::Service {
public:
    /// sharedMemory: whether Describe offers to read the pixels from shared memory.
    LibraryPluginService(PluginLibrary &plugin, uint32_t maxObjects, bool sharedMemory = true);

    grpc::Status Describe(grpc::ServerContext *context, const pen::v1::DescribeRequest *request,
                          pen::v1::PluginDescription *reply) override;
    grpc::Status Detect(grpc::ServerContext *context, const pen::v1::DetectRequest *request,
                        pen::v1::Detection *reply) override;

    /// The exit code of a host whose plugin threw a C++ exception across the C interface.
    static constexpr int EndedByPluginException = 70;

private:
    Expected<void> detectOrEnd(const pen_atd_scan &scan, pen_atd_result &result);

    PluginLibrary &m_plugin;
    uint32_t m_maxObjects;
    bool m_sharedMemory;
    std::mutex m_oneAtATime;
};

} // namespace pen::atdhost
