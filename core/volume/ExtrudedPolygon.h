// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <QPointF>

#include <vector>

namespace pen {

/// A prism: a simple polygon (convex or not, local x-y, cm) extruded along local z from
/// −height/2 to height/2 and centred on its placement, for blades, gun parts, tools, tablets and
/// phones. A bevel b chamfers the top and bottom edges at 45°: the faces at ±height/2 are the
/// polygon inset by b (mitred corners), the walls are upright for |z| ≤ height/2 − b. The bevel
/// must stay below half the height and below half the polygon's narrowest part. The chord sums the
/// intervals where the line is inside, from its crossings with the faces in order (entering where
/// a face looks towards the ray's origin, leaving where it looks away).
class ExtrudedPolygon final : public Solid {
public:
    ExtrudedPolygon(const std::vector<QPointF> &polygon, double height, double bevel, const Placement &placement);

protected:
    double localChordLength(const Ray &localRay) const override;
    Bounds3 localBounds() const override { return m_bounds; }

private:
    struct Edge {
        QPointF from;
        QPointF direction; ///< unit
        QPointF outward;   ///< unit
        double length = 0;
        QPointF fromInset; ///< how far from moves per cm of inset (the mitre)
        QPointF toInset;
    };
    struct Crossing {
        double t;
        bool entering;
    };
    std::vector<QPointF> m_inset; ///< the polygon of the top and bottom faces
    std::vector<Edge> m_edges;
    double m_halfHeight;
    double m_bevel;
    Bounds3 m_bounds;

    void crossCaps(const Ray &ray, std::vector<Crossing> &crossings) const;
    void crossWall(const Edge &edge, const Ray &ray, std::vector<Crossing> &crossings) const;
    void crossChamfer(const Edge &edge, double side, const Ray &ray, std::vector<Crossing> &crossings) const;
};

} // namespace pen
