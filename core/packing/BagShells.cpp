// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/BagShells.h"

#include "packing/ItemShapes.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"

namespace pen {

using namespace ItemShapes;

namespace {

constexpr double ShellWall = 0.3;          // cm of polypropylene: 3–4 kg suitcases
constexpr double TrolleyCompartment = 3.0; // cm under the packing floor

void add(BagShell &shell, std::shared_ptr<const Solid> solid, const QString &material, double density = 0)
{
    shell.objects.push_back({std::move(solid), material, density});
}

// A closed loop through the corners of a rectangle at height z, inset from the box's edges.
std::vector<Vec3> rectangleLoop(const Bounds3 &box, double inset, double z)
{
    const double x0 = box.min.x + inset, x1 = box.max.x - inset, y0 = box.min.y + inset, y1 = box.max.y - inset;
    return {{x0 + 2, y0, z}, {x1 - 2, y0, z}, {x1, y0 + 2, z}, {x1, y1 - 2, z},       {x1 - 2, y1, z},
            {x0 + 2, y1, z}, {x0, y1 - 2, z}, {x0, y0 + 2, z}, {x0 + 2, y0 + 0.01, z}};
}

void addTrolley(BagShell &shell, const Bounds3 &outer, double floorZ)
{
    const double z = floorZ - TrolleyCompartment / 2, length = (outer.max.y - outer.min.y) * 0.85;
    const double y = outer.max.y - length / 2 - 1.0;
    for (double x :
         {outer.min.x + 0.3 * (outer.max.x - outer.min.x), outer.max.x - 0.3 * (outer.max.x - outer.min.x)}) {
        add(shell, hollowCylinder(1.1, length, 0.12, alongY({x, y, z})), QStringLiteral("aluminium"));
        add(shell, hollowCylinder(0.9, length * 0.9, 0.1, alongY({x, y - 0.05 * length, z})),
            QStringLiteral("aluminium"));
    }
    const double handleY = outer.max.y - 1.0;
    add(shell, box({(outer.max.x - outer.min.x) * 0.4 + 2.2, 1.6, 2.2}, {(outer.min.x + outer.max.x) / 2, handleY, z}),
        QStringLiteral("polypropylene"));
}

// Spinner wheels at the case's bottom end (towards −y), two on each face; rivets by the handles.
void addWheelsAndRivets(BagShell &shell, const Bounds3 &outer)
{
    const double y = outer.min.y - 2.0;
    for (double x : {outer.min.x + 3.0, outer.max.x - 3.0})
        for (double z : {3.5, outer.max.z - 3.5}) {
            add(shell, cylinderAlongX(2.5, 2.0, {x, y, z}), QStringLiteral("polyethylene"));
            add(shell, cylinderAlongX(0.4, 3.2, {x, y, z}), QStringLiteral("steel_304"));
            add(shell, hollowBox({4.0, 2.0, 5.0}, 0.3, at({x, outer.min.y - 1.0, z})), QStringLiteral("polypropylene"));
        }
    for (double x : {outer.min.x + 8.0, outer.max.x - 8.0})
        for (double yRivet : {outer.min.y + 0.15, outer.max.y - 0.15})
            add(shell, cylinderAlongX(0.25, 0.8, {x, yRivet, outer.max.z - 4.0}), QStringLiteral("steel_304"));
}

} // namespace

BagShell suitcaseShell(std::mt19937 &engine, Vec3 innerSize, double centreX, double startY)
{
    BagShell shell;
    shell.name = QStringLiteral("suitcase");
    shell.mainMaterial = QStringLiteral("polypropylene");
    const double floorZ = ShellWall + TrolleyCompartment + 0.4;
    const Vec3 outerSize{innerSize.x + 2 * ShellWall, innerSize.y + 2 * ShellWall, floorZ + innerSize.z + ShellWall};
    const Bounds3 outer{{centreX - outerSize.x / 2, startY, 0},
                        {centreX + outerSize.x / 2, startY + outerSize.y, outerSize.z}};
    const Vec3 centre = (outer.min + outer.max) / 2;
    add(shell, hollowBox(outerSize, ShellWall, at(centre)), QStringLiteral("polypropylene"), draw(engine, 0.9, 1.1));
    // The lining board over the trolley compartment is the packing floor.
    add(shell, box({innerSize.x, innerSize.y, 0.4}, {centre.x, centre.y, floorZ - 0.2}),
        QStringLiteral("polypropylene"), 0.5);
    addTrolley(shell, outer, floorZ - 0.4);
    const double seamZ = outer.max.z * draw(engine, 0.45, 0.6);
    add(shell, wire(rectangleLoop(outer, 0.5, seamZ), 0.2), QStringLiteral("steel_304"));
    add(shell, wire(rectangleLoop(outer, 0.05, seamZ + 0.6), 0.25), QStringLiteral("brass"), 3.0);
    add(shell, wire(rectangleLoop(outer, 0.05, seamZ + 0.6), 0.6), QStringLiteral("pet_polyester"), 0.4);
    addWheelsAndRivets(shell, outer);
    shell.inner = {{centre.x - innerSize.x / 2, centre.y - innerSize.y / 2, floorZ},
                   {centre.x + innerSize.x / 2, centre.y + innerSize.y / 2, floorZ + innerSize.z}};
    return shell;
}

BagShell parcelCarton(Vec3 innerSize, double centreX, double startY)
{
    BagShell shell;
    shell.name = QStringLiteral("carton");
    shell.mainMaterial = QStringLiteral("cellulose");
    constexpr double wall = 0.5; // single-wall corrugated board, about 0.08 g/cm² a wall
    const Vec3 outerSize = innerSize + Vec3{2 * wall, 2 * wall, 2 * wall};
    const Vec3 centre{centreX, startY + outerSize.y / 2, outerSize.z / 2};
    add(shell, hollowBox(outerSize, wall, at(centre)), QStringLiteral("cellulose"), 0.16);
    add(shell, box({outerSize.x + 0.1, 5.0, 0.02}, centre + Vec3{0, 0, outerSize.z / 2 + 0.01}),
        QStringLiteral("polypropylene"));
    shell.inner = {centre - innerSize / 2, centre + innerSize / 2};
    return shell;
}

} // namespace pen
