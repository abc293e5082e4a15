// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/LocalContrastTable.h"

#include "synth/ParallelRows.h"

namespace pen {

LocalContrastTable::LocalContrastTable(const LocalContrastLuts &luts, const SingleChannelSignal &signal)
    : m_channel(signal.channel), m_tiles(luts.tilesX() * luts.tilesY()), m_tilesX(luts.tilesX()),
      m_tilesY(luts.tilesY()), m_height(luts.height()),
      m_entries(std::make_unique_for_overwrite<quint16[]>(size_t(SingleChannelSignal::Values) * size_t(m_tiles))),
      m_weights(size_t(luts.width()))
{
    for (int x = 0; x < luts.width(); ++x) {
        int first = 0;
        float weight = 0;
        LocalContrastLuts::gridPosition(x, luts.width(), m_tilesX, first, weight);
        m_weights[size_t(x)] = quint16(fixedWeight(weight));
        if (m_spans.empty() || m_spans.back().left != first)
            m_spans.push_back({x, x, first, std::min(first + 1, m_tilesX - 1)});
        m_spans.back().last = x + 1;
    }
    // The bin positions serve every tile; tiles run over threads.
    std::vector<LocalContrastLuts::BinPosition> positions(SingleChannelSignal::Values);
    for (size_t v = 0; v < positions.size(); ++v)
        positions[v] = luts.binPosition(signal.signalOf[v]);
    forEachRowRange(m_tiles, [&](int first, int last) {
        for (int t = first; t < last; ++t) {
            quint16 *entry = m_entries.get() + size_t(t) * SingleChannelSignal::Values;
            for (size_t v = 0; v < positions.size(); ++v)
                entry[v] = quint16(std::clamp(luts.lookup(t, positions[v]), 0.0f, 1.0f) * float(One) + 0.5f);
        }
    });
}

} // namespace pen
