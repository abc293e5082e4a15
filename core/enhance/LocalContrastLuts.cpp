// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/LocalContrastLuts.h"

#include "enhance/AttenuationLut.h"
#include "synth/ParallelRows.h"

#include <algorithm>
#include <mutex>

namespace pen {
int TileHistograms::bin(float signal) const
{
    return int(std::clamp((signal - low) / binWidth, 0.0f, float(LocalContrastLuts::Bins - 1)));
}

TileHistograms TileHistograms::compute(const ScanView &view, float lowWeight, float highWeight, float windowLow,
                                       float windowWidth)
{
    TileHistograms h;
    h.low = windowLow;
    h.binWidth = windowWidth / float(LocalContrastLuts::Bins);
    h.width = view.width;
    h.height = view.height;
    h.tilesX = LocalContrastLuts::tileCount(view.width);
    h.tilesY = LocalContrastLuts::tileCount(view.height);
    const size_t tiles = size_t(h.tilesX) * size_t(h.tilesY);
    h.counts.assign(tiles * LocalContrastLuts::Bins, 0);
    h.pixels.assign(tiles, 0);
    if (view.channels.empty())
        return h;
    const auto &lut = AttenuationLut::table();
    const quint16 *low = view.channels.front().pixels.data();
    const quint16 *high = view.channels.back().pixels.data();
    std::mutex merge;
    forEachRowRange(view.height, [&](int first, int last) {
        std::vector<quint32> counts(h.counts.size(), 0);
        for (int y = first; y < last; ++y) {
            const size_t tileRow = size_t(y * h.tilesY / h.height) * size_t(h.tilesX);
            const size_t row = size_t(y) * size_t(view.width);
            for (int x = 0; x < view.width; ++x) {
                const float s = lowWeight * lut[low[row + size_t(x)]] + highWeight * lut[high[row + size_t(x)]];
                const size_t tile = tileRow + size_t(x * h.tilesX / view.width);
                ++counts[tile * LocalContrastLuts::Bins + size_t(h.bin(s))];
            }
        }
        const std::lock_guard lock(merge);
        for (size_t i = 0; i < counts.size(); ++i)
            h.counts[i] += counts[i];
    });
    for (size_t tile = 0; tile < tiles; ++tile) {
        for (int bin = 0; bin < LocalContrastLuts::Bins; ++bin)
            h.pixels[tile] += h.counts[tile * LocalContrastLuts::Bins + size_t(bin)];
    }
    return h;
}

LocalContrastLuts::LocalContrastLuts(const TileHistograms &histograms, double clipLimit)
    : m_low(histograms.low), m_binWidth(histograms.binWidth), m_tilesX(histograms.tilesX), m_tilesY(histograms.tilesY),
      m_width(histograms.width), m_height(histograms.height), m_luts(histograms.counts.size()),
      m_columnTile(size_t(histograms.width)), m_columnWeight(size_t(histograms.width))
{
    for (int x = 0; x < m_width; ++x)
        gridPosition(x, m_width, m_tilesX, m_columnTile[size_t(x)], m_columnWeight[size_t(x)]);
    for (size_t tile = 0; tile < histograms.pixels.size(); ++tile) {
        const double total = std::max<double>(histograms.pixels[tile], 1);
        const double limit = std::max(1.0, clipLimit * total / Bins);
        const quint32 *counts = &histograms.counts[tile * Bins];
        double excess = 0;
        for (int bin = 0; bin < Bins; ++bin)
            excess += std::max(0.0, double(counts[bin]) - limit);
        const double share = excess / Bins;
        double cumulative = 0;
        for (int bin = 0; bin < Bins; ++bin) {
            cumulative += std::min(double(counts[bin]), limit) + share;
            m_luts[tile * Bins + size_t(bin)] = float(std::min(cumulative / total, 1.0));
        }
    }
}

// Tile centres sit at (i + 0.5)·tileSize; outside the outermost centres the nearest tile alone counts.
void LocalContrastLuts::gridPosition(int pixel, int pixels, int tiles, int &first, float &weight)
{
    const float tileSize = float(pixels) / float(tiles);
    const float position = std::clamp((float(pixel) + 0.5f) / tileSize - 0.5f, 0.0f, float(tiles - 1));
    first = std::min(int(position), std::max(tiles - 2, 0));
    weight = position - float(first);
}

// Piecewise linear between bin edges: the table holds the cumulative share at each bin's upper edge.
LocalContrastLuts::BinPosition LocalContrastLuts::binPosition(float signal) const
{
    const float position = std::clamp((signal - m_low) / m_binWidth, 0.0f, float(Bins));
    const int bin = std::min(int(position), Bins - 1);
    return {bin, position - float(bin)};
}

float LocalContrastLuts::lookup(int tile, BinPosition at) const
{
    const float *lut = &m_luts[size_t(tile) * Bins];
    const float below = at.bin > 0 ? lut[at.bin - 1] : 0.0f;
    return below + at.weight * (lut[at.bin] - below);
}

float LocalContrastLuts::blend(int x, int ty, float fy, BinPosition at) const
{
    const int tx = m_columnTile[size_t(x)];
    const float fx = m_columnWeight[size_t(x)];
    const int tx1 = std::min(tx + 1, m_tilesX - 1);
    const int ty1 = std::min(ty + 1, m_tilesY - 1);
    const float top = lookup(ty * m_tilesX + tx, at) * (1.0f - fx) + lookup(ty * m_tilesX + tx1, at) * fx;
    const float bottom = lookup(ty1 * m_tilesX + tx, at) * (1.0f - fx) + lookup(ty1 * m_tilesX + tx1, at) * fx;
    return top * (1.0f - fy) + bottom * fy;
}

float LocalContrastLuts::map(int x, int y, float signal) const
{
    int ty = 0;
    float fy = 0;
    gridPosition(y, m_height, m_tilesY, ty, fy);
    return blend(x, ty, fy, binPosition(signal));
}

void LocalContrastLuts::mapRow(int y, float *values) const
{
    int ty = 0;
    float fy = 0;
    gridPosition(y, m_height, m_tilesY, ty, fy);
    for (int x = 0; x < m_width; ++x)
        values[x] = blend(x, ty, fy, binPosition(values[x]));
}

} // namespace pen
