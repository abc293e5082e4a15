// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atdrunner/SharedPixels.h"
#include "model/Scan.h"
#include "pen/v1/atd.pb.h"

#include <memory>

namespace pen::atd {

/// What a plugin is sent for one scan: its views, object kind and declaration, under a neutral id.
/// Never the ground truth, the set's scan id or its provenance. The pixels travel as bytes.
pen::v1::DetectRequest detectRequest(const Scan &scan, const QString &requestId, const QString &neutralScanId,
                                     int viewsNeeded);

/// A request whose channels lie in shared memory; keep it whole until the call is over, then drop it
/// (which closes the memory).
struct SharedDetectRequest {
    pen::v1::DetectRequest message;
    std::unique_ptr<SharedPixels> pixels;
};

/// The same request with the channels in one sealed memfd (one copy of the pixels, no bytes in the
/// message), for a plugin on this machine that declared reads_shared_memory.
Expected<SharedDetectRequest> sharedDetectRequest(const Scan &scan, const QString &requestId,
                                                  const QString &neutralScanId, int viewsNeeded);

} // namespace pen::atd
