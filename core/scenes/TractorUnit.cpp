// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/TractorUnit.h"

#include "scenes/CargoSolids.h"
#include "scenes/TruckParts.h"
#include "volume/BoxSolid.h"
#include "volume/CylinderSegment.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"

namespace pen::TractorUnit {
namespace {

using namespace CargoSolids;

const QString Steel = QStringLiteral("iron");
constexpr double W = ContainerFrame::Width;
constexpr double Mid = W / 2;

// An inline six along y from y0: the block is six cells of cast iron, each bored for a cylinder
// (a lattice, so the bores show as the regular light columns they are), with its head above, the
// sump and crankshaft below, the flywheel and the gearbox behind.
void engine(WeighedScene &scene, double y0)
{
    const Vec3 cell{36, 15.5, 40};
    auto bored = std::make_shared<HollowSolid>(std::make_shared<BoxSolid>(cell, Placement()),
                                               std::make_shared<CylinderSolid>(6.4, 30, Placement()));
    scene.add(lattice(bored, {1, 6, 1}, cell, {Mid - 18, y0, 70}), 0, Steel);
    hollowBox(scene, {Mid - 18, y0, 110}, {Mid + 18, y0 + 93, 126}, 3, Steel);
    hollowBox(scene, {Mid - 17, y0, 55}, {Mid + 17, y0 + 93, 70}, 0.3, Steel);
    cylinder(scene, Axis::Y, {Mid, y0 + 46.5, 63}, 4, 90, Steel);
    cylinder(scene, Axis::Y, {Mid, y0 - 4, 80}, 22, 6, Steel);
    hollowBox(scene, {Mid - 20, y0 - 70, 60}, {Mid + 20, y0 - 8, 105}, 1.2, QStringLiteral("aluminium"));
}

// A lying steel tank with diesel (about the composition of polyethylene, 0.85 g/cm³) to level.
void fuelTank(WeighedScene &scene, Vec3 centre, double level)
{
    const double radius = 30, length = 120, wall = 0.25;
    hollowCylinder(scene, Axis::Y, centre, radius, length, wall, Steel);
    scene.add(std::make_shared<CylinderSegment>(radius - wall, length - 2 * wall, level, along(Axis::Y, centre)), 0,
              QStringLiteral("polyethylene"), 0.85);
}

// The cab: 1.2 mm steel panels all round, the windscreen, two seats, the bunk and the dashboard.
void cab(WeighedScene &scene, double y0)
{
    hollowBox(scene, {2, y0, 130}, {W - 2, y0 + 230, 390}, 0.12, Steel);
    box(scene, {12, y0 + 228.8, 250}, {W - 12, y0 + 229.4, 345}, QStringLiteral("glass_soda_lime"));
    for (double x : {30.0, W - 85}) {
        box(scene, {x, y0 + 120, 175}, {x + 55, y0 + 175, 190}, QStringLiteral("polyethylene"), 0.06);
        box(scene, {x, y0 + 112, 190}, {x + 55, y0 + 122, 260}, QStringLiteral("polyethylene"), 0.06);
        box(scene, {x + 5, y0 + 120, 131}, {x + 50, y0 + 170, 175}, Steel, 0.4); // seat base and springs
    }
    box(scene, {10, y0 + 5, 200}, {W - 10, y0 + 75, 215}, QStringLiteral("polyethylene"), 0.1);
    box(scene, {10, y0 + 195, 210}, {W - 10, y0 + 225, 250}, QStringLiteral("polypropylene"), 0.4);
}

double cabY(const ContainerFrame &f)
{
    return f.length + 110;
}

} // namespace

Bounds3 locker(const ContainerFrame &f, int which)
{
    const double y0 = cabY(f);
    if (which == 0)
        return {{12, y0 + 6, 132}, {W - 12, y0 + 72, 198}};
    if (which == 1)
        return {{12, y0 + 6, 300}, {W - 12, y0 + 70, 386}};
    return {{12, y0 + 150, 350}, {W - 12, y0 + 226, 386}};
}

void build(const ContainerFrame &f, double kingPinY, WeighedScene &scene, SceneRandom &random)
{
    const double cabY = TractorUnit::cabY(f);
    TruckParts::ladderRails(scene, kingPinY - 170, cabY + 250, 43, 92, 30, 9);
    hollowBox(scene, {Mid - 45, kingPinY - 45, 92}, {Mid + 45, kingPinY + 45, 104}, 2, Steel); // fifth wheel
    for (double y : {kingPinY - 66, kingPinY + 66}) {
        TruckParts::axle(scene, y, true);
        hollowCylinder(scene, Axis::Y, {Mid, y, TruckParts::TyreRadius}, 20, 40, 1.2, Steel); // differential
    }
    TruckParts::axle(scene, cabY + 180, false);
    cab(scene, cabY);
    engine(scene, cabY + 100);
    box(scene, {30, cabY + 215, 80}, {W - 30, cabY + 223, 170}, QStringLiteral("aluminium"), 0.8); // radiator
    fuelTank(scene, {40, f.length + 90, 62}, random.uniform(-24, 22));
    for (double y : {f.length + 30, f.length + 70}) // lead-acid batteries: plates, paste and acid
        box(scene, {W - 70, y, 50}, {W - 18, y + 28, 76}, QStringLiteral("lead"), 1.6);
    hollowCylinder(scene, Axis::Y, {W - 45, f.length + 150, 70}, 12, 60, 0.4, Steel); // air tank
    hollowCylinder(scene, Axis::Y, {W - 40, cabY - 40, 95}, 17, 60, 0.15, Steel);     // silencer
}

} // namespace pen::TractorUnit
