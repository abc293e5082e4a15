// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/AttenuationLut.h"

#include <cmath>

namespace pen {

const std::array<float, AttenuationLut::Size> &AttenuationLut::table()
{
    static const std::array<float, Size> lut = [] {
        std::array<float, Size> values{};
        for (int v = 0; v < Size; ++v)
            values[size_t(v)] = float(-std::log(double(std::max(v, 1)) / 65535.0));
        return values;
    }();
    return lut;
}

} // namespace pen
