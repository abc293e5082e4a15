// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/HeightMap.h"

#include <algorithm>

namespace pen {

double HeightMap::highestUnder(const CellRect &rect) const
{
    double highest = 0;
    for (int r = rect.row; r < rect.row + rect.depth; ++r)
        for (int c = rect.column; c < rect.column + rect.width; ++c)
            highest = std::max(highest, at(c, r));
    return highest;
}

std::vector<double> HeightMap::restingHeights(int width, int depth) const
{
    const int across = m_columns - width + 1, along = m_rows - depth + 1;
    if (width < 1 || depth < 1 || across < 1 || along < 1)
        return {};
    // Separable running maximum: first along each row over width cells, then down the columns.
    std::vector<double> rowMax(size_t(across) * size_t(m_rows));
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < across; ++c) {
            const auto begin = m_heights.begin() + std::ptrdiff_t(index(c, r));
            rowMax[size_t(r) * size_t(across) + size_t(c)] = *std::max_element(begin, begin + width);
        }
    std::vector<double> resting(size_t(across) * size_t(along), 0.0);
    for (int r = 0; r < along; ++r)
        for (int c = 0; c < across; ++c) {
            double highest = 0;
            for (int k = r; k < r + depth; ++k)
                highest = std::max(highest, rowMax[size_t(k) * size_t(across) + size_t(c)]);
            resting[size_t(r) * size_t(across) + size_t(c)] = highest;
        }
    return resting;
}

std::vector<double> HeightMap::footprintSums(int width, int depth) const
{
    const int across = m_columns - width + 1, along = m_rows - depth + 1;
    if (width < 1 || depth < 1 || across < 1 || along < 1)
        return {};
    // Summed-area table with a zero row and column in front.
    const size_t stride = size_t(m_columns) + 1;
    std::vector<double> table(stride * (size_t(m_rows) + 1), 0.0);
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_columns; ++c)
            table[size_t(r + 1) * stride + size_t(c + 1)] = at(c, r) + table[size_t(r) * stride + size_t(c + 1)]
                + table[size_t(r + 1) * stride + size_t(c)] - table[size_t(r) * stride + size_t(c)];
    const auto corner = [&](int c, int r) { return table[size_t(r) * stride + size_t(c)]; };
    std::vector<double> sums(size_t(across) * size_t(along));
    for (int r = 0; r < along; ++r)
        for (int c = 0; c < across; ++c)
            sums[size_t(r) * size_t(across) + size_t(c)]
                = corner(c + width, r + depth) - corner(c, r + depth) - corner(c + width, r) + corner(c, r);
    return sums;
}

void HeightMap::raise(const CellRect &rect, double top)
{
    for (int r = rect.row; r < rect.row + rect.depth; ++r)
        for (int c = rect.column; c < rect.column + rect.width; ++c)
            set(c, r, std::max(at(c, r), top));
}

} // namespace pen
