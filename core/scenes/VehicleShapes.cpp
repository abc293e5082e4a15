// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/VehicleShapes.h"

#include "volume/ExtrudedPolygon.h"
#include "volume/HollowSolid.h"
#include "volume/SweptTube.h"

#include <cmath>
#include <numbers>

namespace pen::VehicleShapes {
namespace {

// Turns a prism's local x, y, z onto the world's y, z, x: a profile drawn in (y, z) extruded
// across the vehicle.
const Rotation &sideways()
{
    static const Rotation r = Rotation::aboutAxis({1, 1, 1}, 2 * std::numbers::pi / 3);
    return r;
}

// A profile drawn in (x, z) extruded along y.
const Rotation &lengthways()
{
    static const Rotation r = Rotation::aboutAxis({1, 0, 0}, std::numbers::pi / 2);
    return r;
}

QPointF leftNormal(QPointF from, QPointF to)
{
    const QPointF d = to - from;
    const double l = std::hypot(d.x(), d.y());
    return {-d.y() / l, d.x() / l};
}

double pathLength(const std::vector<Vec3> &path)
{
    double sum = 0;
    for (size_t i = 1; i < path.size(); ++i)
        sum += length(path[i] - path[i - 1]);
    return sum;
}

} // namespace

std::vector<QPointF> band(const std::vector<QPointF> &polyline, double thickness)
{
    std::vector<QPointF> normals;
    for (size_t i = 0; i + 1 < polyline.size(); ++i)
        normals.push_back(leftNormal(polyline[i], polyline[i + 1]));
    std::vector<QPointF> outline(polyline.begin(), polyline.end());
    for (size_t k = polyline.size(); k-- > 0;) {
        const QPointF before = normals[k == 0 ? 0 : k - 1], after = normals[std::min(k, normals.size() - 1)];
        const double dot = before.x() * after.x() + before.y() * after.y();
        outline.push_back(polyline[k] + thickness * (before + after) / (1 + dot));
    }
    return outline;
}

size_t sheetAcross(WeighedScene &scene, const std::vector<QPointF> &polyline, double thickness, double x0, double x1,
                   const QString &material, double density)
{
    return sidePanel(scene, band(polyline, thickness), x0, x1, material, density);
}

size_t sheetAlong(WeighedScene &scene, const std::vector<QPointF> &polyline, double thickness, double y0, double y1,
                  const QString &material, double density)
{
    const std::vector<QPointF> outline = band(polyline, thickness);
    auto solid
        = std::make_shared<ExtrudedPolygon>(outline, y1 - y0, 0.0, Placement{lengthways(), {0, (y0 + y1) / 2, 0}});
    return scene.add(solid, SolidVolumes::polygonArea(outline) * (y1 - y0), material, density);
}

size_t sidePanel(WeighedScene &scene, const std::vector<QPointF> &polygon, double x0, double x1,
                 const QString &material, double density)
{
    auto solid = std::make_shared<ExtrudedPolygon>(polygon, x1 - x0, 0.0, Placement{sideways(), {(x0 + x1) / 2, 0, 0}});
    return scene.add(solid, SolidVolumes::polygonArea(polygon) * (x1 - x0), material, density);
}

size_t pillar(WeighedScene &scene, QPointF a, QPointF b, double x0, double x1, double depth, double wall,
              const QString &material)
{
    // The section's long side along a → b: local z turned about x onto (dy, dz).
    const QPointF d = b - a;
    const double l = std::hypot(d.x(), d.y());
    const Rotation turn = Rotation::aboutAxis({1, 0, 0}, std::atan2(-d.x(), d.y()));
    const QPointF mid = (a + b) / 2;
    const Vec3 size{x1 - x0, depth, l};
    return scene.add(hollowBox(size, wall, Placement{turn, {(x0 + x1) / 2, mid.x(), mid.y()}}),
                     SolidVolumes::hollowBox(size, wall), material);
}

size_t coilSpring(WeighedScene &scene, Vec3 base, double coilRadius, double wireRadius, double height, int coils,
                  const QString &material)
{
    // Ten straight pieces a turn: close enough to a helix at the scanner's millimetres.
    constexpr int PerTurn = 10;
    std::vector<Vec3> helix;
    const double rise = (height - 2 * wireRadius) / (coils * PerTurn);
    for (int i = 0; i <= coils * PerTurn; ++i) {
        const double angle = 2 * std::numbers::pi * i / PerTurn;
        helix.push_back(base + Vec3{coilRadius * std::cos(angle), coilRadius * std::sin(angle), wireRadius + i * rise});
    }
    return wire(scene, helix, wireRadius, material);
}

size_t pipe(WeighedScene &scene, const std::vector<Vec3> &path, double radius, double wall, const QString &material)
{
    // The bore is the same polyline, thinner: it lies inside the pipe everywhere.
    auto outer = std::make_shared<SweptTube>(path, radius, Placement(), 1);
    auto bore = std::make_shared<SweptTube>(path, radius - wall, Placement(), 1);
    const double area = std::numbers::pi * (radius * radius - (radius - wall) * (radius - wall));
    return scene.add(std::make_shared<HollowSolid>(outer, bore), area * pathLength(path), material);
}

size_t wire(WeighedScene &scene, const std::vector<Vec3> &path, double radius, const QString &material)
{
    return scene.add(std::make_shared<SweptTube>(path, radius, Placement(), 1),
                     std::numbers::pi * radius * radius * pathLength(path), material);
}

} // namespace pen::VehicleShapes
