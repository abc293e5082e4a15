// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ItemShapes.h"

#include "tip/PortableRandom.h"
#include "volume/BoxSolid.h"
#include "volume/CylinderSolid.h"
#include "volume/ExtrudedPolygon.h"
#include "volume/SweptTube.h"

#include <numbers>

namespace pen::ItemShapes {

Placement at(Vec3 centre)
{
    return Placement::at(centre);
}

Placement alongX(Vec3 centre)
{
    return {Rotation::aboutAxis({0, 1, 0}, std::numbers::pi / 2), centre};
}

Placement alongY(Vec3 centre)
{
    return {Rotation::aboutAxis({1, 0, 0}, std::numbers::pi / 2), centre};
}

std::shared_ptr<const Solid> box(Vec3 size, Vec3 centre)
{
    return std::make_shared<BoxSolid>(size, at(centre));
}

std::shared_ptr<const Solid> cylinderAlongX(double radius, double length, Vec3 centre)
{
    return std::make_shared<CylinderSolid>(radius, length, alongX(centre));
}

std::shared_ptr<const Solid> cylinderUpright(double radius, double length, Vec3 centre)
{
    return std::make_shared<CylinderSolid>(radius, length, at(centre));
}

std::shared_ptr<const Solid> slab(const std::vector<QPointF> &outline, double thickness, double bevel, Vec3 centre)
{
    return std::make_shared<ExtrudedPolygon>(outline, thickness, bevel, at(centre));
}

std::shared_ptr<const Solid> wire(const std::vector<Vec3> &points, double radius)
{
    return std::make_shared<SweptTube>(points, radius, Placement{}, 4);
}

std::shared_ptr<const Solid> spring(Vec3 start, double length, double coilRadius, double wireRadius, int turns)
{
    // Six points a turn keep the Catmull-Rom curve close to a helix.
    std::vector<Vec3> points;
    const int steps = turns * 6;
    for (int i = 0; i <= steps; ++i) {
        const double angle = 2 * std::numbers::pi * i / 6.0;
        points.push_back(start + Vec3{length * i / steps, coilRadius * std::cos(angle), coilRadius * std::sin(angle)});
    }
    return std::make_shared<SweptTube>(points, wireRadius, Placement{}, 2);
}

std::vector<QPointF> chamferedRectangle(double width, double depth, double chamfer)
{
    const double x = width / 2, y = depth / 2, c = chamfer;
    return {{-x + c, -y}, {x - c, -y}, {x, -y + c}, {x, y - c}, {x - c, y}, {-x + c, y}, {-x, y - c}, {-x, -y + c}};
}

double draw(std::mt19937 &engine, double low, double high)
{
    return PortableRandom::uniformReal(engine, low, high);
}

int drawInt(std::mt19937 &engine, int low, int high)
{
    return PortableRandom::uniformInt(engine, low, high);
}

} // namespace pen::ItemShapes
