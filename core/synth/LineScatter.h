// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <vector>

namespace pen {

/// Adds scatter to a row-major transmission image in place. A line scanner lights one slice of the
/// object at a time, so scatter spreads along the detector line (within a row) only. Each pixel
/// sends T·(1 − T) of the open beam into a bell of sigmaPx pixels (three box filters, O(width)),
/// scaled by fraction: air (T = 1) scatters nothing, and behind the middle of a wide opaque object
/// the signal rises by fraction. Outside the image is air. fraction ≤ 0 leaves the image unchanged.
/// Deterministic whatever the number of threads.
void addLineScatter(std::vector<float> &image, int width, int height, double fraction, double sigmaPx);

} // namespace pen
