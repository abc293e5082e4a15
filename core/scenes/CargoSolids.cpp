// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoSolids.h"

#include "volume/BoxSolid.h"
#include "volume/CylinderSolid.h"
#include "volume/ExtrudedPolygon.h"
#include "volume/HollowSolid.h"

#include <cmath>
#include <numbers>

namespace pen::CargoSolids {
namespace {

Vec3 centreOf(Vec3 min, Vec3 max)
{
    return (min + max) / 2;
}

// The corrugation's centre line over one pitch (x across the sheet, y along it), and the same
// line moved thickness towards +x with mitred corners: together the outline of one period.
std::vector<QPointF> corrugationPeriod(double pitch, double depth, double thickness)
{
    const double q = pitch / 8, shift = (depth + thickness) / 2;
    const std::vector<QPointF> line{{depth, -4 * q}, {depth, -3 * q}, {0, -q}, {0, q}, {depth, 3 * q}, {depth, 4 * q}};
    std::vector<QPointF> normals; // per segment, pointing to +x
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const QPointF d = line[i + 1] - line[i];
        const double l = std::hypot(d.x(), d.y());
        normals.push_back(QPointF(d.y() / l, -d.x() / l));
    }
    std::vector<QPointF> outline;
    for (const QPointF &p : line)
        outline.push_back(p - QPointF(shift, 0));
    for (size_t k = line.size(); k-- > 0;) {
        const QPointF before = normals[k == 0 ? 0 : k - 1], after = normals[std::min(k, normals.size() - 1)];
        const double dot = before.x() * after.x() + before.y() * after.y();
        outline.push_back(line[k] + thickness * (before + after) / (1 + dot) - QPointF(shift, 0));
    }
    return outline;
}

} // namespace

Placement along(Axis axis, Vec3 centre)
{
    switch (axis) {
    case Axis::X: return {Rotation::aboutAxis({0, 1, 0}, std::numbers::pi / 2), centre};
    case Axis::Y: return {Rotation::aboutAxis({1, 0, 0}, std::numbers::pi / 2), centre};
    case Axis::Z: break;
    }
    return Placement::at(centre);
}

size_t box(WeighedScene &scene, Vec3 min, Vec3 max, const QString &material, double density)
{
    return scene.add(std::make_shared<BoxSolid>(max - min, Placement::at(centreOf(min, max))),
                     SolidVolumes::box(max - min), material, density);
}

size_t hollowBox(WeighedScene &scene, Vec3 min, Vec3 max, double wall, const QString &material, double density)
{
    return scene.add(pen::hollowBox(max - min, wall, Placement::at(centreOf(min, max))),
                     SolidVolumes::hollowBox(max - min, wall), material, density);
}

size_t cylinder(WeighedScene &scene, Axis axis, Vec3 centre, double radius, double length, const QString &material,
                double density)
{
    return scene.add(std::make_shared<CylinderSolid>(radius, length, along(axis, centre)),
                     SolidVolumes::cylinder(radius, length), material, density);
}

size_t hollowCylinder(WeighedScene &scene, Axis axis, Vec3 centre, double radius, double length, double wall,
                      const QString &material, double density)
{
    return scene.add(pen::hollowCylinder(radius, length, wall, along(axis, centre)),
                     SolidVolumes::hollowCylinder(radius, length, wall), material, density);
}

size_t tube(WeighedScene &scene, Axis axis, Vec3 centre, double radius, double length, double wall,
            const QString &material, double density)
{
    return scene.add(tubeSolid(radius, length, wall, along(axis, centre)), SolidVolumes::tube(radius, length, wall),
                     material, density);
}

std::shared_ptr<const Solid> tubeSolid(double radius, double length, double wall, const Placement &placement)
{
    // Outer and bore of the same length: the chord difference leaves the open band.
    return std::make_shared<HollowSolid>(std::make_shared<CylinderSolid>(radius, length, placement),
                                         std::make_shared<CylinderSolid>(radius - wall, length, placement));
}

Sheet corrugatedSheet(double length, double height, double depth, double pitch, double thickness,
                      const Placement &placement)
{
    const int periods = std::max(1, int(std::lround(length / pitch)));
    const double fitted = length / periods;
    const std::vector<QPointF> outline = corrugationPeriod(fitted, depth, thickness);
    auto unit = std::make_shared<ExtrudedPolygon>(outline, height, 0.0, Placement());
    auto sheet = std::make_shared<LatticeSolid>(unit, std::array<int, 3>{1, periods, 1},
                                                Vec3{depth + thickness, fitted, height}, placement);
    return {sheet, SolidVolumes::polygonArea(outline) * height * periods};
}

std::shared_ptr<const LatticeSolid> lattice(std::shared_ptr<const Solid> unit, std::array<int, 3> counts, Vec3 spacing,
                                            Vec3 min)
{
    const Vec3 size{counts[0] * spacing.x, counts[1] * spacing.y, counts[2] * spacing.z};
    return std::make_shared<LatticeSolid>(std::move(unit), counts, spacing, Placement::at(min + size / 2));
}

} // namespace pen::CargoSolids
