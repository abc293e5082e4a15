// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/SweptTube.h"

#include "volume/ChordMath.h"

#include <algorithm>

namespace pen {
namespace {

Vec3 catmullRom(Vec3 p0, Vec3 p1, Vec3 p2, Vec3 p3, double u)
{
    const double u2 = u * u, u3 = u2 * u;
    return 0.5 * (2 * p1 + u * (p2 - p0) + u2 * (2 * p0 - 5 * p1 + 4 * p2 - p3) + u3 * (3 * p1 - p0 - 3 * p2 + p3));
}

// The plane between two segments halves their angle, so both are cut along the same ellipse.
Vec3 bisector(Vec3 before, Vec3 after)
{
    const Vec3 sum = before + after;
    return length(sum) > 1e-6 ? normalized(sum) : after;
}

// How far a mitred cut reaches beyond the radius: the cut ellipse's semi-major axis over r.
double mitreReach(Vec3 axis, Vec3 normal)
{
    return 1 / std::max(0.1, std::abs(dot(axis, normal)));
}

} // namespace

std::vector<Vec3> catmullRomPath(const std::vector<Vec3> &controlPoints, int samplesPerSpan)
{
    const size_t n = controlPoints.size();
    if (n < 2 || samplesPerSpan <= 1)
        return controlPoints;
    std::vector<Vec3> path;
    for (size_t i = 0; i + 1 < n; ++i) {
        // The ends repeat their point, so the curve starts and ends at the first and last ones.
        const Vec3 p0 = controlPoints[i == 0 ? 0 : i - 1], p3 = controlPoints[std::min(i + 2, n - 1)];
        for (int s = 0; s < samplesPerSpan; ++s)
            path.push_back(catmullRom(p0, controlPoints[i], controlPoints[i + 1], p3, double(s) / samplesPerSpan));
    }
    path.push_back(controlPoints.back());
    return path;
}

SweptTube::SweptTube(const std::vector<Vec3> &controlPoints, double radius, const Placement &placement,
                     int samplesPerSpan)
    : Solid(placement), m_radius(radius)
{
    std::vector<Vec3> path;
    for (Vec3 p : catmullRomPath(controlPoints, samplesPerSpan)) {
        if (path.empty() || length(p - path.back()) > 1e-9)
            path.push_back(p);
    }
    buildSegments(path);
}

void SweptTube::buildSegments(const std::vector<Vec3> &path)
{
    for (size_t i = 0; i + 1 < path.size(); ++i) {
        const Vec3 axis = normalized(path[i + 1] - path[i]);
        const Vec3 before = i > 0 ? normalized(path[i] - path[i - 1]) : axis;
        const Vec3 after = i + 2 < path.size() ? normalized(path[i + 2] - path[i + 1]) : axis;
        Segment segment{path[i], axis, bisector(before, axis), path[i + 1], bisector(axis, after), {}};
        const double startReach = m_radius * mitreReach(axis, segment.startNormal);
        const double endReach = m_radius * mitreReach(axis, segment.endNormal);
        segment.bounds.include(Bounds3{segment.start, segment.start}.expanded(startReach));
        segment.bounds.include(Bounds3{segment.end, segment.end}.expanded(endReach));
        m_bounds.include(segment.bounds);
        m_segments.push_back(segment);
    }
}

double SweptTube::segmentChord(const Segment &segment, const Ray &ray) const
{
    // The infinite cylinder round the segment's axis, then the two cutting planes.
    const Vec3 o = ray.origin - segment.start;
    const Vec3 oPerp = o - dot(o, segment.axis) * segment.axis;
    const Vec3 dPerp = ray.direction - dot(ray.direction, segment.axis) * segment.axis;
    Interval inside = quadraticInterval(dot(dPerp, dPerp), dot(oPerp, dPerp), dot(oPerp, oPerp) - m_radius * m_radius);
    if (inside.isEmpty())
        return 0;
    inside = clippedToHalfSpace(ray, inside, -segment.startNormal, -dot(segment.startNormal, segment.start));
    inside = clippedToHalfSpace(ray, inside, segment.endNormal, dot(segment.endNormal, segment.end));
    return inside.length();
}

double SweptTube::localChordLength(const Ray &localRay) const
{
    if (!m_bounds.crossedBy(localRay))
        return 0;
    double chord = 0;
    for (const Segment &segment : m_segments) {
        if (segment.bounds.crossedBy(localRay))
            chord += segmentChord(segment, localRay);
    }
    return chord;
}

} // namespace pen
