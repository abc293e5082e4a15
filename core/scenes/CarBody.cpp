// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CarBody.h"

#include "scenes/CargoSolids.h"
#include "scenes/VehicleShapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pen::CarBody {
namespace {

using namespace CargoSolids;
using namespace VehicleShapes;
using Profile = std::vector<QPointF>;

const QString Steel = QStringLiteral("iron");
const QString Glass = QStringLiteral("glass_soda_lime");
const QString Plastic = QStringLiteral("polypropylene");
constexpr double Skin = 0.08; // body panels: 0.8 mm sheet steel

// The arch over a wheel at axleY in the side's outline, from where it leaves the bottom edge at
// bottomZ to where it comes back, walking towards the front.
void addArch(Profile &outline, double axleY, double wheelRadius, double bottomZ)
{
    const double r = wheelRadius + 3.5, a = std::asin(std::clamp((wheelRadius - bottomZ) / r, -1.0, 1.0));
    constexpr int Steps = 10;
    for (int i = 0; i <= Steps; ++i) {
        const double t = std::numbers::pi + a - i * (std::numbers::pi + 2 * a) / Steps;
        outline.emplace_back(axleY + r * std::cos(t), wheelRadius + r * std::sin(t));
    }
}

// The body side below the glass (a van's up to the roof behind the cab), arches cut out.
Profile sideOutline(const VehicleFrame &f)
{
    Profile outline{{2, f.van ? 42.0 : 36.0}, {6, f.sillZ}};
    addArch(outline, f.rearAxleY, f.wheelRadius, f.sillZ);
    addArch(outline, f.frontAxleY, f.wheelRadius, f.sillZ);
    outline.insert(outline.end(), {{f.length - 6, f.sillZ + 10}, {f.length - 4, f.noseZ - 4}, {f.cowlY, f.beltZ}});
    if (f.van)
        outline.insert(outline.end(), {{f.bootEndY + 2, f.beltZ}, {f.bootEndY + 2, f.height - 4}, {2, f.height - 4}});
    else
        outline.insert(outline.end(), {{f.pillarCY, f.beltZ}, {0.17 * f.length, f.deckZ() - 1}, {3, f.deckZ() - 4}});
    return outline;
}

void sides(const VehicleFrame &f, WeighedScene &scene)
{
    const Profile outline = sideOutline(f);
    sidePanel(scene, outline, 0, Skin, Steel);
    sidePanel(scene, outline, f.width - Skin, f.width, Steel);
    // Closed sills between the arches: outer and inner skins and the reinforcement in one box.
    for (bool farSide : {false, true})
        hollowBox(scene, f.sill(farSide).min, f.sill(farSide).max, 0.3, Steel); // skins and reinforcement
    // The inner wheelhouses over the wheels, inboard of the side panels.
    for (double axle : {f.rearAxleY, f.frontAxleY}) {
        Profile arch;
        addArch(arch, axle, f.wheelRadius, f.wheelRadius);
        std::reverse(arch.begin(), arch.end()); // thickness outwards, away from the wheel
        sheetAcross(scene, arch, 0.1, 2, 24, Steel);
        sheetAcross(scene, arch, 0.1, f.width - 24, f.width - 2, Steel);
    }
}

// Roof, glazing front and back, bonnet and boot lid of a car, pillars between them.
void carTop(const VehicleFrame &f, WeighedScene &scene)
{
    const double h = f.height, w = f.width, l = f.length, rearDeck = 0.17 * l;
    sheetAcross(scene, {{f.roofEndY, h - Skin}, {0.45 * l, h - Skin}, {f.pillarCY, h - 1.5}}, Skin, 8, w - 8, Steel);
    for (double x : {5.0, w - 11})
        hollowBox(scene, {x, f.pillarCY, h - 8}, {x + 6, f.roofEndY, h - 2.5}, 0.12, Steel);
    for (double y : {f.pillarCY + 12, 0.45 * l, f.roofEndY - 12}) // roof bows
        hollowBox(scene, {11, y - 3, h - 4.5}, {w - 11, y + 3, h - 1}, 0.1, Steel);
    sheetAcross(scene, {{f.pillarCY, h - 2}, {rearDeck, f.deckZ()}}, 0.4, 12, w - 12, Glass);
    sheetAcross(scene, {{f.cowlY, f.cowlZ}, {f.roofEndY, h - 2}}, 0.5, 10, w - 10, Glass); // laminated
    sheetAcross(scene, {{rearDeck, f.deckZ()}, {0.08 * l, f.deckZ()}, {3, f.deckZ() - 4}}, Skin, 6, w - 6, Steel);
    sheetAcross(scene, {{rearDeck, f.deckZ() - 3}, {6, f.deckZ() - 6}}, 0.07, 12, w - 12, Steel); // lid's inner frame
    sheetAcross(scene, {{l - 3, f.noseZ}, {0.9 * l, f.noseZ + 6}, {f.cowlY + 2, f.cowlZ - 3}}, Skin, 5, w - 5, Steel);
    sheetAcross(scene, {{l - 8, f.noseZ - 2}, {f.cowlY + 8, f.cowlZ - 6}}, 0.07, 14, w - 14, Steel); // bonnet's
    for (double x0 : {1.0, w - 8.0}) {
        pillar(scene, {f.cowlY, f.cowlZ - 2}, {f.roofEndY, h - 6}, x0, x0 + 7, 7, 0.2, Steel);          // A
        pillar(scene, {0.52 * l, f.sillZ + 16}, {0.52 * l, h - 3}, x0, x0 + 7, 9, 0.25, Steel);         // B
        pillar(scene, {rearDeck + 6, f.deckZ() - 2}, {f.pillarCY, h - 9}, x0, x0 + 7, 14, 0.12, Steel); // C
    }
    sheetAcross(scene, {{3, 38}, {3, f.deckZ() - 6}}, Skin, 10, w - 10, Steel); // rear panel
}

// A van's roof with its bows, bulkhead behind the cab, rear doors and cab glazing.
void vanTop(const VehicleFrame &f, WeighedScene &scene)
{
    const double h = f.height, w = f.width;
    sheetAcross(scene, {{f.roofEndY, h - Skin}, {4, h - Skin}, {1, h - 3}}, Skin, 3, w - 3, Steel);
    for (double y = 60; y < f.roofEndY - 20; y += 75)
        hollowBox(scene, {4, y, h - 5}, {w - 4, y + 5, h - 0.5}, 0.1, Steel);
    sheetAcross(scene, {{f.cowlY, f.cowlZ}, {f.roofEndY, h - 3}}, 0.55, 8, w - 8, Glass);
    sheetAcross(scene, {{f.length - 4, f.noseZ}, {f.cowlY + 2, f.cowlZ - 3}}, Skin, 6, w - 6, Steel);
    sheetAcross(scene, {{f.bootEndY, f.floorZ}, {f.bootEndY, h - 4}}, 0.1, 4, w - 4, Steel); // bulkhead
    for (double x : {2.0, w / 2 + 0.5}) // two rear door leaves: skins and edges in one shell
        hollowBox(scene, {x, 0, 46}, {x + w / 2 - 2.5, 6, h - 5}, 0.09, Steel);
    for (double x0 : {1.0, w - 7.0}) {
        pillar(scene, {f.cowlY, f.cowlZ - 2}, {f.roofEndY, h - 6}, x0, x0 + 6, 7, 0.15, Steel);
        pillar(scene, {f.bootEndY + 1, f.sillZ + 16}, {f.bootEndY + 1, h - 3}, x0, x0 + 6, 8, 0.25, Steel);
        pillar(scene, {0.4 * f.length - 4, f.floorZ}, {0.4 * f.length - 4, h - 3}, x0, x0 + 6, 7, 0.15, Steel);
        pillar(scene, {3, 42}, {3, h - 3}, x0, x0 + 6, 6, 0.15, Steel);
        tube(scene, Axis::Y, {x0 + 3, 0.5 * f.length, h - 12}, 1.2, 0.22 * f.length, 0.15, Steel); // door rail
    }
}

// The floor pan with its tunnel, a car's boot floor and spare wheel well, cross members and the
// front longitudinals that carry the engine.
void floorPan(const VehicleFrame &f, WeighedScene &scene)
{
    const double m = f.middleX(), w = f.width, z = f.floorZ;
    const double panFrom = f.van ? 1 : f.kickY(), panTo = f.firewallY();
    const double tunnel = f.van ? 0 : 19;
    // The floor pan is a heavier gauge than the skins.
    sheetAlong(scene, {{10, z}, {m - 15, z}, {m - 10, z + tunnel}, {m + 10, z + tunnel}, {m + 15, z}, {w - 10, z}}, 0.1,
               panFrom, panTo, Steel);
    if (f.van) { // plywood lining of the load floor and of the side walls
        box(scene, {5, 2, z + Skin}, {w - 5, f.bootEndY - 1, z + Skin + 0.9}, QStringLiteral("cellulose"), 0.6);
        for (double x : {12.2, w - 12.8}) // inside the sliding doors' trim
            box(scene, {x, 8, z + 1}, {x + 0.6, f.bootEndY - 2, z + 121}, QStringLiteral("cellulose"), 0.6);
    } else {
        sheetAlong(scene, {{22, f.bootFloorZ}, {w - 22, f.bootFloorZ}}, Skin, 3, f.kickY(), Steel);
        sheetAcross(scene, {{f.kickY(), z}, {f.kickY(), f.bootFloorZ}}, Skin, 22, w - 22, Steel); // heel kick
        const Bounds3 well = f.spareWell();
        hollowBox(scene, well.min, well.max, Skin, Steel);
        for (double x : {24.0, w - 30}) // the rear floor's longitudinals
            hollowBox(scene, {x, 4, f.bootFloorZ - 7}, {x + 6, f.kickY(), f.bootFloorZ - 0.1}, 0.2, Steel);
    }
    // Cross members under the floor; a van's load floor has one every 40 cm or so.
    const std::vector<double> crossAt
        = f.van ? std::vector<double>{0.12, 0.2, 0.3, 0.38, 0.45, 0.52, 0.6} : std::vector<double>{0.45, 0.52, 0.6};
    for (double share : crossAt) {
        const double y = share * f.length;
        hollowBox(scene, {12, y, z - 7}, {w - 12, y + 6, z - 0.1}, 0.25, Steel);
    }
    const double railTop = f.van ? z - 1 : 40, railFrom = f.van ? 2 : f.firewallY() - 12;
    for (double x : {f.railX(), w - f.railX() - 8})
        hollowBox(scene, {x, railFrom, railTop - 12}, {x + 8, f.length - 24, railTop}, 0.3, Steel);
    const double wall = f.firewallY();
    sheetAcross(scene, {{wall, z}, {wall, f.cowlZ - 8}, {f.cowlY, f.cowlZ - 3}}, Skin, 10, w - 10, Steel);
}

// Bumper covers of polypropylene over steel beams on crash boxes, front and back.
void bumpers(const VehicleFrame &f, WeighedScene &scene)
{
    const double w = f.width, l = f.length, low = f.van ? 35 : 22, top = f.noseZ - 2;
    // Walked so that the cover's thickness lies inside the vehicle.
    sheetAcross(scene, {{l - 12, low}, {l - 1, low + 6}, {l, top - 20}, {l - 3, top}}, 0.3, 3, w - 3, Plastic);
    hollowBox(scene, {10, l - 14, 40}, {w - 10, l - 6, 52}, 0.3, Steel);
    for (double x : {f.railX(), w - f.railX() - 8})
        hollowBox(scene, {x, l - 24, 41}, {x + 8, l - 14, 51}, 0.15, Steel);
    // The rear cover stops under a van's doors and under a car's boot lid.
    const Profile rear = f.van ? Profile{{4, 41}, {0, 39}, {1, 30}, {12, 28}}
                               : Profile{{3, f.deckZ() - 6}, {0, f.deckZ() - 21}, {1, 26}, {10, 22}};
    sheetAcross(scene, rear, 0.3, 3, w - 3, Plastic);
    hollowBox(scene, {10, 4, f.van ? 34.0 : 28.0}, {w - 10, 11, f.van ? 44.0 : 38.0}, 0.3, Steel);
}

// One door on one side: its inner skin, intrusion beam, window frame and glass, and the trim
// panel; the outer skin is the body side's.
void door(const VehicleFrame &f, bool front, bool farSide, WeighedScene &scene)
{
    const VehicleFrame::Door d = f.door(front);
    const auto at = [&](double x) { return farSide ? f.width - x : x; };
    const auto span = [&](double x0, double x1) {
        return std::pair{std::min(at(x0), at(x1)), std::max(at(x0), at(x1))};
    };
    const bool sliding = f.van && !front;
    const double inner = 10.6;
    // The inner panel with its hinge reinforcement and the window regulator's carrier plate.
    const auto [s0, s1] = span(inner + 0.1, inner + 0.3);
    sidePanel(scene, {{d.y0, d.z0}, {d.y1, d.z0}, {d.y1, d.z1}, {d.y0, d.z1}}, s0, s1, Steel);
    const auto [t0, t1] = span(inner + 1.2, inner + 1.45);
    sidePanel(scene, {{d.y0 + 2, d.z0 + 3}, {d.y1 - 2, d.z0 + 3}, {d.y1 - 2, d.z1}, {d.y0 + 2, d.z1}}, t0, t1, Plastic);
    tube(scene, Axis::Y, {at(3.1), (d.y0 + d.y1) / 2, (d.z0 + d.z1) / 2 + 4}, 1.6, d.y1 - d.y0 - 6, 0.2, Steel);
    if (sliding)
        return;
    // The window: its frame and the glass, up to the roof line.
    const double top = f.height - 6;
    const double frontEdge = front ? f.roofEndY + 4 : d.y1 - 1;
    Profile frame{{d.y1 - 1, f.beltZ}, {frontEdge, top}, {d.y0 + 1, top}, {d.y0 + 1, f.beltZ}};
    if (front)
        frame.front() = {f.cowlY - 6, f.beltZ + 2};
    const auto [fr0, fr1] = span(1.5, 4.5);
    sheetAcross(scene, frame, 0.8, fr0, fr1, Steel);
    const auto [g0, g1] = span(4.6, 5.05); // in the frame's channel, behind it
    sidePanel(scene, {frame[0], frame[1], {d.y0 + 2, top - 1}, {d.y0 + 2, f.beltZ}}, g0, g1, Glass);
}

} // namespace

void build(const VehicleFrame &frame, WeighedScene &scene)
{
    sides(frame, scene);
    if (frame.van)
        vanTop(frame, scene);
    else
        carTop(frame, scene);
    floorPan(frame, scene);
    bumpers(frame, scene);
    for (bool front : {true, false})
        for (bool farSide : {false, true})
            door(frame, front, farSide, scene);
}

} // namespace pen::CarBody
