// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/LatticeSolid.h"

#include "volume/ChordMath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pen {
namespace {

double component(Vec3 v, int axis)
{
    return axis == 0 ? v.x : axis == 1 ? v.y : v.z;
}

// One axis of the cell walk: the current cell, which way the line steps, where it crosses the next
// cell face and how far apart those faces are along the line.
struct AxisWalk {
    int cell = 0;
    int step = 0;
    double nextT = std::numeric_limits<double>::infinity();
    double deltaT = std::numeric_limits<double>::infinity();
};

AxisWalk startAxis(double origin, double direction, double enterT, double low, double spacing, int count)
{
    AxisWalk walk;
    // The entry point's cell, clamped: rounding may put a point on the box's face just outside it.
    const double at = origin + enterT * direction;
    walk.cell = std::clamp(int(std::floor((at - low) / spacing)), 0, count - 1);
    if (direction == 0)
        return walk;
    walk.step = direction > 0 ? 1 : -1;
    const double face = low + (walk.cell + (direction > 0 ? 1 : 0)) * spacing;
    walk.nextT = (face - origin) / direction;
    walk.deltaT = spacing / std::abs(direction);
    return walk;
}

} // namespace

LatticeSolid::LatticeSolid(std::shared_ptr<const Solid> unit, std::array<int, 3> counts, Vec3 spacing,
                           const Placement &placement)
    : Solid(placement),
      m_unit(std::move(unit)), m_counts{std::max(1, counts[0]), std::max(1, counts[1]), std::max(1, counts[2])},
      m_spacing(spacing), m_half{m_counts[0] * spacing.x / 2, m_counts[1] * spacing.y / 2, m_counts[2] * spacing.z / 2},
      m_unitBounds(m_unit->bounds())
{
}

Vec3 LatticeSolid::cellCentre(const std::array<int, 3> &cell) const
{
    return {-m_half.x + (cell[0] + 0.5) * m_spacing.x, -m_half.y + (cell[1] + 0.5) * m_spacing.y,
            -m_half.z + (cell[2] + 0.5) * m_spacing.z};
}

double LatticeSolid::localChordLength(const Ray &ray) const
{
    const Interval inside = slabInterval(ray, -m_half, m_half);
    if (inside.isEmpty())
        return 0;
    std::array<AxisWalk, 3> walk;
    for (int a = 0; a < 3; ++a)
        walk[a] = startAxis(component(ray.origin, a), component(ray.direction, a), inside.enter, -component(m_half, a),
                            component(m_spacing, a), m_counts[a]);
    double chord = 0;
    for (;;) {
        const std::array<int, 3> cell{walk[0].cell, walk[1].cell, walk[2].cell};
        const Ray inCell{ray.origin - cellCentre(cell), ray.direction};
        if (m_unitBounds.crossedBy(inCell)) // rays between round units skip them cheaply
            chord += m_unit->chordLength(inCell);
        // Step across the nearest face; the walk ends where the line leaves the grid.
        const int a = walk[0].nextT <= walk[1].nextT ? (walk[0].nextT <= walk[2].nextT ? 0 : 2)
                                                     : (walk[1].nextT <= walk[2].nextT ? 1 : 2);
        if (walk[a].nextT >= inside.exit)
            return chord;
        walk[a].cell += walk[a].step;
        if (walk[a].cell < 0 || walk[a].cell >= m_counts[a])
            return chord;
        walk[a].nextT += walk[a].deltaT;
    }
}

} // namespace pen
