// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <utility>
#include <vector>

namespace pen {

/// A thin sheet of thickness t (garments, bags of film, paper, wrapping): a height field over the
/// rectangle [−width/2, width/2] × [−depth/2, depth/2] of its local x-y plane, heights (local z, cm)
/// given on a grid of columns × rows nodes (row-major, at least 2 × 2) and interpolated bilinearly.
/// Where a line crosses the surface with unit normal n, it travels t/|n·d| through the sheet, so a
/// fold seen edge-on shows as a dark line as in a real scan. Close to edge-on that grows without
/// bound, while a real sheet's curvature keeps it finite: each crossing is capped at
/// maxObliquity · t. A sheet seen exactly edge-on where it is flat is not crossed at all.
class ClothSheet final : public Solid {
public:
    static constexpr double DefaultMaxObliquity = 10;

    ClothSheet(double width, double depth, int columns, int rows, std::vector<double> heights, double thickness,
               const Placement &placement, double maxObliquity = DefaultMaxObliquity);

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override { return m_bounds; }

private:
    double m_width;
    double m_depth;
    int m_columns;
    int m_rows;
    std::vector<double> m_heights;
    std::vector<std::pair<double, double>> m_cellHeights; ///< each cell's lowest and highest corner
    double m_thickness;
    double m_maxObliquity;
    Bounds3 m_bounds;

    double height(int column, int row) const { return m_heights[size_t(row) * size_t(m_columns) + size_t(column)]; }
    double cellWidth() const { return m_width / (m_columns - 1); }
    double cellDepth() const { return m_depth / (m_rows - 1); }
    double walkCells(const Ray &ray, double from, double to) const;
    double cellPath(const Ray &ray, int column, int row, double from, double to) const;
};

} // namespace pen
