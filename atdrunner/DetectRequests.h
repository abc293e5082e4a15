// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"
#include "pen/v1/atd.pb.h"

namespace pen::atd {

/// What a plugin is sent for one scan: its views, object kind and declaration, under a neutral id.
/// Never the ground truth, the set's scan id or its provenance.
pen::v1::DetectRequest detectRequest(const Scan &scan, const QString &requestId, const QString &neutralScanId,
                                     int viewsNeeded);

} // namespace pen::atd
