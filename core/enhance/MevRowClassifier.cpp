// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MevRowClassifier.h"

#include "enhance/AttenuationLut.h"

#include <algorithm>

namespace pen {

MevRowClassifier::MevRowClassifier(const ScanView &view, const MevClassTable &table)
    : m_view(view), m_table(table), m_low(size_t(view.width)), m_high(size_t(view.width)), m_lowest(size_t(view.width)),
      m_highest(size_t(view.width))
{
}

void MevRowClassifier::classifyRow(int y, MevClassTable::Pixel *out)
{
    constexpr int R = MevClassTable::Radius;
    const auto &lut = AttenuationLut::table();
    const int width = m_view.width;
    const int top = std::max(0, y - R), bottom = std::min(m_view.height - 1, y + R);
    const quint16 *low = m_view.channels[ScanView::LowEnergy].pixels.data();
    const quint16 *high = m_view.channels[ScanView::HighEnergy].pixels.data();
    for (int x = 0; x < width; ++x) {
        float sumLow = 0.0f, sumHigh = 0.0f, lowest = AttenuationLut::MaxAttenuation, highest = 0.0f;
        for (int row = top; row <= bottom; ++row) {
            const size_t i = size_t(row) * size_t(width) + size_t(x);
            const float a = lut[high[i]];
            sumLow += lut[low[i]];
            sumHigh += a;
            lowest = std::min(lowest, a);
            highest = std::max(highest, a);
        }
        m_low[size_t(x)] = sumLow;
        m_high[size_t(x)] = sumHigh;
        m_lowest[size_t(x)] = lowest;
        m_highest[size_t(x)] = highest;
    }
    const float rows = float(bottom - top + 1);
    for (int x = 0; x < width; ++x) {
        const int left = std::max(0, x - R), right = std::min(width - 1, x + R);
        float sumLow = 0.0f, sumHigh = 0.0f, lowest = AttenuationLut::MaxAttenuation, highest = 0.0f;
        for (int column = left; column <= right; ++column) {
            sumLow += m_low[size_t(column)];
            sumHigh += m_high[size_t(column)];
            lowest = std::min(lowest, m_lowest[size_t(column)]);
            highest = std::max(highest, m_highest[size_t(column)]);
        }
        const float n = rows * float(right - left + 1);
        out[x] = m_table.classify(sumLow / n, sumHigh / n, highest - lowest, x, y);
    }
}

} // namespace pen
