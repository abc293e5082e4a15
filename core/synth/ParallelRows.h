// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <functional>

namespace pen {

/// Calls work(first, last) on contiguous row ranges covering [0, rows), on up to one thread per
/// core, and returns when all are done. The output is deterministic as long as each row's result
/// depends only on that row (e.g. its noise comes from a per-row PhotonNoise stream).
void forEachRowRange(int rows, const std::function<void(int first, int last)> &work);

} // namespace pen
