// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/LocalContrastLuts.h"
#include "enhance/SingleChannelSignal.h"

#include <memory>
#include <vector>

namespace pen {

/// LocalContrastLuts in integers for a view whose signal comes from one channel: per tile, the
/// equalised value of every 16-bit value in 1/65535 steps (a row of neighbouring pixels reads
/// neighbouring entries); and the bilinear blend with 15-bit fixed-point weights.
/// The result differs from LocalContrastLuts::map() by at most 4/65535. Keeps a pointer to the
/// signal's channel, which must outlive it. Immutable, safe to share between threads.
class LocalContrastTable {
public:
    static constexpr int One = 65535; ///< the equalised value 1

    LocalContrastTable(const LocalContrastLuts &luts, const SingleChannelSignal &signal);

    /// out[x] = map(e) for the equalised value e (0..One) of each pixel (x, y) of the row.
    template <typename Out, typename Map> void mapRow(int y, Out *out, const Map &map) const
    {
        int ty = 0;
        float fy = 0;
        LocalContrastLuts::gridPosition(y, m_height, m_tilesY, ty, fy);
        const quint16 *values = m_channel->pixels.data() + size_t(y) * m_weights.size();
        const quint32 wy = fixedWeight(fy);
        const int top = ty * m_tilesX;
        const int bottom = std::min(ty + 1, m_tilesY - 1) * m_tilesX;
        for (const Span &span : m_spans) {
            // The four LUTs stay the same along a span, so their offsets leave the inner loop.
            const quint16 *topLeft = tile(top + span.left);
            const quint16 *topRight = tile(top + span.right);
            const quint16 *bottomLeft = tile(bottom + span.left);
            const quint16 *bottomRight = tile(bottom + span.right);
            for (int x = span.first, last = span.last; x < last; ++x) {
                const quint16 v = values[x];
                const quint32 wx = m_weights[size_t(x)];
                const quint32 upper = lerp(topLeft[v], topRight[v], wx);
                const quint32 lower = lerp(bottomLeft[v], bottomRight[v], wx);
                out[x] = map(lerp(upper, lower, wy));
            }
        }
    }

private:
    /// Columns [first, last) that blend the same two tile columns.
    struct Span {
        int first = 0;
        int last = 0;
        int left = 0;
        int right = 0;
    };
    static constexpr int WeightBits = 15;
    static constexpr quint32 WeightOne = 1u << WeightBits;

    const Image16 *m_channel = nullptr;
    int m_tiles = 1;
    int m_tilesX = 1;
    int m_tilesY = 1;
    int m_height = 0;
    std::unique_ptr<quint16[]> m_entries; ///< [tile · Values + value]
    std::vector<Span> m_spans;
    std::vector<quint16> m_weights; ///< of each column's right tile, in 1/WeightOne

    const quint16 *tile(int index) const { return m_entries.get() + size_t(index) * SingleChannelSignal::Values; }
    static quint32 fixedWeight(float weight) { return quint32(weight * float(WeightOne) + 0.5f); }
    // One multiply: the signed difference times a 15-bit weight stays within 32 bits, and C++20's
    // arithmetic right shift rounds it half up like the unsigned form would.
    static quint32 lerp(quint32 a, quint32 b, quint32 weight)
    {
        return quint32(int(a) + (((int(b) - int(a)) * int(weight) + int(WeightOne / 2)) >> WeightBits));
    }
};

} // namespace pen
