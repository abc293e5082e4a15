// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/LocalContrastLuts.h"

#include "enhance/AttenuationLut.h"
#include "enhance/SingleChannelSignal.h"
#include "synth/ParallelRows.h"

#include <algorithm>
#include <mutex>

namespace pen {
int TileHistograms::bin(float signal) const
{
    return int(std::clamp((signal - low) / binWidth, 0.0f, float(LocalContrastLuts::Bins - 1)));
}

namespace {

// Counts into per-thread histograms, then adds them up: count(counts, first, last) fills one
// thread's lanes copies (one after the other) from rows [first, last).
template <typename Count> void countOverThreads(TileHistograms &h, size_t lanes, const Count &count)
{
    std::mutex merge;
    forEachRowRange(h.height, [&](int first, int last) {
        std::vector<quint32> counts(lanes * h.counts.size(), 0);
        count(counts, first, last);
        const size_t size = h.counts.size();
        for (size_t lane = 1; lane < lanes; ++lane) { // before the lock, on every thread at once
            for (size_t i = 0; i < size; ++i)
                counts[i] += counts[lane * size + i];
        }
        const std::lock_guard lock(merge);
        for (size_t i = 0; i < size; ++i)
            h.counts[i] += counts[i];
    });
}

void countSignals(TileHistograms &h, const ScanView &view, float lowWeight, float highWeight)
{
    const auto &lut = AttenuationLut::table();
    const quint16 *low = view.channels.front().pixels.data();
    const quint16 *high = view.channels.back().pixels.data();
    countOverThreads(h, 1, [&](std::vector<quint32> &counts, int first, int last) {
        for (int y = first; y < last; ++y) {
            const size_t tileRow = size_t(y * h.tilesY / h.height) * size_t(h.tilesX);
            const size_t row = size_t(y) * size_t(view.width);
            for (int x = 0; x < view.width; ++x) {
                const float s = lowWeight * lut[low[row + size_t(x)]] + highWeight * lut[high[row + size_t(x)]];
                const size_t tile = tileRow + size_t(x * h.tilesX / view.width);
                ++counts[tile * LocalContrastLuts::Bins + size_t(h.bin(s))];
            }
        }
    });
}

// One channel: the bin of every 16-bit value is tabulated, so counting is a lookup and an
// increment per pixel, tile column by tile column. Neighbouring pixels often share a bin: four
// lanes of histograms keep their increments from waiting on each other.
void countValues(TileHistograms &h, const SingleChannelSignal &signal)
{
    std::vector<quint16> binOf(signal.signalOf.size());
    for (size_t v = 0; v < binOf.size(); ++v)
        binOf[v] = quint16(h.bin(signal.signalOf[v]));
    std::vector<int> tileStart(size_t(h.tilesX) + 1);
    for (int tx = 0; tx <= h.tilesX; ++tx) // the first x with x · tilesX / width == tx
        tileStart[size_t(tx)] = (tx * h.width + h.tilesX - 1) / h.tilesX;
    const size_t lane = h.counts.size();
    countOverThreads(h, 4, [&](std::vector<quint32> &counts, int first, int last) {
        for (int y = first; y < last; ++y) {
            const quint16 *row = signal.channel->pixels.data() + size_t(y) * size_t(h.width);
            const size_t tileRow = size_t(y * h.tilesY / h.height) * size_t(h.tilesX);
            for (int tx = 0; tx < h.tilesX; ++tx) {
                quint32 *tile = &counts[(tileRow + size_t(tx)) * LocalContrastLuts::Bins];
                const int end = tileStart[size_t(tx) + 1];
                int x = tileStart[size_t(tx)];
                for (; x + 4 <= end; x += 4) {
                    ++tile[binOf[row[x]]];
                    ++tile[lane + binOf[row[x + 1]]];
                    ++tile[2 * lane + binOf[row[x + 2]]];
                    ++tile[3 * lane + binOf[row[x + 3]]];
                }
                for (; x < end; ++x)
                    ++tile[binOf[row[x]]];
            }
        }
    });
}

} // namespace

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
    if (const auto signal = SingleChannelSignal::of(view, lowWeight, highWeight))
        countValues(h, *signal);
    else
        countSignals(h, view, lowWeight, highWeight);
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
