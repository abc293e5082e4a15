// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <vector>

namespace pen {

/// A solid round tube swept along a smooth curve: cables, wires, trolley handles, frames, zip
/// fasteners. The curve is the Catmull–Rom spline through the control points (local frame, cm),
/// sampled into straight segments; each segment is a cylinder of the tube's radius cut by the
/// bisector planes at its joints (mitred), so neighbouring segments meet without gap or overlap.
/// The ends are flat. Bends much tighter than the radius would fold the mitres over each other;
/// keep the curve's radius of curvature above the tube's.
class SweptTube final : public Solid {
public:
    /// samplesPerSpan segments between consecutive control points (1: the polyline itself).
    SweptTube(const std::vector<Vec3> &controlPoints, double radius, const Placement &placement,
              int samplesPerSpan = 8);

    int segmentCount() const { return int(m_segments.size()); }

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override { return m_bounds; }

private:
    struct Segment {
        Vec3 start;
        Vec3 axis;        ///< unit, from start to the next joint
        Vec3 startNormal; ///< unit normal of the start's cutting plane, pointing into the segment
        Vec3 end;
        Vec3 endNormal; ///< pointing out of the segment
        Bounds3 bounds;
    };
    std::vector<Segment> m_segments;
    double m_radius;
    Bounds3 m_bounds;

    void buildSegments(const std::vector<Vec3> &path);
    double segmentChord(const Segment &segment, const Ray &ray) const;
};

/// Points along the uniform Catmull–Rom spline through controlPoints: samplesPerSpan per span plus
/// the last point (the control points themselves where samplesPerSpan is 1).
std::vector<Vec3> catmullRomPath(const std::vector<Vec3> &controlPoints, int samplesPerSpan);

} // namespace pen
