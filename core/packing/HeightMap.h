// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace pen {

/// A rectangle of whole cells of a height map: columns [column, column + width), rows likewise.
struct CellRect {
    int column = 0;
    int row = 0;
    int width = 1;
    int depth = 1;
};

/// The cells of a width × depth box that a footprint covers: all of them for a thing lying square
/// to the walls, fewer for one turned at an angle.
struct CellMask {
    int width = 1;
    int depth = 1;
    std::vector<std::pair<int, int>> cells; ///< (column, row) inside the box

    bool isFull() const { return int(cells.size()) == width * depth; }
};

/// The top of what is packed so far, per 1 cm cell of a container's floor (heights in cm above
/// the floor). Items dropped into the container come to rest on the highest cell under them.
class HeightMap {
public:
    HeightMap(int columns, int rows) : m_columns(columns), m_rows(rows), m_heights(size_t(columns * rows), 0.0) {}

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    double at(int column, int row) const { return m_heights[index(column, row)]; }
    void set(int column, int row, double height) { m_heights[index(column, row)] = height; }

    /// The highest cell under rect.
    double highestUnder(const CellRect &rect) const;
    /// For every position of a width × depth footprint inside the map, the height it would rest at
    /// (row-major over the (columns − width + 1) × (rows − depth + 1) positions); empty if the
    /// footprint does not fit.
    std::vector<double> restingHeights(int width, int depth) const;
    /// For every position as restingHeights gives them, the sum of the cells' heights under the
    /// footprint (cm·cells): with the resting height it says how much room an item would leave under it.
    std::vector<double> footprintSums(int width, int depth) const;
    /// Raises every cell under rect to top (cells already higher stay).
    void raise(const CellRect &rect, double top);

    /// The same three for a footprint that covers only mask's cells of its box: positions are
    /// those of the box, as for a rectangle of mask.width × mask.depth.
    std::vector<double> restingHeights(const CellMask &mask) const;
    std::vector<double> footprintSums(const CellMask &mask) const;
    void raise(int column, int row, const CellMask &mask, double top);

private:
    int m_columns;
    int m_rows;
    std::vector<double> m_heights;

    template <typename Combine> std::vector<double> overMask(const CellMask &mask, Combine combine) const;
    size_t index(int column, int row) const { return size_t(row) * size_t(m_columns) + size_t(column); }
};

} // namespace pen
