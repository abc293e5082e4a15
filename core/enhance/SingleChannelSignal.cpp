// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/SingleChannelSignal.h"

#include "enhance/AttenuationLut.h"

namespace pen {

std::optional<SingleChannelSignal> SingleChannelSignal::of(const ScanView &view, float lowWeight, float highWeight)
{
    if (view.channels.empty())
        return std::nullopt;
    SingleChannelSignal signal;
    if (view.channels.size() == 1 || highWeight == 0.0f)
        signal.channel = &view.channels.front();
    else if (lowWeight == 0.0f)
        signal.channel = &view.channels.back();
    else
        return std::nullopt;
    // The term of weight 0 adds an exact zero, and a lone channel stands in as both terms: either
    // way this is the value that the per-pixel expression gives.
    const auto &lut = AttenuationLut::table();
    signal.signalOf.resize(Values);
    for (size_t v = 0; v < size_t(Values); ++v)
        signal.signalOf[v] = lowWeight * lut[v] + highWeight * lut[v];
    return signal;
}

} // namespace pen
