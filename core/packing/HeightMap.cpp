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

// A masked footprint visits its own cells at every position: turned things are small or few.
template <typename Combine> std::vector<double> HeightMap::overMask(const CellMask &mask, Combine combine) const
{
    const int across = m_columns - mask.width + 1, along = m_rows - mask.depth + 1;
    if (mask.width < 1 || mask.depth < 1 || across < 1 || along < 1)
        return {};
    std::vector<double> values(size_t(across) * size_t(along), 0.0);
    for (int r = 0; r < along; ++r)
        for (int c = 0; c < across; ++c) {
            double value = 0;
            for (const auto &[dc, dr] : mask.cells)
                value = combine(value, at(c + dc, r + dr));
            values[size_t(r) * size_t(across) + size_t(c)] = value;
        }
    return values;
}

std::vector<double> HeightMap::restingHeights(const CellMask &mask) const
{
    if (mask.isFull())
        return restingHeights(mask.width, mask.depth);
    return overMask(mask, [](double highest, double height) { return std::max(highest, height); });
}

std::vector<double> HeightMap::footprintSums(const CellMask &mask) const
{
    if (mask.isFull())
        return footprintSums(mask.width, mask.depth);
    return overMask(mask, [](double sum, double height) { return sum + height; });
}

void HeightMap::raise(int column, int row, const CellMask &mask, double top)
{
    for (const auto &[dc, dr] : mask.cells)
        set(column + dc, row + dr, std::max(at(column + dc, row + dr), top));
}

} // namespace pen
