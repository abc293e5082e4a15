// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/TruckParts.h"

#include "scenes/CargoSolids.h"
#include "scenes/ContainerFrame.h"
#include "volume/ExtrudedPolygon.h"
#include "volume/HollowSolid.h"

namespace pen::TruckParts {
namespace {

using namespace CargoSolids;

const QString Steel = QStringLiteral("iron");
constexpr double Middle = ContainerFrame::Width / 2;

// One tyre on its rim: the tyre a hollow torus of rubber compound (carbon black makes it about
// 1.15 g/cm³), its steel belt under the tread, the rim's band and the wheel disc.
void wheel(WeighedScene &scene, Vec3 centre)
{
    const double major = 36, minor = TyreRadius - major, wall = 3;
    scene.add(hollowTorus(major, minor, wall, along(Axis::X, centre)), SolidVolumes::hollowTorus(major, minor, wall),
              QStringLiteral("rubber_natural"), 1.15);
    scene.add(tubeSolid(TyreRadius - 1.2, 8, 0.15, along(Axis::X, centre)), 0, Steel);
    tube(scene, Axis::X, centre, 28.5, 22, 0.8, Steel);
    cylinder(scene, Axis::X, centre, 27.7, 1.2, Steel);
}

void hub(WeighedScene &scene, Vec3 centre)
{
    tube(scene, Axis::X, centre, 21, 18, 1.5, Steel); // brake drum
    cylinder(scene, Axis::X, centre, 11, 22, Steel);
}

std::vector<QPointF> iSection(double height, double flange, double web, double plate)
{
    const double h = height / 2, f = flange / 2, w = web / 2;
    return {{-f, -h}, {f, -h}, {f, -h + plate}, {w, -h + plate}, {w, h - plate},   {f, h - plate},
            {f, h},   {-f, h}, {-f, h - plate}, {-w, h - plate}, {-w, -h + plate}, {-f, -h + plate}};
}

} // namespace

void axle(WeighedScene &scene, double y, bool twin)
{
    const double z = TyreRadius;
    tube(scene, Axis::X, {Middle, y, z}, 7, 150, 1.5, Steel);
    for (double side : {-1.0, 1.0}) {
        const double outer = Middle + side * (Middle - 13);
        wheel(scene, {outer, y, z});
        if (twin)
            wheel(scene, {outer - side * 28, y, z});
        hub(scene, {outer - side * (twin ? 14 : 22), y, z});
    }
}

void ladderRails(WeighedScene &scene, double y0, double y1, double halfSpan, double topZ, double height, double flange)
{
    const std::vector<QPointF> section = iSection(height, flange, 0.8, 1.2);
    for (double side : {-1.0, 1.0}) {
        const Vec3 centre{Middle + side * halfSpan, (y0 + y1) / 2, topZ - height / 2};
        scene.add(std::make_shared<ExtrudedPolygon>(section, y1 - y0, 0.0, along(Axis::Y, centre)),
                  SolidVolumes::polygonArea(section) * (y1 - y0), Steel);
    }
}

} // namespace pen::TruckParts
