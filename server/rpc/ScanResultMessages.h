// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventReports.h"

#include "pen/v1/tournament.pb.h"

namespace pen::server {

/// One scored scan as a message: the marks, the truth given (one mark per object region), how
/// they matched, the verdict, points and response time. Contestants' results and trainers'
/// reviews both send it.
void fillScanResult(const EventReports::ScanResult &scan, v1::ScanResult *out);

} // namespace pen::server
