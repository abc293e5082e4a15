// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <vector>

namespace pen {

/// Scintillator persistence along the scan direction, in place: each element (column) releases
/// fraction of a row's signal late, spread over the following rows as exp(−k / lengthRows), k ≥ 1,
/// so a row reads (1 − fraction) of its own signal plus that share of the rows before it. Signal
/// is kept: a uniform column stays uniform, and the first rows after a dark object read
/// 1 − fraction·(1 − T)·exp(−j / lengthRows) of their value, j = 0, 1, ... The rows before the image are
/// taken equal to its first row. fraction ≤ 0 or lengthRows ≤ 0 leave the image unchanged.
void addAfterglow(std::vector<float> &image, int width, int height, double fraction, double lengthRows);

} // namespace pen
