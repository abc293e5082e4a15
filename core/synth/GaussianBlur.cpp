// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/GaussianBlur.h"

#include "synth/ParallelRows.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

std::vector<float> kernel(double sigma)
{
    const int radius = int(std::ceil(3 * sigma));
    std::vector<float> taps;
    double sum = 0;
    for (int i = -radius; i <= radius; ++i) {
        taps.push_back(float(std::exp(-0.5 * i * i / (sigma * sigma))));
        sum += taps.back();
    }
    for (float &tap : taps)
        tap = float(tap / sum);
    return taps;
}

void blurRows(const std::vector<float> &in, std::vector<float> &out, int width, const std::vector<float> &taps,
              int first, int last)
{
    const int radius = int(taps.size() / 2);
    for (int y = first; y < last; ++y) {
        const float *row = &in[size_t(y) * size_t(width)];
        for (int x = 0; x < width; ++x) {
            float sum = 0;
            for (int k = -radius; k <= radius; ++k)
                sum += taps[size_t(k + radius)] * row[std::clamp(x + k, 0, width - 1)];
            out[size_t(y) * size_t(width) + size_t(x)] = sum;
        }
    }
}

// Whole rows at a time, so the inner loop runs along memory and vectorises.
void blurColumns(const std::vector<float> &in, std::vector<float> &out, int width, int height,
                 const std::vector<float> &taps, int first, int last)
{
    const int radius = int(taps.size() / 2);
    for (int y = first; y < last; ++y) {
        float *target = &out[size_t(y) * size_t(width)];
        std::fill(target, target + width, 0.0f);
        for (int k = -radius; k <= radius; ++k) {
            const float *source = &in[size_t(std::clamp(y + k, 0, height - 1)) * size_t(width)];
            const float tap = taps[size_t(k + radius)];
            for (int x = 0; x < width; ++x)
                target[x] += tap * source[x];
        }
    }
}

} // namespace

void gaussianBlur(std::vector<float> &image, int width, int height, double sigma)
{
    if (sigma <= 0 || width <= 0 || height <= 0)
        return;
    const std::vector<float> taps = kernel(sigma);
    std::vector<float> temporary(image.size());
    forEachRowRange(height, [&](int first, int last) { blurRows(image, temporary, width, taps, first, last); });
    forEachRowRange(height,
                    [&](int first, int last) { blurColumns(temporary, image, width, height, taps, first, last); });
}

} // namespace pen
