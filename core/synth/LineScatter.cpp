// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/LineScatter.h"

#include "synth/ParallelRows.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

// Odd box width whose three-fold repetition has the variance of a Gaussian of sigma: 3(w² − 1)/12.
int boxWidth(double sigma)
{
    const int width = int(std::lround(std::sqrt(4 * sigma * sigma + 1)));
    return width | 1;
}

// A box mean of width w with zeros beyond both ends (air scatters nothing), in place.
void boxFilter(std::vector<double> &values, std::vector<double> &scratch, int w)
{
    const int n = int(values.size());
    const int half = w / 2;
    double sum = 0;
    for (int x = 0; x < std::min(half, n); ++x)
        sum += values[size_t(x)];
    for (int x = 0; x < n; ++x) {
        if (x + half < n)
            sum += values[size_t(x + half)];
        if (x - half - 1 >= 0)
            sum -= values[size_t(x - half - 1)];
        scratch[size_t(x)] = sum / w;
    }
    values.swap(scratch);
}

void scatterRow(float *row, int width, double fraction, int box)
{
    std::vector<double> source(static_cast<size_t>(width));
    std::vector<double> scratch(source.size());
    for (int x = 0; x < width; ++x)
        source[size_t(x)] = double(row[x]) * (1.0 - std::min(1.0, double(row[x])));
    for (int pass = 0; pass < 3; ++pass)
        boxFilter(source, scratch, box);
    for (int x = 0; x < width; ++x)
        row[x] = float(row[x] + fraction * source[size_t(x)]);
}

} // namespace

void addLineScatter(std::vector<float> &image, int width, int height, double fraction, double sigmaPx)
{
    if (fraction <= 0 || width <= 0)
        return;
    const int box = boxWidth(std::max(sigmaPx, 0.0));
    forEachRowRange(height, [&](int first, int last) {
        for (int y = first; y < last; ++y)
            scatterRow(&image[size_t(y) * size_t(width)], width, fraction, box);
    });
}

} // namespace pen
