// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "SharedScanMemory.h"
#include "pen/v1/atd.pb.h"

#include <pentournament/atd_plugin.h>

#include <memory>
#include <string>
#include <vector>

namespace pen::atdhost {

/// A gRPC detection request turned into the C interface's scan, with the buffers it points into.
class PluginScan {
public:
    /// Checks every view (sizes, channel lengths, kinds) and refuses what the plugin cannot take: a
    /// view kind this host does not know is INVALID_ARGUMENT; an object kind it does not know is
    /// passed to the plugin as "other". Channels in the request's shared memory are mapped
    /// read-only and passed to the plugin where they lie, until this scan is destroyed.
    static Expected<std::unique_ptr<PluginScan>> fromRequest(const pen::v1::DetectRequest &request,
                                                             bool needsDualEnergy);

    const pen_atd_scan &scan() const { return m_scan; }
    PluginScan(const PluginScan &) = delete;
    PluginScan &operator=(const PluginScan &) = delete;

    static constexpr unsigned MaxSide = 16384;
    static constexpr int MaxViews = 4;

private:
    PluginScan() = default;
    /// Converts one view into buffers of this scan; refuses a kind it cannot read.
    Expected<void> addView(const pen::v1::ScanViewData &view, int index, bool needsDualEnergy);
    /// The first byte of a channel's pixels, in the request or in the shared memory; nullptr when
    /// they are in the request with another length than length.
    Expected<const uint8_t *> pixelsOf(const pen::v1::Channel &channel, size_t length) const;
    /// A 16-bit channel as the plugin reads it: where it lies in shared memory, else a copy;
    /// nullptr when the view has no such channel of that many pixels.
    Expected<const uint16_t *> words(const pen::v1::ScanViewData &view, const char *label, size_t pixels);
    /// The RGB triples, likewise.
    Expected<const uint8_t *> colours(const pen::v1::ScanViewData &view, size_t pixels);

    std::unique_ptr<SharedScanMemory> m_shared;
    std::string m_scanId;
    std::string m_declarationJson;
    std::vector<std::string> m_labels;
    std::vector<std::vector<uint16_t>> m_channels;
    std::vector<std::vector<uint8_t>> m_colours;
    std::vector<pen_atd_view> m_views;
    pen_atd_scan m_scan{};
};

/// The plugin's answer as the gRPC Detection; refuses an object count beyond the capacity given.
Expected<pen::v1::Detection> detectionFromResult(const pen_atd_result &result, const std::string &requestId);

} // namespace pen::atdhost
