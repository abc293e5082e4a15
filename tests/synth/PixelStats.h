// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Image16.h"

#include <QRect>

#include <cmath>

namespace pen::test {

/// Mean of −ln T over a region of a 16-bit transmission channel (65535 = T of 1): the attenuation
/// a physicist would read off the generated pixels.
inline double meanAttenuation(const Image16 &image, QRect area)
{
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            sum += -std::log(std::max<double>(image.at(x, y), 1.0) / 65535.0);
            ++n;
        }
    }
    return n > 0 ? sum / n : 0.0;
}

} // namespace pen::test
