// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/ContainerShell.h"

#include "scenes/CargoSolids.h"
#include "volume/ExtrudedPolygon.h"

#include <numbers>

namespace pen::ContainerShell {
namespace {

using namespace CargoSolids;

const QString Steel = QStringLiteral("iron"); // weathering (Corten) steel: iron to a MeV beam
constexpr double W = ContainerFrame::Width;
constexpr double Z0 = ContainerFrame::BottomZ;

void addSheet(WeighedScene &scene, const Sheet &sheet)
{
    scene.add(sheet.solid, sheet.volumeCm3, Steel);
}

Placement turned(Vec3 axis, double radians, Vec3 centre)
{
    return {Rotation::aboutAxis(axis, radians), centre};
}

// Side walls, 1.6 mm sheet corrugated 36 mm deep at a 27.8 cm pitch, between the corner posts
// and between the bottom and top side rails; the far one turned round.
void sideWalls(const ContainerFrame &f, WeighedScene &scene)
{
    // From the door posts (15 cm deep) to the front posts (7 cm).
    const double depth = 3.6, sheet = 0.16, low = Z0 + 16, high = f.top() - 10, length = f.length - 22;
    const Vec3 middle{(depth + sheet) / 2, 15 + length / 2, (low + high) / 2};
    addSheet(scene, corrugatedSheet(length, high - low, depth, 27.8, sheet, Placement::at(middle)));
    addSheet(scene,
             corrugatedSheet(length, high - low, depth, 27.8, sheet,
                             turned({0, 0, 1}, std::numbers::pi, {W - middle.x, middle.y, middle.z})));
}

// The front wall (2 mm, 45 mm deep) across the front end and the roof (2 mm, 20 mm deep), whose
// outer flats face forward and up.
void frontWallAndRoof(const ContainerFrame &f, WeighedScene &scene)
{
    const double low = Z0 + 16, high = f.top() - 12;
    addSheet(scene,
             corrugatedSheet(W - 30, high - low, 4.5, 27.8, 0.2,
                             turned({0, 0, 1}, -std::numbers::pi / 2, {W / 2, f.length - 2.35, (low + high) / 2})));
    addSheet(scene,
             corrugatedSheet(f.length - 30, W - 8.6, 2.0, 20.5, 0.2,
                             turned({0, 1, 0}, std::numbers::pi / 2, {W / 2, f.length / 2, f.top() - 1.1})));
}

// Corner posts and castings at both ends, side rails along both sides, the end rails.
void frame(const ContainerFrame &f, WeighedScene &scene)
{
    const double L = f.length, top = f.top();
    for (double x : {0.0, W - 15}) {
        hollowBox(scene, {x, L - 7, Z0 + 11.8}, {x + 15, L, top - 11.8}, 0.6, Steel);
        hollowBox(scene, {x, 0, Z0 + 11.8}, {x + 15, 15, top - 11.8}, 0.8, Steel);
    }
    for (double x : {0.0, W - 16.2})
        for (double y : {0.0, L - 17.8})
            for (double z : {Z0, top - 11.8})
                hollowBox(scene, {x, y, z}, {x + 16.2, y + 17.8, z + 11.8}, 1.2, Steel);
    for (double x : {0.0, W - 4.3}) // top side rails: closed tubes, flush with the corrugations
        hollowBox(scene, {x, 17.8, top - 10}, {x + 4.3, L - 17.8, top}, 0.4, Steel);
    for (double x : {0.0, W - 5}) // bottom side rails: channels, the floor's edge
        hollowBox(scene, {x, 17.8, Z0}, {x + 5, L - 17.8, Z0 + 16}, 0.45, Steel);
    hollowBox(scene, {15, L - 6, top - 12}, {W - 15, L, top}, 0.4, Steel); // front header
    hollowBox(scene, {15, L - 6, Z0}, {W - 15, L, Z0 + 15}, 0.5, Steel);   // front sill
    hollowBox(scene, {15, 4, top - 20}, {W - 15, 15, top}, 0.5, Steel);    // door header
    hollowBox(scene, {15, 4, Z0}, {W - 15, 15, Z0 + 15}, 0.6, Steel);      // door sill
}

// Two locking bars per leaf outside it, with their keepers at the ends and a handle each.
void lockingBars(double x0, double leafWidth, const ContainerFrame &f, WeighedScene &scene)
{
    for (double fraction : {0.25, 0.75}) {
        const double x = x0 + fraction * leafWidth, low = Z0 + 20, high = f.top() - 22;
        tube(scene, Axis::Z, {x, 2.2, (low + high) / 2}, 1.35, high - low, 0.35, Steel);
        box(scene, {x - 3, 0.3, high + 1}, {x + 3, 4, high + 9}, Steel);
        box(scene, {x - 3, 0.3, low - 9}, {x + 3, 4, low - 1}, Steel);
        const double mid = (low + high) / 2 - 20;
        box(scene, {x + 1.5, 0.5, mid - 1.5}, {x + 25, 2.5, mid + 1.5}, Steel);
    }
}

// The door end: two leaves, each a frame of tubes round a corrugated panel.
void doors(const ContainerFrame &f, WeighedScene &scene)
{
    const double low = Z0 + 15, high = f.top() - 20, leaf = (W - 30) / 2;
    for (double x0 : {15.0, 15 + leaf}) {
        hollowBox(scene, {x0, 4, high - 6}, {x0 + leaf, 10, high}, 0.3, Steel);
        hollowBox(scene, {x0, 4, low}, {x0 + leaf, 10, low + 6}, 0.3, Steel);
        hollowBox(scene, {x0, 4, low + 6}, {x0 + 6, 10, high - 6}, 0.3, Steel);
        hollowBox(scene, {x0 + leaf - 6, 4, low + 6}, {x0 + leaf, 10, high - 6}, 0.3, Steel);
        addSheet(scene,
                 corrugatedSheet(leaf - 12, high - low - 12, 3.6, 27.8, 0.2,
                                 turned({0, 0, 1}, std::numbers::pi / 2, {x0 + leaf / 2, 5.9, (low + high) / 2})));
        lockingBars(x0, leaf, f, scene);
    }
}

// Plywood on I-section cross members at about 30 cm.
void floor(const ContainerFrame &f, WeighedScene &scene)
{
    const double deck = ContainerFrame::FloorZ - 2.8;
    box(scene, {5, 15, deck}, {W - 5, f.length - 10, ContainerFrame::FloorZ}, QStringLiteral("cellulose"), 0.7);
    const double h = deck - Z0, flange = 4.5, t = 0.45;
    const std::vector<QPointF> section{{-h / 2, -flange / 2}, {-h / 2 + t, -flange / 2}, {-h / 2 + t, -t / 2},
                                       {h / 2 - t, -t / 2},   {h / 2 - t, -flange / 2},  {h / 2, -flange / 2},
                                       {h / 2, flange / 2},   {h / 2 - t, flange / 2},   {h / 2 - t, t / 2},
                                       {-h / 2 + t, t / 2},   {-h / 2 + t, flange / 2},  {-h / 2, flange / 2}};
    auto member = std::make_shared<ExtrudedPolygon>(section, W - 10, 0.0, turned({0, 1, 0}, std::numbers::pi / 2, {}));
    const int count = int((f.length - 40) / 30);
    const double pitch = (f.length - 40) / count;
    scene.add(lattice(member, {1, count, 1}, {W - 10, pitch, h}, {5, 20, Z0}),
              SolidVolumes::polygonArea(section) * (W - 10) * count, Steel);
}

} // namespace

void build(const ContainerFrame &frame, WeighedScene &scene)
{
    sideWalls(frame, scene);
    frontWallAndRoof(frame, scene);
    ContainerShell::frame(frame, scene);
    doors(frame, scene);
    floor(frame, scene);
}

size_t falseFrontWall(const ContainerFrame &f, double y, WeighedScene &scene)
{
    const Bounds3 in = f.inside();
    const double width = in.max.x - in.min.x - 1, height = in.max.z - in.min.z - 1;
    const Sheet sheet
        = corrugatedSheet(width, height, 3.0, 27.8, 0.2,
                          turned({0, 0, 1}, -std::numbers::pi / 2, {W / 2, y - 1.6, in.min.z + height / 2 + 0.5}));
    return scene.add(sheet.solid, sheet.volumeCm3, Steel);
}

std::vector<size_t> falseFloor(const ContainerFrame &f, double height, WeighedScene &scene)
{
    const Bounds3 in = f.inside();
    const double z = in.min.z + height;
    return {box(scene, {in.min.x, in.min.y, z}, {in.max.x, in.max.y, z + 0.3}, Steel),
            box(scene, {in.min.x, in.min.y, z + 0.3}, {in.max.x, in.max.y, z + 3.1}, QStringLiteral("cellulose"), 0.6)};
}

std::vector<size_t> falseCeiling(const ContainerFrame &f, double y0, double y1, double z, WeighedScene &scene)
{
    const Bounds3 in = f.inside();
    return {box(scene, {in.min.x, y0, z - 0.3}, {in.max.x, y1, z}, Steel),
            box(scene, {in.min.x, y0, z - 2.1}, {in.max.x, y1, z - 0.3}, QStringLiteral("cellulose"), 0.6)};
}

} // namespace pen::ContainerShell
