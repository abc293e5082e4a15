// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CarInterior.h"

#include "scenes/CargoSolids.h"
#include "scenes/VehicleShapes.h"
#include "volume/HollowSolid.h"
#include "volume/TorusSolid.h"

#include <cmath>
#include <numbers>

namespace pen::CarInterior {
namespace {

using namespace CargoSolids;
using VehicleShapes::pipe;
using VehicleShapes::wire;

const QString Steel = QStringLiteral("iron");
const QString Plastic = QStringLiteral("polypropylene");
// Polyurethane seat foam (about 0.05 g/cm³): polyethylene of that density stands in for it.
const QString Foam = QStringLiteral("polyethylene");
constexpr double FoamDensity = 0.05;

constexpr double FloorCovering = 1.4; // deadening pads and carpet on the floor pan

struct SeatPlace {
    double x0, x1; ///< across
    double y0, y1; ///< the backrest's back to the cushion's front edge
    double floor;
    double backHeight;
    bool front = true; ///< on runners, with a headrest
};

// The cushion's tubular frame with zig-zag springs across it, and the foam on them.
void cushion(const SeatPlace &s, WeighedScene &scene)
{
    const double z = s.floor + 6;
    pipe(scene,
         {{s.x0 + 1, s.y0 + 4, z},
          {s.x1 - 1, s.y0 + 4, z},
          {s.x1 - 1, s.y1 - 1, z},
          {s.x0 + 1, s.y1 - 1, z},
          {s.x0 + 1, s.y0 + 4, z}},
         1.4, 0.25, Steel);
    for (double f : {0.3, 0.55, 0.8}) {
        const double y = s.y0 + 4 + f * (s.y1 - s.y0 - 5);
        std::vector<Vec3> zigzag;
        for (double x = s.x0 + 3, k = 0; x <= s.x1 - 3; x += 5, ++k)
            zigzag.push_back({x, y + (int(k) % 2 ? 2.5 : -2.5), z + 0.6});
        wire(scene, zigzag, 0.2, Steel);
    }
    box(scene, {s.x0 + 2, s.y0 + 4, s.floor + 7.5}, {s.x1 - 2, s.y1, s.floor + 7.8}, Steel); // seat pan
    box(scene, {s.x0 + 2, s.y0 + 4, s.floor + 8.2}, {s.x1 - 2, s.y1, s.floor + 20}, Foam, FoamDensity);
}

// The backrest's bent tube, its foam and (front seats) the headrest; runners under a front seat.
void backrest(const SeatPlace &s, WeighedScene &scene)
{
    const double top = s.floor + 20 + s.backHeight, y = s.y0 + 5;
    pipe(scene,
         {{s.x0 + 0.5, y, s.floor + 9.5},
          {s.x0 + 0.5, y, top + 1.2},
          {s.x1 - 0.5, y, top + 1.2},
          {s.x1 - 0.5, y, s.floor + 9.5}},
         1.4, 0.25, Steel);
    box(scene, {s.x0 + 2, s.y0, s.floor + 20}, {s.x1 - 2, s.y0 + 10, top}, Foam, FoamDensity);
    for (double x : {s.x0 - 1.5, s.x1 + 1.0}) // the side members with their recliners
        box(scene, {x, s.y0, s.floor + 4}, {x + 0.5, s.y1 - 2, s.floor + 22}, Steel);
    if (!s.front)
        return;
    const double mid = (s.x0 + s.x1) / 2;
    box(scene, {mid - 12, s.y0 + 1, top + 3}, {mid + 12, s.y0 + 10, top + 18}, Foam, 0.06);
    for (double x : {s.x0 + 6, s.x1 - 9})
        hollowBox(scene, {x, s.y0 + 2, s.floor + 0.1}, {x + 3, s.y1 - 2, s.floor + 4}, 0.15, Steel);
}

void seat(const SeatPlace &s, WeighedScene &scene)
{
    cushion(s, scene);
    backrest(s, scene);
}

void seats(const VehicleFrame &f, WeighedScene &scene)
{
    const double w = f.width;
    if (f.van) {
        const double y0 = f.bootEndY + 8, floor = f.floorZ + FloorCovering;
        seat({16, 66, y0, y0 + 48, floor, 60}, scene);
        seat({76, w - 14, y0, y0 + 48, floor, 60}, scene); // the double passenger bench
        return;
    }
    const double y0 = 0.45 * f.length, floor = f.floorZ + FloorCovering;
    seat({22, 72, y0, y0 + 50, floor, 55}, scene);
    seat({w - 72, w - 22, y0, y0 + 50, floor, 55}, scene);
    seat({22, w - 22, f.bootEndY, f.kickY() + 8, f.bootFloorZ + 0.1, 40, false}, scene); // rear bench
}

// The dashboard's shell over the cross-car beam, the steering column and wheel (a steel ring in
// a polypropylene rim) in front of the driver.
void dashboard(const VehicleFrame &f, WeighedScene &scene)
{
    const double y = f.firewallY(), z = f.beltZ;
    hollowBox(scene, {10, y - 32, z - 20}, {f.width - 10, y - 2, z + 4}, 0.4, Plastic);
    tube(scene, Axis::X, {f.middleX(), y - 15, z - 8}, 2.5, f.width - 24, 0.2, Steel);
    const double x = f.van ? 41 : 47;
    const Vec3 foot{x, y - 4, z - 12}, hub{x, y - 45, z + 2};
    pipe(scene, {foot, hub}, 2.2, 0.25, Steel);
    const Vec3 d = hub - foot;
    const Placement wheel{Rotation::aboutAxis({1, 0, 0}, std::atan2(-d.y, d.z)), hub};
    scene.add(hollowTorus(18, 1.6, 1.0, wheel), SolidVolumes::hollowTorus(18, 1.6, 1.0), Plastic, 1.1);
    scene.add(std::make_shared<TorusSolid>(18, 0.45, wheel), 2 * std::numbers::pi * 18 * std::numbers::pi * 0.45 * 0.45,
              Steel);
}

// On the floor pan either side of the tunnel: bitumen deadening pads (PVC at 1.4 g/cm³ stands
// in) under a polyester carpet; the heater and fan box in the dashboard; the main harness.
void fittings(const VehicleFrame &f, WeighedScene &scene)
{
    const double z = f.floorZ + 0.1, m = f.middleX(), y0 = f.van ? f.bootEndY + 2 : f.kickY() + 1,
                 y1 = f.firewallY() - 1;
    const double tunnel = f.van ? 0 : 16;
    for (const auto &[x0, x1] : {std::pair{12.0, m - tunnel}, std::pair{m + tunnel, f.width - 12}}) {
        box(scene, {x0, y0, z}, {x1, y1, z + 0.4}, QStringLiteral("pvc"), 1.4);
        box(scene, {x0, y0, z + 0.4}, {x1, y1, z + 1.25}, QStringLiteral("pet_polyester"), 0.3);
    }
    const double y = f.firewallY(), b = f.beltZ;
    hollowBox(scene, {m - 20, y - 12, b - 19}, {m + 20, y - 3, b - 1}, 0.3, Plastic);
    box(scene, {m - 12, y - 10, b - 17}, {m + 12, y - 6, b - 5}, QStringLiteral("aluminium"), 0.7);
    cylinder(scene, Axis::X, {m + 30, y - 25, b - 14}, 4, 8, Steel); // the blower's motor
    for (double x : {12.8, f.width - 12.8})                          // the main harnesses along the sills
        wire(scene, {{x, y - 3, b - 6}, {x, y - 3, z + 3}, {x, 8, z + 3}}, 0.8, QStringLiteral("copper"));
    // The headliner under the roof: polyester felt on a fibre board.
    const double roofFrom = f.van ? f.bootEndY + 2 : f.pillarCY + 2;
    box(scene, {12, roofFrom, f.height - 9}, {f.width - 12, f.roofEndY - 2, f.height - 8},
        QStringLiteral("pet_polyester"), 0.3);
}

} // namespace

void build(const VehicleFrame &frame, WeighedScene &scene)
{
    seats(frame, scene);
    dashboard(frame, scene);
    fittings(frame, scene);
}

} // namespace pen::CarInterior
