// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ElectronicItems.h"

#include "packing/ItemShapes.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"
#include "volume/TorusSolid.h"

#include <numbers>

namespace pen::ElectronicItems {

using namespace ItemShapes;

namespace {

// A lithium cell's jelly roll: graphite and electrolyte (carbon-rich) with copper and cobalt
// foils, as two overlapping parts whose partial densities add up to about 2.5 g/cm³.
void addCellCore(PackableItem &item, const std::shared_ptr<const Solid> &core)
{
    item.add(core, QStringLiteral("polyethylene"), 1.6);
    item.add(core, QStringLiteral("copper"), 0.9);
}

// A cable coiled loosely beside a device: copper core inside PVC (the two add in the core).
void addCoiledCable(PackableItem &item, Vec3 centre, double radius, int loops)
{
    std::vector<Vec3> points;
    for (int i = 0; i <= loops * 8; ++i) {
        const double angle = 2 * std::numbers::pi * i / 8.0;
        points.push_back(centre + Vec3{radius * std::cos(angle), radius * std::sin(angle), 0.5 * i / 8.0 - 0.5});
    }
    item.add(wire(points, 0.22), QStringLiteral("pvc"));
    item.add(wire(points, 0.07), QStringLiteral("copper"));
}

} // namespace

PackableItem phone(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("phone")};
    const double w = draw(engine, 14.0, 16.5), d = draw(engine, 6.8, 7.8), h = draw(engine, 0.75, 0.9);
    item.add(hollowBox({w, d, h}, 0.12, at({})), QStringLiteral("aluminium"));
    const Vec3 glass{w - 0.3, d - 0.3, 0.06};
    item.add(box(glass, {0, 0, h / 2 - 0.16}), QStringLiteral("glass_soda_lime"), 2.5);
    item.add(box(glass, {0, 0, -h / 2 + 0.16}), QStringLiteral("glass_soda_lime"), 2.5);
    addCellCore(item, box({w * 0.6, d - 1.2, h - 0.45}, {-w * 0.12, 0, 0}));
    item.add(box({w * 0.22, d - 1.0, 0.1}, {w * 0.33, 0, 0}), QStringLiteral("silica"), 1.85);
    item.add(box({w * 0.08, d * 0.3, 0.12}, {w * 0.33, 0, 0.11}), QStringLiteral("copper"), 4.0);
    item.mainMaterial = QStringLiteral("aluminium");
    return item;
}

PackableItem laptop(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("laptop")};
    const double w = draw(engine, 30, 36), d = draw(engine, 21, 25), h = draw(engine, 1.5, 2.2);
    const bool metal = draw(engine, 0, 1) < 0.5;
    item.add(hollowBox({w, d, h}, 0.15, at({})), metal ? QStringLiteral("aluminium") : QStringLiteral("pmma"));
    const int cells = drawInt(engine, 3, 6);
    for (int i = 0; i < cells; ++i) {
        const Vec3 c{-w / 2 + 4 + (w - 8) * (i + 0.5) / cells, -d / 2 + 2.5, -h / 2 + 1.0};
        item.add(hollowCylinder(0.9, 6.5, 0.03, alongY(c)), QStringLiteral("iron"));
        addCellCore(item, std::make_shared<CylinderSolid>(0.87, 6.4, alongY(c)));
    }
    item.add(box({w * 0.55, d * 0.35, 0.12}, {w * 0.1, d * 0.15, -h / 2 + 0.4}), QStringLiteral("silica"), 1.85);
    item.add(
        wire({{-w * 0.15, d * 0.1, -h / 2 + 0.6}, {w * 0.05, d * 0.2, -h / 2 + 0.6}, {w * 0.3, d * 0.3, -h / 2 + 0.6}},
             0.3),
        QStringLiteral("copper"));
    item.add(box({w - 2, d * 0.45, 0.06}, {0, d * 0.15, h / 2 - 0.3}), QStringLiteral("steel_304"));
    item.mainMaterial = QStringLiteral("aluminium");
    return item;
}

PackableItem charger(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("charger")};
    const double s = draw(engine, 4.5, 7.0);
    item.add(hollowBox({s, s, 3.0}, 0.2, at({})), QStringLiteral("pmma"));
    item.add(box({1.8, 1.8, 1.6}, {-s * 0.15, 0, 0}), QStringLiteral("iron"));
    item.add(std::make_shared<TorusSolid>(1.1, 0.35, at({-s * 0.15, 0, 0})), QStringLiteral("copper"));
    item.add(box({1.6, 0.2, 0.6}, {s / 2 + 0.8, -0.6, 0}), QStringLiteral("brass"));
    item.add(box({1.6, 0.2, 0.6}, {s / 2 + 0.8, 0.6, 0}), QStringLiteral("brass"));
    addCoiledCable(item, {-s / 2 - 5, 0, 0}, draw(engine, 3.5, 5.0), drawInt(engine, 2, 5));
    item.mainMaterial = QStringLiteral("pmma");
    return item;
}

PackableItem hairDryer(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("hair dryer")};
    const double length = draw(engine, 15, 20), r = draw(engine, 3.5, 4.5);
    item.add(hollowCylinder(r, length, 0.25, alongX({})), QStringLiteral("pmma"));
    item.add(hollowBox({3.5, 12, 2.8}, 0.25, at({-length * 0.2, -r - 6, 0})), QStringLiteral("pmma"));
    item.add(cylinderAlongX(1.6, 3.0, {-length * 0.3, 0, 0}), QStringLiteral("copper"), 4.0);
    item.add(cylinderAlongX(1.0, 3.0, {-length * 0.3, 0, 0}), QStringLiteral("iron"), 5.0);
    item.add(spring({-length * 0.1, 0, 0}, length * 0.45, r * 0.55, 0.03, 12), QStringLiteral("steel_304"));
    addCoiledCable(item, {-length * 0.2, -r - 16, 0}, 4.0, 3);
    item.mainMaterial = QStringLiteral("pmma");
    return item;
}

} // namespace pen::ElectronicItems
