// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

#include <algorithm>
#include <vector>

namespace pen {

/// Histograms of an energy view's signal s = lowWeight·a_low + highWeight·a_high over a grid of
/// tiles, the first half of contrast-limited adaptive histogram equalisation. The bins span the
/// display window [low, low + Bins·binWidth] (signals outside fall into the end bins), so that a
/// uniform histogram maps like the window itself and the clip limit bounds the gain over it.
/// Computing them reads every pixel once; turning them into LUTs for another clip limit does not.
struct TileHistograms {
    float low = 0;
    float binWidth = 1;
    int tilesX = 1;
    int tilesY = 1;
    int width = 0;
    int height = 0;
    std::vector<quint32> counts; ///< tilesX·tilesY rows of LocalContrastLuts::Bins
    std::vector<quint32> pixels; ///< pixels per tile

    static TileHistograms compute(const ScanView &view, float lowWeight, float highWeight, float windowLow,
                                  float windowWidth);
    int bin(float signal) const;
};

/// Local contrast enhancement (CLAHE-like): per tile, the clipped cumulative histogram of the
/// signal as a lookup table from signal to 0..1 over the window, blended bilinearly between the
/// four nearest tile centres. The shader receives luts() as a Bins × tiles R32F texture and
/// repeats map().
/// Immutable, safe to share between threads.
class LocalContrastLuts {
public:
    static constexpr int Bins = 1024;
    static constexpr int MaxTilesPerSide = 8;
    static constexpr int MinTilePx = 64;

    /// clipLimit: a bin holds at most clipLimit × the mean bin count; the excess is spread over all bins.
    LocalContrastLuts(const TileHistograms &histograms, double clipLimit);

    static int tileCount(int pixels) { return std::clamp(pixels / MinTilePx, 1, MaxTilesPerSide); }

    int tilesX() const { return m_tilesX; }
    int tilesY() const { return m_tilesY; }
    float low() const { return m_low; }
    float binWidth() const { return m_binWidth; }
    const std::vector<float> &luts() const { return m_luts; }

    /// The equalised value (0..1) of signal at pixel (x, y).
    float map(int x, int y, float signal) const;
    /// map() for a whole row: values[x] is replaced by its equalised value at (x, y).
    void mapRow(int y, float *values) const;
    /// Tile grid coordinate of a pixel along one side, for the bilinear blend: the first tile and the weight of the
    /// next.
    static void gridPosition(int pixel, int pixels, int tiles, int &first, float &weight);

    int width() const { return m_width; }
    int height() const { return m_height; }

    /// A signal's place in the LUTs: the bin and how far into it. Tables built from the LUTs
    /// (LocalContrastTable) find it once for all tiles.
    struct BinPosition {
        int bin = 0;
        float weight = 0;
    };
    BinPosition binPosition(float signal) const;
    /// The equalised value (0..1) of tile at a bin position.
    float lookup(int tile, BinPosition at) const
    {
        const float *lut = &m_luts[size_t(tile) * Bins];
        const float below = at.bin > 0 ? lut[at.bin - 1] : 0.0f;
        return below + at.weight * (lut[at.bin] - below);
    }

private:
    float m_low = 0;
    float m_binWidth = 1;
    int m_tilesX = 1;
    int m_tilesY = 1;
    int m_width = 0;
    int m_height = 0;
    std::vector<float> m_luts;
    std::vector<int> m_columnTile; ///< gridPosition of every column, computed once
    std::vector<float> m_columnWeight;

    float blend(int x, int ty, float fy, BinPosition at) const;
};

} // namespace pen
