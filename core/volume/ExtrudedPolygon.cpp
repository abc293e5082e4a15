// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/ExtrudedPolygon.h"

#include "volume/ChordMath.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

double dot2(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

QPointF xy(Vec3 p)
{
    return {p.x, p.y};
}

double signedArea(const std::vector<QPointF> &polygon)
{
    double area = 0;
    for (size_t i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i], b = polygon[(i + 1) % polygon.size()];
        area += a.x() * b.y() - b.x() * a.y();
    }
    return area / 2;
}

// Even-odd rule.
bool contains(const std::vector<QPointF> &polygon, QPointF p)
{
    bool inside = false;
    for (size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const QPointF a = polygon[i], b = polygon[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()))
            inside = !inside;
    }
    return inside;
}

// Moving both edges at a corner inwards by 1 moves the corner by this much.
QPointF mitre(QPointF outwardBefore, QPointF outwardAfter)
{
    const double denominator = std::max(0.05, 1 + dot2(outwardBefore, outwardAfter));
    return -(outwardBefore + outwardAfter) / denominator;
}

} // namespace

ExtrudedPolygon::ExtrudedPolygon(const std::vector<QPointF> &polygon, double height, double bevel,
                                 const Placement &placement)
    : Solid(placement), m_halfHeight(height / 2), m_bevel(std::clamp(bevel, 0.0, height / 2))
{
    std::vector<QPointF> ccw = polygon;
    if (signedArea(ccw) < 0)
        std::reverse(ccw.begin(), ccw.end());
    const size_t n = ccw.size();
    for (size_t i = 0; i < n; ++i) {
        const QPointF delta = ccw[(i + 1) % n] - ccw[i];
        const double l = std::hypot(delta.x(), delta.y());
        m_edges.push_back({ccw[i], delta / l, QPointF(delta.y(), -delta.x()) / l, l, {}, {}});
        m_bounds.include(Vec3{ccw[i].x(), ccw[i].y(), -m_halfHeight});
        m_bounds.include(Vec3{ccw[i].x(), ccw[i].y(), m_halfHeight});
    }
    for (size_t i = 0; i < n; ++i) {
        const QPointF corner = mitre(m_edges[(i + n - 1) % n].outward, m_edges[i].outward);
        m_edges[i].fromInset = corner;
        m_edges[(i + n - 1) % n].toInset = corner;
        m_inset.push_back(ccw[i] + m_bevel * corner);
    }
}

void ExtrudedPolygon::crossCaps(const Ray &ray, std::vector<Crossing> &crossings) const
{
    if (ray.direction.z == 0)
        return;
    for (const double side : {1.0, -1.0}) {
        const double t = (side * m_halfHeight - ray.origin.z) / ray.direction.z;
        if (contains(m_inset, xy(ray.at(t))))
            crossings.push_back({t, side * ray.direction.z < 0});
    }
}

void ExtrudedPolygon::crossWall(const Edge &edge, const Ray &ray, std::vector<Crossing> &crossings) const
{
    const double along = dot2(edge.outward, xy(ray.direction));
    if (along == 0)
        return;
    const double t = dot2(edge.outward, edge.from - xy(ray.origin)) / along;
    const Vec3 p = ray.at(t);
    const double u = dot2(xy(p) - edge.from, edge.direction);
    if (std::abs(p.z) <= m_halfHeight - m_bevel && u >= 0 && u <= edge.length)
        crossings.push_back({t, along < 0});
}

// The 45° face between the wall's top (side = 1) or bottom (side = −1) and the inset cap:
// dot(outward, q) + (side·z − z0) = dot(outward, from), with z0 where the wall ends.
void ExtrudedPolygon::crossChamfer(const Edge &edge, double side, const Ray &ray,
                                   std::vector<Crossing> &crossings) const
{
    const double z0 = m_halfHeight - m_bevel;
    const double along = dot2(edge.outward, xy(ray.direction)) + side * ray.direction.z;
    if (along == 0)
        return;
    const double t = (dot2(edge.outward, edge.from - xy(ray.origin)) + z0 - side * ray.origin.z) / along;
    const Vec3 p = ray.at(t);
    const double inset = side * p.z - z0;
    if (inset < 0 || inset > m_bevel)
        return;
    const QPointF start = edge.from + inset * edge.fromInset;
    const QPointF end = edge.from + edge.length * edge.direction + inset * edge.toInset;
    const double u = dot2(xy(p) - start, edge.direction);
    if (u >= 0 && u <= dot2(end - start, edge.direction))
        crossings.push_back({t, along < 0});
}

double ExtrudedPolygon::localChordLength(const Ray &localRay) const
{
    if (!m_bounds.crossedBy(localRay))
        return 0;
    std::vector<Crossing> crossings;
    crossCaps(localRay, crossings);
    for (const Edge &edge : m_edges) {
        crossWall(edge, localRay, crossings);
        if (m_bevel > 0) {
            crossChamfer(edge, 1, localRay, crossings);
            crossChamfer(edge, -1, localRay, crossings);
        }
    }
    std::sort(crossings.begin(), crossings.end(), [](Crossing a, Crossing b) { return a.t < b.t; });
    // A line through a shared edge may cross both faces: a second entry or exit in a row changes nothing.
    double chord = 0, enteredAt = 0;
    bool inside = false;
    for (const Crossing &crossing : crossings) {
        if (crossing.entering && !inside)
            enteredAt = crossing.t;
        else if (!crossing.entering && inside)
            chord += crossing.t - enteredAt;
        inside = crossing.entering;
    }
    return chord;
}

} // namespace pen
