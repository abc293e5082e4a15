// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/TurnedFootprint.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pen::TurnedFootprint {
namespace {

double cross(const Vec3 &o, const Vec3 &a, const Vec3 &b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Andrew's monotone chain: the convex hull of points in x, y, counter-clockwise.
std::vector<Vec3> convexHull(std::vector<Vec3> points)
{
    std::sort(points.begin(), points.end(),
              [](const Vec3 &a, const Vec3 &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    std::vector<Vec3> hull(2 * points.size());
    size_t k = 0;
    for (const Vec3 &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return hull;
}

// How far the projections of a and b onto axis overlap (negative: a gap between them).
double overlapAlong(const Vec3 &axis, const std::vector<Vec3> &a, const std::vector<Vec3> &b)
{
    const auto span = [&](const std::vector<Vec3> &polygon) {
        double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
        for (const Vec3 &p : polygon) {
            const double d = p.x * axis.x + p.y * axis.y;
            low = std::min(low, d);
            high = std::max(high, d);
        }
        return std::pair{low, high};
    };
    const auto [aLow, aHigh] = span(a);
    const auto [bLow, bHigh] = span(b);
    return std::min(aHigh, bHigh) - std::max(aLow, bLow);
}

bool separatedByAnEdgeOf(const std::vector<Vec3> &polygon, const std::vector<Vec3> &a, const std::vector<Vec3> &b,
                         double tolerance)
{
    for (size_t i = 0; i < polygon.size(); ++i) {
        const Vec3 &p = polygon[i], &q = polygon[(i + 1) % polygon.size()];
        const double length = std::hypot(q.x - p.x, q.y - p.y);
        if (length < 1e-12)
            continue;
        if (overlapAlong({(p.y - q.y) / length, (q.x - p.x) / length, 0}, a, b) <= tolerance)
            return true;
    }
    return false;
}

} // namespace

std::vector<Vec3> outline(const PackableItem &item, const Rotation &pose)
{
    std::vector<Vec3> corners;
    for (const VolumeObject &object : item.objects) {
        const Bounds3 box = object.solid->bounds();
        for (const double x : {box.min.x, box.max.x})
            for (const double y : {box.min.y, box.max.y})
                for (const double z : {box.min.z, box.max.z}) {
                    const Vec3 turned = pose.apply({x, y, z});
                    corners.push_back({turned.x, turned.y, 0});
                }
    }
    return convexHull(std::move(corners));
}

CellMask cellsUnder(const std::vector<Vec3> &outline, int width, int depth)
{
    CellMask mask{width, depth, {}};
    for (int r = 0; r < depth; ++r)
        for (int c = 0; c < width; ++c) {
            const std::vector<Vec3> cell{
                {double(c), double(r), 0}, {c + 1.0, double(r), 0}, {c + 1.0, r + 1.0, 0}, {double(c), r + 1.0, 0}};
            if (overlap(cell, outline, 1e-9))
                mask.cells.push_back({c, r});
        }
    return mask;
}

bool overlap(const std::vector<Vec3> &a, const std::vector<Vec3> &b, double tolerance)
{
    return !separatedByAnEdgeOf(a, a, b, tolerance) && !separatedByAnEdgeOf(b, a, b, tolerance);
}

} // namespace pen::TurnedFootprint
