// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/EverydayItems.h"

#include "packing/ItemShapes.h"
#include "volume/CylinderSolid.h"
#include "volume/EllipsoidSolid.h"
#include "volume/ExtrudedPolygon.h"
#include "volume/HollowSolid.h"
#include "volume/TorusSolid.h"

#include <cmath>
#include <numbers>

namespace pen::EverydayItems {

using namespace ItemShapes;

namespace {

std::vector<QPointF> soleOutline(double length, double width)
{
    const double l = length / 2, w = width / 2;
    return {{-l, -w * 0.6}, {-l * 0.7, -w * 0.85}, {0, -w * 0.75}, {l * 0.6, -w},        {l, -w * 0.4},
            {l, w * 0.4},   {l * 0.6, w},          {0, w * 0.7},   {-l * 0.7, w * 0.85}, {-l, w * 0.6}};
}

std::vector<QPointF> keyOutline()
{
    return {{-3.2, -1.1}, {-1.0, -1.1}, {-0.8, -0.35}, {3.0, -0.35}, {3.2, 0},
            {3.0, 0.35},  {-0.8, 0.35}, {-1.0, 1.1},   {-3.2, 1.1}};
}

} // namespace

PackableItem shoe(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("shoe")};
    const double length = draw(engine, 25, 31), width = length * 0.36, sole = draw(engine, 1.8, 3.0);
    item.add(slab(soleOutline(length, width), sole, 0.3, {0, 0, -2.5}), QStringLiteral("rubber_natural"), 1.15);
    for (double x = -length / 2 + 2; x < length / 2 - 2; x += 1.6)
        item.add(box({0.6, width * 0.6, 0.4}, {x, 0, -2.5 - sole / 2 - 0.2}), QStringLiteral("rubber_natural"), 1.15);
    item.add(box({9, 1.2, 0.15}, {-length * 0.12, 0, -2.5}), QStringLiteral("steel_304"));
    item.add(hollowEllipsoid({length * 0.45, width * 0.45, 5.0}, 0.35, at({0, 0, -2.5 + sole / 2 + 5.0})),
             QStringLiteral("pet_polyester"), 0.9);
    const double zTop = -2.5 + sole / 2 + 8.5;
    for (int i = 0; i < 5; ++i)
        for (double side : {-1.0, 1.0})
            item.add(std::make_shared<TorusSolid>(0.25, 0.06, at({1.0 + 1.1 * i, side * width * 0.2, zTop})),
                     QStringLiteral("brass"));
    item.mainMaterial = QStringLiteral("rubber_natural");
    return item;
}

PackableItem book(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("book")};
    const double w = draw(engine, 18, 24), d = draw(engine, 12, 16), h = draw(engine, 1.5, 4.0);
    item.add(box({w - 0.4, d - 0.2, h - 0.4}, {0.2, 0, 0}), QStringLiteral("cellulose"), 0.8);
    item.add(hollowBox({w, d, h}, 0.2, at({})), QStringLiteral("cellulose"), 0.7);
    item.mainMaterial = QStringLiteral("cellulose");
    return item;
}

PackableItem umbrella(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("umbrella")};
    const double length = draw(engine, 24, 30);
    item.add(hollowCylinder(0.55, length, 0.06, alongX({})), QStringLiteral("steel_304"));
    for (int i = 0; i < 8; ++i) {
        const double a = 2 * std::numbers::pi * i / 8;
        item.add(cylinderAlongX(0.06, length - 3, {-1.5, 1.0 * std::cos(a), 1.0 * std::sin(a)}),
                 QStringLiteral("steel_304"));
    }
    item.add(hollowCylinder(2.0, length - 2, 0.45, alongX({-1, 0, 0})), QStringLiteral("nylon6"), 0.5);
    item.add(cylinderAlongX(1.6, 6, {length / 2 + 3, 0, 0}), QStringLiteral("polypropylene"));
    item.mainMaterial = QStringLiteral("steel_304");
    return item;
}

PackableItem belt(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("belt")};
    const double r = draw(engine, 4.5, 6.5);
    // An open ring of strap: the cavity as long as the roll leaves both ends open.
    item.add(std::make_shared<HollowSolid>(cylinderUpright(r, 3.5, {}), cylinderUpright(r - 1.0, 3.5, {})),
             QStringLiteral("cellulose"), 0.9);
    // The buckle: a zinc-alloy frame of four bars and a steel prong, beside the roll.
    const Vec3 c{r + 2.6, 0, 0};
    item.add(box({4.5, 0.5, 0.5}, c + Vec3{0, 2.0, 0}), QStringLiteral("zinc"), 6.6);
    item.add(box({4.5, 0.5, 0.5}, c + Vec3{0, -2.0, 0}), QStringLiteral("zinc"), 6.6);
    item.add(box({0.5, 3.5, 0.5}, c + Vec3{2.0, 0, 0}), QStringLiteral("zinc"), 6.6);
    item.add(box({0.5, 3.5, 0.5}, c + Vec3{-2.0, 0, 0}), QStringLiteral("zinc"), 6.6);
    item.add(cylinderAlongX(0.1, 3.4, c + Vec3{0, 0, 0.05}), QStringLiteral("steel_304"));
    item.mainMaterial = QStringLiteral("cellulose");
    return item;
}

