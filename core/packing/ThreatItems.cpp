// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ThreatItems.h"

#include "packing/ItemShapes.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"

namespace pen::ThreatItems {

using namespace ItemShapes;

namespace {

// A pistol's frame and grip in profile (x forward, y up in the gun's own plane).
std::vector<QPointF> frameOutline()
{
    return {{-9.0, -0.5}, {8.5, -0.5},  {8.5, 0.8},    {-1.5, 0.8},   {-2.5, -1.8}, {-1.2, -2.2},
            {-0.5, -0.8}, {-4.0, -0.8}, {-5.0, -11.0}, {-8.8, -11.0}, {-9.3, -1.0}};
}

std::vector<QPointF> bladeOutline(double length, double width)
{
    return {
        {0, -width / 2}, {length * 0.7, -width / 2}, {length, width * 0.1}, {length * 0.8, width / 2}, {0, width / 2}};
}

} // namespace

PackableItem pistol(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("pistol"), QStringLiteral("weapon")};
    const double s = draw(engine, 0.9, 1.1);
    item.add(hollowBox({18.5 * s, 3.0, 2.4}, 0.35, at({0, 2.3, 0})), QStringLiteral("steel_304"));
    item.add(hollowCylinder(0.6, 11.5 * s, 0.38, alongX({1.5, 2.1, 0})), QStringLiteral("steel_304"));
    item.add(spring({-4.0, 1.2, 0}, 9.0 * s, 0.3, 0.05, 14), QStringLiteral("steel_304"));
    item.add(slab(frameOutline(), 2.6, 0.3, {0, 0, 0}), QStringLiteral("nylon6"), 1.4);
    const Vec3 magazine{-6.9, -5.5, 0};
    item.add(hollowBox({2.6, 10.0, 1.8}, 0.08, at(magazine)), QStringLiteral("steel_304"));
    for (int i = 0; i < 6; ++i)
        item.add(cylinderAlongX(0.48, 2.8, magazine + Vec3{0.2, 3.8 - 1.3 * i, 0}), QStringLiteral("brass"));
    item.add(box({0.3, 1.6, 0.4}, {-1.3, -1.4, 0}), QStringLiteral("steel_304"));
    item.mainMaterial = QStringLiteral("steel_304");
    return item;
}

PackableItem knife(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("knife"), QStringLiteral("weapon")};
    const double blade = draw(engine, 9, 20), width = draw(engine, 2.0, 3.5), handle = draw(engine, 10, 13);
    item.add(slab(bladeOutline(blade, width), 0.25, 0.1, {0, 0, 0}), QStringLiteral("steel_304"));
    item.add(box({handle, width * 0.7, 0.25}, {-handle / 2, 0, 0}), QStringLiteral("steel_304"));
    for (double side : {-1.0, 1.0})
        item.add(slab(chamferedRectangle(handle, width, 0.5), 0.6, 0.2, {-handle / 2, 0, side * 0.425}),
                 QStringLiteral("polypropylene"));
    for (double x : {-handle * 0.25, -handle * 0.75})
        item.add(cylinderUpright(0.2, 1.45, {x, 0, 0}), QStringLiteral("brass"));
    item.mainMaterial = QStringLiteral("steel_304");
    return item;
}

namespace {

// 1 kg of a drug pressed into a brick of a size drawn between smallest and largest (cm), in
// filmCm of film and a wrap of packing tape (polypropylene, a few layers of 50 µm).
PackableItem pressedBrick(std::mt19937 &engine, const QString &name, const QString &drug, Vec3 smallest, Vec3 largest,
                          double filmCm)
{
    PackableItem item{name, QStringLiteral("narcotics")};
    const double w = draw(engine, smallest.x, largest.x), d = draw(engine, smallest.y, largest.y),
                 h = draw(engine, smallest.z, largest.z);
    item.add(box({w, d, h}, {}), drug, 1000 / (w * d * h));
    item.add(hollowBox({w + 0.3, d + 0.3, h + 0.3}, filmCm, at({})), QStringLiteral("polyethylene"));
    item.add(hollowBox({w + 0.5, d + 0.5, h + 0.5}, 0.03, at({})), QStringLiteral("polypropylene"));
    item.mainMaterial = drug;
    return item;
}

} // namespace

PackableItem cocaineBrick(std::mt19937 &engine)
{
    // About 1.3 g/cm³.
    return pressedBrick(engine, QStringLiteral("cocaine brick"), QStringLiteral("cocaine_hcl"), {16, 10.5, 3.5},
                        {18, 12, 4.5}, 0.1);
}

PackableItem heroinBrick(std::mt19937 &engine)
{
    // About 1.2 g/cm³.
    return pressedBrick(engine, QStringLiteral("heroin brick"), QStringLiteral("heroin_base"), {15, 10, 3.5},
                        {17, 11.5, 5}, 0.12);
}

PackableItem pipeBomb(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("pipe bomb"), QStringLiteral("explosive")};
    const double length = draw(engine, 15, 25), r = draw(engine, 2.0, 3.0);
    item.add(hollowCylinder(r, length, 0.35, alongX({})), QStringLiteral("iron"));
    item.add(cylinderAlongX(r - 0.35, length - 0.7, {}), QStringLiteral("ammonium_nitrate"), 0.9);
    for (double side : {-1.0, 1.0})
        item.add(hollowCylinder(r + 0.35, 2.0, 0.35, alongX({side * (length / 2 + 0.65), 0, 0})),
                 QStringLiteral("iron"));
    const Vec3 battery{0, -r - 2.2, 0};
    item.add(hollowBox({4.8, 2.6, 1.7}, 0.03, at(battery)), QStringLiteral("steel_304"));
    item.add(box({4.7, 2.5, 1.6}, battery), QStringLiteral("zinc"), 2.8);
    for (double z : {-0.4, 0.4}) {
        const std::vector<Vec3> path{
            battery + Vec3{2.6, 0, z}, {length / 2 + 3, -r - 1, z}, {length / 2 + 3, 0, z}, {length / 2 + 1.7, 0, z}};
        item.add(wire(path, 0.12), QStringLiteral("pvc"));
        item.add(wire(path, 0.05), QStringLiteral("copper"));
    }
    item.mainMaterial = QStringLiteral("ammonium_nitrate");
    return item;
}

PackableItem cigarettes(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("cigarettes"), QStringLiteral("cigarettes")};
    const int cartons = drawInt(engine, 2, 4);
    for (int i = 0; i < cartons; ++i) {
        const Vec3 c{0, (i - (cartons - 1) / 2.0) * 9.2, 0};
        item.add(hollowBox({27, 9, 5}, 0.05, at(c)), QStringLiteral("cellulose"), 0.7);
        item.add(box({26.8, 8.8, 4.8}, c), QStringLiteral("cellulose"), 0.35);
    }
    item.mainMaterial = QStringLiteral("cellulose");
    return item;
}

PackableItem banknotes(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("banknotes"), QStringLiteral("currency")};
    const int bundles = drawInt(engine, 3, 8);
    for (int i = 0; i < bundles; ++i) {
        const Vec3 c{(i % 2) * 15.8 - 7.9, (i / 2) * 7.0, 0};
        item.add(box({15.6, 6.6, 1.1}, c), QStringLiteral("cellulose"), 0.9);
        item.add(hollowBox({4.0, 6.8, 1.3}, 0.05, at(c)), QStringLiteral("cellulose"), 0.8);
    }
    item.mainMaterial = QStringLiteral("cellulose");
    return item;
}

} // namespace pen::ThreatItems
