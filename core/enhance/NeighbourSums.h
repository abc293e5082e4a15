// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <vector>

/// The 3 × 3 sums of the enhancement pipelines (edge blur, material class means), in the shader's
/// order (top, middle, bottom; left, centre, right) so that the CPU and the GPU round alike. Pixels
/// outside the image are left out, and the counts say how many were summed.
namespace pen::NeighbourSums {

/// out[x] = 0 + top + middleWeight·middle + bottom over the rows inside the image; row(r, x)
/// gives row r's value at column x.
template <typename Row> void columnSums(const Row &row, int y, int height, float middleWeight, std::vector<float> &out)
{
    const bool up = y > 0, down = y + 1 < height;
    for (size_t x = 0; x < out.size(); ++x) {
        float c = 0.0f;
        if (up)
            c += row(y - 1, x);
        c += middleWeight * row(y, x);
        if (down)
            c += row(y + 1, x);
        out[x] = c;
    }
}

/// 0 + left + centreWeight·centre + right of the column sums, over the columns inside the image.
inline float rowSum(const float *columns, int x, int width, float centreWeight)
{
    float s = 0.0f;
    if (x > 0)
        s += columns[x - 1];
    s += centreWeight * columns[x];
    if (x + 1 < width)
        s += columns[x + 1];
    return s;
}

/// How many of i − 1, i, i + 1 lie inside 0..size − 1.
inline float neighbourCount(int i, int size)
{
    return float(1 + (i > 0) + (i + 1 < size));
}

} // namespace pen::NeighbourSums