PackableItem keys(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("keys")};
    item.add(std::make_shared<TorusSolid>(1.4, 0.08, at({})), QStringLiteral("steel_304"));
    const int count = drawInt(engine, 2, 5);
    for (int i = 0; i < count; ++i) {
        // Keys hang together on one side of the ring.
        const double a = (i - (count - 1) / 2.0) * 0.45 + draw(engine, -0.1, 0.1);
        const Vec3 c{4.6 * std::cos(a), 4.6 * std::sin(a), 0.25 * (i - count / 2.0)};
        const Placement turned{Rotation::aboutAxis({0, 0, 1}, a), c};
        item.add(std::make_shared<ExtrudedPolygon>(keyOutline(), 0.2, 0.03, turned), QStringLiteral("brass"));
    }
    item.mainMaterial = QStringLiteral("brass");
    return item;
}

PackableItem coins(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("coins")};
    item.add(hollowBox({11, 8, 2.4}, 0.15, at({})), QStringLiteral("cellulose"), 0.9);
    const int count = drawInt(engine, 4, 12);
    static const char *metals[] = {"brass", "steel_304", "copper"};
    for (int i = 0; i < count; ++i) {
        const double r = draw(engine, 0.8, 1.3);
        const Vec3 c{-3.75 + 2.5 * (i % 4), -2.5 + 2.5 * ((i / 4) % 3), i < 8 ? -0.7 : 0.5};
        item.add(cylinderUpright(r * 0.95, 0.2, c), QString::fromLatin1(metals[drawInt(engine, 0, 2)]));
    }
    item.mainMaterial = QStringLiteral("brass");
    return item;
}

PackableItem pen(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("pen")};
    const double length = draw(engine, 13, 15);
    item.add(hollowCylinder(0.5, length, 0.1, alongX({})), QStringLiteral("polystyrene"));
    item.add(cylinderAlongX(0.15, length - 4, {-0.5, 0, 0}), QStringLiteral("polypropylene"));
    item.add(spring({length / 2 - 3.2, 0, 0}, 2.0, 0.25, 0.03, 8), QStringLiteral("steel_304"));
    item.add(cylinderAlongX(0.12, 0.8, {-length / 2 + 0.3, 0, 0}), QStringLiteral("brass"));
    item.add(box({4.5, 0.25, 0.1}, {length / 2 - 2.8, 0, 0.55}), QStringLiteral("steel_304"));
    item.mainMaterial = QStringLiteral("polystyrene");
    return item;
}

PackableItem cable(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("cable")};
    // A loose coil lying flat: the loops drift a little so that they cross rather than stack.
    const double r = draw(engine, 4, 6);
    const int turns = drawInt(engine, 3, 5);
    std::vector<Vec3> path;
    for (int k = 0; k <= turns * 16; ++k) {
        const double a = 2 * std::numbers::pi * k / 16;
        const double drift = 0.25 * std::sin(0.7 * a);
        path.push_back({(r + drift) * std::cos(a), (r - drift) * std::sin(a), 0.35 * std::sin(a * 0.5)});
    }
    item.add(wire(path, 0.18), QStringLiteral("pvc"));
    item.add(wire(path, 0.05), QStringLiteral("copper"));
    item.add(hollowBox({1.6, 1.2, 0.5}, 0.03, at({r + 0.8, 0, 0})), QStringLiteral("steel_304"));
    item.mainMaterial = QStringLiteral("pvc");
    return item;
}

PackableItem wallet(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("wallet")};
    const double w = draw(engine, 10, 12), d = draw(engine, 8.5, 10);
    item.add(hollowBox({w, d, 1.6}, 0.25, at({})), QStringLiteral("cellulose"), 0.9);
    const int cards = drawInt(engine, 2, 6);
    for (int i = 0; i < cards; ++i)
        item.add(box({8.6, 5.4, 0.08}, {0, 0.6, -0.5 + 0.12 * i}), QStringLiteral("pvc"));
    item.mainMaterial = QStringLiteral("cellulose");
    return item;
}

PackableItem tablets(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("tablets")};
    const double w = draw(engine, 9, 12), d = draw(engine, 5, 7);
    item.add(hollowBox({w, d, 2.4}, 0.05, at({})), QStringLiteral("cellulose"), 0.7);
    for (int strip = 0; strip < 2; ++strip) {
        const double z = -0.6 + 1.1 * strip;
        item.add(box({w - 0.6, d - 0.6, 0.02}, {0, 0, z - 0.2}), QStringLiteral("aluminium"));
        item.add(box({w - 0.6, d - 0.6, 0.03}, {0, 0, z + 0.25}), QStringLiteral("pvc"));
        for (int i = 0; i < 10; ++i)
            item.add(cylinderUpright(0.45, 0.35, {-w / 2 + 1.2 + (w - 2.4) * (i % 5) / 4, (i < 5 ? -1 : 1) * 1.2, z}),
                     QStringLiteral("sucrose"), 1.3);
    }
    item.mainMaterial = QStringLiteral("cellulose");
    return item;
}

} // namespace pen::EverydayItems
