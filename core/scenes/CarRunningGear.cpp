// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CarRunningGear.h"

#include "scenes/CargoSolids.h"
#include "scenes/VehicleShapes.h"
#include "volume/BoxSolid.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"
#include "volume/SolidGroup.h"

#include <numbers>

namespace pen::CarRunningGear {
namespace {

using namespace CargoSolids;

const QString Steel = QStringLiteral("iron");
const QString Aluminium = QStringLiteral("aluminium");
const QString Plastic = QStringLiteral("polypropylene");
constexpr double CastIron = 7.2;

// Where the engine sits: the block's middle across and along, its underside, and its size (a
// van's diesel is a fifth larger every way than a car's petrol engine).
struct EngineBay {
    double x, y, z;
    double s = 1;
    Vec3 at(double dx, double dy, double dz) const { return {x + s * dx, y + s * dy, z + s * dz}; }
    double gearboxX() const { return x + 25 * s; } ///< past the flywheel
};

EngineBay engineBay(const VehicleFrame &f)
{
    // Just ahead of the front axle, so that the driveshafts pass behind the block.
    const double s = f.van ? 1.2 : 1.05;
    return {f.middleX() - 9, f.frontAxleY + 14 * s, f.van ? 44.0 : 30.0, s};
}

// The coolant in the water jacket: the block's upper inside round the liners.
void coolant(const EngineBay &e, WeighedScene &scene)
{
    const double s = e.s, r = 4.7 * s, height = 14.7 * s;
    std::vector<std::shared_ptr<const Solid>> liners;
    for (int i = 0; i < 4; ++i)
        liners.push_back(std::make_shared<CylinderSolid>(r, height, Placement::at({(i - 1.5) * 9.4 * s, 0, 0})));
    const Vec3 size{39.4 * s, 19.4 * s, height}, centre = e.at(0, 0, 12 + 14.7 / 2);
    auto jacket = std::make_shared<HollowSolid>(std::make_shared<BoxSolid>(size, Placement::at(centre)),
                                                std::make_shared<SolidGroup>(liners, Placement::at(centre)));
    scene.add(jacket, SolidVolumes::box(size) - 4 * SolidVolumes::cylinder(r, height), QStringLiteral("water"));
}

// The block as separate walls: an outer casting (its water jacket between the walls), four
// cylinder liners whose bores show as holes, the crankshaft and the pistons.
void engine(const EngineBay &e, WeighedScene &scene)
{
    const double s = e.s;
    hollowBox(scene, e.at(-21, -11, 0), e.at(21, 11, 28), 1.3 * s, Steel, CastIron);
    for (int i = 0; i < 4; ++i) {
        const double dx = (i - 1.5) * 9.4;
        tube(scene, Axis::Z, e.at(dx, 0, 19.5), 4.7 * s, 15 * s, 0.6 * s, Steel, CastIron);
        cylinder(scene, Axis::Z, e.at(dx, 0, i == 0 || i == 3 ? 16 : 22), 4.05 * s, 6 * s, Aluminium); // pistons
    }
    coolant(e, scene);
    cylinder(scene, Axis::X, e.at(0, 0, 6), 2.8 * s, 38 * s, Steel);           // crankshaft
    hollowBox(scene, e.at(-20, -10, -9), e.at(20, 10, 0), 0.4 * s, Aluminium); // sump
    // Engine oil (about 0.87 g/cm³); polyethylene stands in for the hydrocarbon.
    box(scene, e.at(-19.5, -9.5, -8.5), e.at(19.5, 9.5, -5), QStringLiteral("polyethylene"), 0.87);
    hollowBox(scene, e.at(-21, -11, 28), e.at(21, 11, 40), 1.8 * s, Aluminium); // head
    for (double dy : {-5.0, 5.0})
        cylinder(scene, Axis::X, e.at(0, dy, 34), 1.3 * s, 38 * s, Steel); // camshafts
    hollowBox(scene, e.at(-20, -10, 40), e.at(20, 10, 45), 0.3 * s, Plastic);
}

// The gearbox at the engine's far end: aluminium case, two shafts with their gears.
void gearbox(const EngineBay &e, WeighedScene &scene)
{
    const double s = e.s, x0 = e.gearboxX(), x1 = x0 + 30 * s, mid = (x0 + x1) / 2;
    hollowBox(scene, {x0, e.y - 14 * s, e.z - 4 * s}, {x1, e.y + 14 * s, e.z + 26 * s}, 1.4 * s, Aluminium);
    // Gear oil (about 0.87 g/cm³; polyethylene stands in) in the bottom of the case.
    box(scene, {x0 + 1.5 * s, e.y - 12.5 * s, e.z - 2.5 * s}, {x1 - 1.5 * s, e.y + 12.5 * s, e.z + 2 * s},
        QStringLiteral("polyethylene"), 0.87);
    for (double dy : {-6.0, 6.0}) {
        cylinder(scene, Axis::X, {mid, e.y + dy * s, e.z + 14 * s}, 1.8 * s, 27 * s, Steel);
        for (double dx : {-8.0, 0.0, 8.0})
            tube(scene, Axis::X, {mid + dx * s, e.y + dy * s, e.z + 14 * s}, 5.8 * s, 2.2 * s, 3.5 * s, Steel);
    }
}

// What hangs on the block: the flywheel, the cast-iron exhaust manifold, the alternator
// (aluminium case, copper stator, iron rotor) and the starter motor.
void ancillaries(const EngineBay &e, WeighedScene &scene)
{
    const double s = e.s;
    cylinder(scene, Axis::X, e.at(22.8, 0, 6), 12 * s, 3 * s, Steel, CastIron);
    hollowBox(scene, e.at(-18, 11.2, 24), e.at(18, 14.4, 34), 0.6 * s, Steel, CastIron);
    const Vec3 alternator = e.at(-10, -17.5, 20);
    hollowCylinder(scene, Axis::X, alternator, 6 * s, 12 * s, 0.5 * s, Aluminium);
    tube(scene, Axis::X, alternator, 5.3 * s, 6 * s, 1.5 * s, QStringLiteral("copper"));
    cylinder(scene, Axis::X, alternator, 3.5 * s, 8 * s, Steel);
    cylinder(scene, Axis::X, e.at(8, -16.5, 8), 3.8 * s, 16 * s, Steel);
    cylinder(scene, Axis::X, e.at(-28, 19, 30), 6 * s, 12 * s, Steel, CastIron); // turbocharger
    hollowBox(scene, e.at(-18, -19, 30), e.at(18, -11.5, 42), 0.4 * s, Plastic); // intake manifold
}

// The front subframe behind the steering rack with its arms towards the nose, the anti-roll
// bar, and the rear axle's trailing arms.
void subframes(const VehicleFrame &f, WeighedScene &scene)
{
    const double a = f.frontAxleY, r = f.railX(), w = f.width, low = f.wheelRadius - 12;
    hollowBox(scene, {r, a - 22, low}, {w - r, a - 16, low + 7}, 0.5, Steel);
    for (double x : {r + 1, w - r - 7})
        hollowBox(scene, {x, a - 16, low}, {x + 6, a + 20, low + 6}, 0.5, Steel);
    cylinder(scene, Axis::X, {f.middleX(), a - 12, low + 7.5}, 1.1, w - 2 * r - 16, Steel);
    const double rear = f.rearAxleY, z = f.wheelRadius;
    for (double x : {f.wheelX() + 8, w - f.wheelX() - 14})
        hollowBox(scene, {x, rear - 25, z - 3}, {x + 6, rear - 6, z + 3}, 0.3, Steel);
}

void driveshafts(const VehicleFrame &f, const EngineBay &e, WeighedScene &scene)
{
    // Each shaft between its constant-velocity joints; the near one runs on under the engine as an
    // intermediate shaft to the gearbox.
    const double wheelInside = f.wheelX() + 7, z = f.wheelRadius, a = f.frontAxleY, joint = f.van ? 5.5 : 4.5;
    const double nearEnd = e.gearboxX(), farStart = nearEnd + 30 * e.s, farEnd = f.width - wheelInside;
    const double innerJoint = e.x - 15 * e.s;
    const auto shaft = [&](double x0, double x1) {
        cylinder(scene, Axis::X, {(x0 + x1) / 2, a, z}, 1.5, x1 - x0, Steel);
    };
    const auto cv = [&](double x0) { cylinder(scene, Axis::X, {x0 + 4, a, z}, joint, 8, Steel); };
    cv(wheelInside);
    shaft(wheelInside + 8, innerJoint);
    cv(innerJoint);
    shaft(innerJoint + 8, nearEnd);
    cv(farStart);
    shaft(farStart + 8, farEnd - 8);
    cv(farEnd - 8);
    // Steering rack ahead of the axle, under the firewall's foot.
    tube(scene, Axis::X, {f.middleX(), f.frontAxleY - 14, z + (f.van ? 16 : 4)}, 2, 70, 0.3, Steel);
}

// Radiator core with its coolant (fins, tubes and water average about 0.7 g/cm³), and the
// battery: lead plates in sulphuric acid (water at 1.28 g/cm³ stands in for the acid).
void coolingAndBattery(const VehicleFrame &f, WeighedScene &scene)
{
    const double l = f.length, r = f.railX() + 10;
    box(scene, {r, l - 21, f.van ? 40.0 : 28.0}, {f.width - r, l - 18, f.van ? 86.0 : 66.0}, Aluminium, 0.7);
    // In the engine bay; a van's under the dashboard, where its short bonnet leaves no room.
    const Vec3 b
        = f.van ? Vec3{f.railX() + 10, f.firewallY() - 29, f.floorZ + 1} : Vec3{f.railX() + 10, f.firewallY() + 4, 50};
    hollowBox(scene, b, b + Vec3{24, 17, 19}, 0.3, Plastic);
    const Vec3 plate{0.15, 16, 15}, acid{0.45, 16, 15};
    const Vec3 spacing{0.6, 16, 15}, from = b + Vec3{0.6, 0.5, 0.5};
    constexpr int Plates = 38;
    scene.add(lattice(std::make_shared<BoxSolid>(plate, Placement::at({-0.225, 0, 0})), {Plates, 1, 1}, spacing, from),
              SolidVolumes::box(plate) * Plates, QStringLiteral("lead"));
    scene.add(lattice(std::make_shared<BoxSolid>(acid, Placement::at({0.075, 0, 0})), {Plates, 1, 1}, spacing, from),
              SolidVolumes::box(acid) * Plates, QStringLiteral("water"), 1.28);
}

// Under the bonnet's edges: the headlamps (polycarbonate lenses, PMMA stands in, on steel
// reflectors), the washer bottle with its water, the wiper motor at the scuttle.
void frontFittings(const VehicleFrame &f, WeighedScene &scene)
{
    const double l = f.length, top = f.noseZ - 3;
    for (double x : {8.0, f.width - 32}) {
        hollowBox(scene, {x, l - 22, top - 11}, {x + 24, l - 6, top}, 0.3, QStringLiteral("pmma"));
        hollowBox(scene, {x + 2, l - 20, top - 9}, {x + 22, l - 10, top - 2}, 0.1, Steel);
    }
    const Vec3 bottle{f.width - 55, l - 40, 45};
    hollowBox(scene, bottle, bottle + Vec3{20, 15, 15}, 0.3, QStringLiteral("polyethylene"), 0.95);
    box(scene, bottle + Vec3{0.3, 0.3, 0.3}, bottle + Vec3{19.7, 14.7, 12}, QStringLiteral("water"));
    cylinder(scene, Axis::X, {f.middleX() + 20, f.cowlY + 3, f.cowlZ - 12}, 3, 10, Steel);
}

// On the firewall's far side: the brake servo, its master cylinder and the ABS block.
void brakeSystem(const VehicleFrame &f, WeighedScene &scene)
{
    const double x = f.width - 49, y = f.firewallY(), z = f.beltZ - 22;
    hollowCylinder(scene, Axis::Y, {x, y + 6.1, z}, 11, 12, 0.2, Steel);
    cylinder(scene, Axis::Y, {x, y + 19.6, z}, 2.5, 15, Aluminium);
    box(scene, {x - 11, y + 28, z - 16}, {x + 1, y + 38, z - 8}, Aluminium);
}

// The exhaust from the head's front, under the engine and along the floor to a silencer across
// the car behind the rear axle, and the tailpipe.
void exhaust(const VehicleFrame &f, const EngineBay &e, WeighedScene &scene)
{
    const double m = f.middleX(), under = f.van ? 44 : 11;
    const double silencerX0 = f.spareWheelCentre().x + f.wheelRadius + 4, silencerX1 = f.width - (f.van ? 26 : 22);
    const Vec3 silencer{(silencerX0 + silencerX1) / 2, 0.09 * f.length, f.van ? 40.0 : 24.0};
    // The catalytic converter (a steel can round a ceramic honeycomb) under the front floor.
    const double catFront = f.firewallY() - 15, catBack = catFront - 25;
    VehicleShapes::pipe(
        scene, {e.at(0, 17, 22), e.at(0, 20, -12), {m + 30, f.firewallY() - 10, under}, {m + 30, catFront, under}}, 2.5,
        0.15, Steel);
    hollowCylinder(scene, Axis::Y, {m + 30, (catFront + catBack) / 2, under}, 5.5, 25, 0.15, Steel);
    cylinder(scene, Axis::Y, {m + 30, (catFront + catBack) / 2, under}, 5.2, 18, QStringLiteral("alumina_ceramic"),
             0.5);
    const std::vector<Vec3> path{{m + 30, catBack, under},
                                 {m + 30, 0.2 * f.length, under},
                                 {silencerX0 + 5, silencer.y + 16, silencer.z - 3},
                                 {silencerX0 + 5, silencer.y + 10.5, silencer.z}};
    VehicleShapes::pipe(scene, path, 2.5, 0.15, Steel);
    hollowCylinder(scene, Axis::X, silencer, 10, silencerX1 - silencerX0, 0.12, Steel);
    const double tailX = silencerX1 - 10;
    VehicleShapes::pipe(scene, {{tailX, silencer.y - 10.5, silencer.z - 4}, {tailX, 3, f.van ? 24 : silencer.z - 8}},
                        2.5, 0.15, Steel);
}

// A van's rear leaf spring on the axle under its frame rail: five leaves, shorter upwards.
void leafSpring(const VehicleFrame &f, double side, WeighedScene &scene)
{
    const double x = side < 0 ? f.railX() + 1 : f.width - f.railX() - 7, top = f.wheelRadius + 5.1;
    for (int i = 0; i < 5; ++i) {
        const double half = 60 - 10 * i, z = top + i * 0.78;
        box(scene, {x, f.rearAxleY - half, z}, {x + 6, f.rearAxleY + half, z + 0.75}, Steel);
    }
}

// A damper: its closed steel body full of oil (about 0.87 g/cm³; polyethylene stands in).
void damper(WeighedScene &scene, Vec3 centre, double radius, double length)
{
    hollowCylinder(scene, Axis::Z, centre, radius, length, 0.3, Steel);
    cylinder(scene, Axis::Z, centre, radius - 0.35, length - 0.7, QStringLiteral("polyethylene"), 0.87);
}

// MacPherson struts at the front (spring high, round the damper), springs ahead of the rear
// axle, the rear axle itself.
void suspension(const VehicleFrame &f, WeighedScene &scene)
{
    const double r = f.wheelRadius;
    const double frontLow = f.van ? r + 23 : r + 15, frontHigh = f.van ? 90 : r + 45;
    const double rearLow = f.van ? r + 6 : 22, rearHigh = f.van ? f.floorZ - 1 : f.bootFloorZ - 1;
    const double rearY = f.rearAxleY - 12;
    for (double side : {-1.0, 1.0}) {
        const double x = f.middleX() + side * (f.middleX() - f.railX() - 16);
        VehicleShapes::coilSpring(scene, {x, f.frontAxleY, frontLow}, 6, 0.6, frontHigh - frontLow, 6, Steel);
        damper(scene, {x, f.frontAxleY, (r + 7 + frontHigh) / 2}, 2.5, frontHigh - r - 7);
        cylinder(scene, Axis::Z, {x, f.frontAxleY, frontHigh + 4}, 0.8, 8, Steel); // piston rod to the top mount
        if (f.van)
            leafSpring(f, side, scene);
        else
            VehicleShapes::coilSpring(scene, {x, rearY, rearLow}, 6.5, 0.55, rearHigh - rearLow, 5, Steel);
        damper(scene, {x, rearY, (rearLow + rearHigh) / 2}, 2.2, rearHigh - rearLow);
    }
    const double span = f.width - 2 * (f.wheelX() + 8);
    tube(scene, Axis::X, {f.middleX(), f.rearAxleY, r}, f.van ? 5 : 3.5, span, f.van ? 1.0 : 0.8, Steel);
}

// Under a car's rear seat or a van's floor: the polyethylene tank and the fuel in it.
void fuelTank(const VehicleFrame &f, WeighedScene &scene, SceneRandom &random)
{
    const double m = f.middleX();
    const Vec3 min = f.van ? Vec3{m - 33, 0.42 * f.length, 24} : Vec3{m - 45, f.rearAxleY + 4, 14};
    const Vec3 max = f.van ? Vec3{m + 22, 0.56 * f.length, 48} : Vec3{m + 22, f.kickY() - 1, 40};
    hollowBox(scene, min, max, 0.5, QStringLiteral("polyethylene"), 0.95);
    // Petrol or diesel (0.74–0.84 g/cm³): polyethylene at 0.75 g/cm³ stands in for the hydrocarbon.
    const double level = random.uniform(0.3, 0.95) * (max.z - min.z - 1);
    box(scene, min + Vec3{0.5, 0.5, 0.5}, {max.x - 0.5, max.y - 0.5, min.z + 0.5 + level},
        QStringLiteral("polyethylene"), 0.75);
}

} // namespace

void wheel(const VehicleFrame &f, WeighedScene &scene, Vec3 centre, bool alongX, bool alloy, bool hub)
{
    const Axis axis = alongX ? Axis::X : Axis::Z;
    const Placement at = along(axis, centre);
    const double outer = f.wheelRadius, minor = f.van ? 6.5 : 5.7, major = outer - minor;
    // Rubber compound with carbon black, about 1.15 g/cm³, and its steel belt under the tread.
    const double carcass = f.van ? 2.0 : 1.8; // a van's light-truck tyre is heavier built
    scene.add(hollowTorus(major, minor, carcass, at), SolidVolumes::hollowTorus(major, minor, carcass),
              QStringLiteral("rubber_natural"), 1.15);
    scene.add(tubeSolid(outer - 0.5, 5, 0.12, at), SolidVolumes::tube(outer - 0.5, 5, 0.12), Steel);
    const double rim = major - minor;
    tube(scene, axis, centre, rim, 2 * minor - 1.4, alloy ? 0.8 : (f.van ? 0.6 : 0.5), alloy ? Aluminium : Steel);
    // The disc sits outboard; an alloy's spokes and holes average about two thirds of the metal.
    const double sign = centre.x < f.middleX() ? -1 : 1, outboard = alongX ? sign * 2.0 : 0;
    cylinder(scene, axis, centre + Vec3{outboard, 0, alongX ? 0 : 2.0}, rim - 0.9, alloy ? 2.0 : (f.van ? 0.8 : 0.6),
             alloy ? Aluminium : Steel, alloy ? 1.8 : 0);
    if (!hub)
        return;
    const Vec3 inboard{-sign * 2.6, 0, 0};
    if (f.van && centre.y < f.length / 2) // a van's rear drum brake and its back plate
        tube(scene, Axis::X, centre + inboard, 15, 7, 1.2, Steel, CastIron);
    else
        tube(scene, Axis::X, centre + inboard, 15, 2.5, 8.5, Steel, CastIron); // vented brake disc
    box(scene, centre + inboard + Vec3{-3, -5, 15.2}, centre + inboard + Vec3{3, 5, 18.7}, Steel, CastIron);
    cylinder(scene, Axis::X, centre + inboard + Vec3{-sign * 1.0, 0, 0}, 5.5, 6, Steel, CastIron); // knuckle
}

void build(const VehicleFrame &frame, WeighedScene &scene, SceneRandom &random)
{
    const EngineBay bay = engineBay(frame);
    engine(bay, scene);
    gearbox(bay, scene);
    ancillaries(bay, scene);
    subframes(frame, scene);
    driveshafts(frame, bay, scene);
    coolingAndBattery(frame, scene);
    exhaust(frame, bay, scene);
    brakeSystem(frame, scene);
    frontFittings(frame, scene);
    suspension(frame, scene);
    fuelTank(frame, scene, random);
    const bool alloy = random.chance(frame.van ? 0.2 : 0.6);
    for (double y : {frame.rearAxleY, frame.frontAxleY})
        for (double x : {frame.wheelX(), frame.width - frame.wheelX()})
            wheel(frame, scene, {x, y, frame.wheelRadius}, true, alloy, true);
    wheel(frame, scene, frame.spareWheelCentre(), false, false, false);
}

} // namespace pen::CarRunningGear
