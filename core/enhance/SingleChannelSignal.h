// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

#include <optional>
#include <vector>

namespace pen {

/// An energy view's signal s = lowWeight·a_low + highWeight·a_high where it depends on one 16-bit
/// channel only (a single-energy view, or the low or high channel of a dual-energy one): that
/// channel and s for every value it can hold. Each entry is the per-pixel float expression itself,
/// so tables built from it agree exactly with the per-pixel reference. Immutable.
struct SingleChannelSignal {
    static constexpr int Values = 65536;

    const Image16 *channel = nullptr;
    std::vector<float> signalOf; ///< Values entries

    /// Empty where the signal mixes both channels of a dual-energy view.
    static std::optional<SingleChannelSignal> of(const ScanView &view, float lowWeight, float highWeight);
};

} // namespace pen
