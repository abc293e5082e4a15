// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/ClothSheet.h"

#include "volume/ChordMath.h"
#include "volume/PolynomialRoots.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pen {
namespace {

// Roots of a·τ² + b·τ + c in [0, end): the crossings of the line with one bilinear patch. Half-open,
// so a crossing on a cell's border counts in one cell only.
PolynomialRoots rootsFrom0(double a, double b, double c, double end)
{
    PolynomialRoots roots;
    const auto keep = [&](double root) {
        if (root >= 0 && root < end)
            roots.add(root);
    };
    if (std::abs(a) < 1e-14 * (std::abs(b) + std::abs(c) + 1e-300)) {
        if (b != 0)
            keep(-c / b);
        return roots;
    }
    const double discriminant = b * b - 4 * a * c;
    if (discriminant >= 0) {
        const double q = -0.5 * (b + std::copysign(std::sqrt(discriminant), b));
        keep(q / a);
        if (q != 0)
            keep(c / q);
    }
    return roots;
}

} // namespace

ClothSheet::ClothSheet(double width, double depth, int columns, int rows, std::vector<double> heights, double thickness,
                       const Placement &placement, double maxObliquity)
    : Solid(placement), m_width(width), m_depth(depth), m_columns(std::max(2, columns)), m_rows(std::max(2, rows)),
      m_heights(std::move(heights)), m_thickness(thickness), m_maxObliquity(maxObliquity)
{
    m_heights.resize(size_t(m_columns) * size_t(m_rows), 0.0);
    m_cellHeights.reserve(size_t(m_columns - 1) * size_t(m_rows - 1));
    for (int j = 0; j + 1 < m_rows; ++j)
        for (int i = 0; i + 1 < m_columns; ++i)
            m_cellHeights.push_back(
                std::minmax({height(i, j), height(i + 1, j), height(i, j + 1), height(i + 1, j + 1)}));
    const auto [low, high] = std::minmax_element(m_heights.begin(), m_heights.end());
    m_bounds = Bounds3{{-width / 2, -depth / 2, *low}, {width / 2, depth / 2, *high}}.expanded(thickness);
}

// The sheet's path length where the line crosses cell (i, j)'s patch between from and to.
double ClothSheet::cellPath(const Ray &ray, int i, int j, double from, double to) const
{
    const Vec3 start = ray.at(from), d = ray.direction;
    const double z1 = start.z + (to - from) * d.z;
    // The patch lies between its lowest and highest corner: most cells are passed above or below.
    const auto [lowest, highest] = m_cellHeights[size_t(j) * size_t(m_columns - 1) + size_t(i)];
    if (std::max(start.z, z1) < lowest || std::min(start.z, z1) > highest)
        return 0;
    // h(u, v) = a + b·u + c·v + e·u·v on the cell's unit square.
    const double a = height(i, j), b = height(i + 1, j) - a, c = height(i, j + 1) - a;
    const double e = height(i + 1, j + 1) - height(i + 1, j) - height(i, j + 1) + a;
    const double u0 = (start.x + m_width / 2) / cellWidth() - i, v0 = (start.y + m_depth / 2) / cellDepth() - j;
    const double du = d.x / cellWidth(), dv = d.y / cellDepth();
    // z(τ) − h(u(τ), v(τ)) along the line from start.
    const double qa = -e * du * dv;
    const double qb = d.z - b * du - c * dv - e * (u0 * dv + v0 * du);
    const double qc = start.z - a - b * u0 - c * v0 - e * u0 * v0;
    double path = 0;
    for (double tau : rootsFrom0(qa, qb, qc, to - from)) {
        const double u = u0 + du * tau, v = v0 + dv * tau;
        const Vec3 normal = normalized({-(b + e * v) / cellWidth(), -(c + e * u) / cellDepth(), 1});
        path += m_thickness / std::max(std::abs(dot(normal, d)), 1 / m_maxObliquity);
    }
    return path;
}

double ClothSheet::localChordLength(const Ray &localRay) const
{
    // Only inside the rectangle: the bilinear patches must not be extrapolated past its edges.
    const Vec3 low{-m_width / 2, -m_depth / 2, m_bounds.min.z}, high{m_width / 2, m_depth / 2, m_bounds.max.z};
    const Interval span = slabInterval(localRay, low, high);
    if (span.isEmpty())
        return 0;
    return walkCells(localRay, span.enter, span.exit);
}

// Amanatides–Woo: from cell to cell along the line's x-y projection, each visited once.
double ClothSheet::walkCells(const Ray &ray, double from, double to) const
{
    const Vec3 p = ray.at(from), d = ray.direction;
    const double w = cellWidth(), h = cellDepth(), infinity = std::numeric_limits<double>::infinity();
    int i = std::clamp(int(std::floor((p.x + m_width / 2) / w)), 0, m_columns - 2);
    int j = std::clamp(int(std::floor((p.y + m_depth / 2) / h)), 0, m_rows - 2);
    const int stepI = d.x > 0 ? 1 : -1, stepJ = d.y > 0 ? 1 : -1;
    const double deltaX = d.x != 0 ? w / std::abs(d.x) : infinity, deltaY = d.y != 0 ? h / std::abs(d.y) : infinity;
    double nextX = d.x != 0 ? (-m_width / 2 + (i + (stepI > 0)) * w - ray.origin.x) / d.x : infinity;
    double nextY = d.y != 0 ? (-m_depth / 2 + (j + (stepJ > 0)) * h - ray.origin.y) / d.y : infinity;
    double t = from, path = 0;
    for (;;) {
        const double leave = std::min({nextX, nextY, to});
        if (leave > t)
            path += cellPath(ray, i, j, t, leave);
        if (leave >= to)
            return path;
        t = leave;
        if (nextX <= nextY) {
            i += stepI;
            nextX += deltaX;
        } else {
            j += stepJ;
            nextY += deltaY;
        }
        if (i < 0 || j < 0 || i > m_columns - 2 || j > m_rows - 2)
            return path;
    }
}

} // namespace pen
