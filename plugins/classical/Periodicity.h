// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <vector>

namespace pen::classical {

/// How strongly a profile repeats itself: the best normalised autocorrelation r(L) at a period L
/// (samples) from minPeriod to half the profile (two cartons side by side are a block); where three
/// periods fit, the weaker of r(L) and r(2L). A regular block of cartons gives r near 1,
/// irregular contents near 0 or below.
struct Periodicity {
    int period = 0;      ///< 0: none found
    double strength = 0; ///< −1..1

    static Periodicity of(const std::vector<float> &profile, int minPeriod);
};

} // namespace pen::classical
