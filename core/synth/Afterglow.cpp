// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/Afterglow.h"

#include <cmath>

namespace pen {

void addAfterglow(std::vector<float> &image, int width, int height, double fraction, double lengthRows)
{
    if (fraction <= 0 || lengthRows <= 0 || width <= 0 || height <= 0)
        return;
    const double decay = std::exp(-1.0 / lengthRows);
    // The glow still to come per element, a running exponential mean of the rows seen so far;
    // rows are visited in order (one cheap pass), columns side by side so the loop vectorises.
    std::vector<double> glow(image.begin(), image.begin() + width);
    for (int y = 0; y < height; ++y) {
        float *row = &image[size_t(y) * size_t(width)];
        for (int x = 0; x < width; ++x) {
            const double signal = row[x];
            row[x] = float((1 - fraction) * signal + fraction * glow[size_t(x)]);
            glow[size_t(x)] = decay * glow[size_t(x)] + (1 - decay) * signal;
        }
    }
}

} // namespace pen
