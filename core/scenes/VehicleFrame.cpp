// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/VehicleFrame.h"

namespace pen {
namespace {

// A family car: the proportions of a C/D-segment saloon or estate (wheelbase about 60 % of the
// length, the floor pan 22 cm off the road).
VehicleFrame car(SceneRandom &random)
{
    VehicleFrame f;
    f.length = random.uniform(420, 480);
    f.width = random.uniform(175, 185);
    f.height = random.uniform(140, 155);
    f.wheelRadius = random.uniform(30.5, 32.5); // 205/55 R16 to 225/45 R18
    f.rearAxleY = 0.215 * f.length;
    f.frontAxleY = f.length - 0.19 * f.length;
    f.floorZ = 22;
    f.sillZ = 14;
    f.beltZ = 0.63 * f.height;
    f.bootFloorZ = 42;
    f.bootEndY = 0.2 * f.length;
    f.pillarCY = 0.32 * f.length;
    f.roofEndY = 0.6 * f.length;
    f.cowlY = 0.74 * f.length;
    f.cowlZ = 0.66 * f.height;
    f.noseZ = 0.52 * f.height;
    return f;
}

// A panel van of the Transit or Sprinter class: a load space behind a bulkhead, the cab and a
// short bonnet, the load floor at about 56 cm.
VehicleFrame van(SceneRandom &random)
{
    VehicleFrame f;
    f.van = true;
    f.length = random.uniform(500, 560);
    f.width = random.uniform(198, 202);
    f.height = random.uniform(220, 250);
    f.wheelRadius = 34; // 215/65 R16C
    f.rearAxleY = 0.24 * f.length;
    f.frontAxleY = f.length - 0.17 * f.length;
    f.floorZ = 56;
    f.sillZ = 38;
    f.beltZ = 0.52 * f.height;
    f.bootFloorZ = f.floorZ;
    f.bootEndY = 0.63 * f.length;
    f.pillarCY = 0;
    f.roofEndY = 0.77 * f.length;
    f.cowlY = 0.86 * f.length;
    f.cowlZ = 0.5 * f.height;
    f.noseZ = 0.42 * f.height;
    return f;
}

} // namespace

VehicleFrame VehicleFrame::draw(bool van, SceneRandom &random)
{
    return van ? pen::van(random) : car(random);
}

Bounds3 VehicleFrame::loadSpace() const
{
    if (van)
        return {{13, 7, floorZ + 1}, {width - 13, bootEndY - 3, height - 6}}; // on the plywood, inside the linings
    return {{22, 4, bootFloorZ + 0.1}, {width - 22, bootEndY - 3, deckZ() - 4}};
}

VehicleFrame::Door VehicleFrame::door(bool front) const
{
    const double bottom = sillZ + 16;
    if (van)
        return front ? Door{bootEndY + 3, cowlY - 6, sillZ + 16, beltZ}
                     : Door{0.4 * length, bootEndY - 2, floorZ, height - 22};
    return front ? Door{0.52 * length + 1, cowlY - 4, bottom, beltZ}
                 : Door{pillarCY + 2, 0.52 * length - 5, bottom, beltZ};
}

Bounds3 VehicleFrame::doorCavity(bool front, bool farSide) const
{
    // Between the intrusion beam (1.5–4.7 cm in from the skin) and the inner skin at 11 cm.
    const Door d = door(front);
    const double near0 = 5.2, near1 = 10.6;
    const Vec3 min{farSide ? width - near1 : near0, d.y0 + 4, d.z0 + 5};
    const Vec3 max{farSide ? width - near0 : near1, d.y1 - 4, d.z1 - 6};
    return {min, max};
}

Bounds3 VehicleFrame::sill(bool farSide) const
{
    const double y0 = rearAxleY + wheelRadius + 5, y1 = frontAxleY - wheelRadius - 5;
    const double x = farSide ? width - 11.1 : 0.1;
    return {{x, y0, sillZ}, {x + 11, y1, sillZ + 16}};
}

Bounds3 VehicleFrame::spareWell() const
{
    const Vec3 c{middleX() - 8, 0.11 * length, 0};
    const double r = wheelRadius + 2;
    return {{c.x - r, c.y - r, 12}, {c.x + r, c.y + r, bootFloorZ - 0.5}};
}

Vec3 VehicleFrame::spareWheelCentre() const
{
    if (van)
        return {middleX(), 0.1 * length, 30};
    const Bounds3 well = spareWell();
    return {(well.min.x + well.max.x) / 2, (well.min.y + well.max.y) / 2, 31};
}

} // namespace pen
