// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ContainerItems.h"

#include "packing/ItemShapes.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"

namespace pen::ContainerItems {

using namespace ItemShapes;

namespace {

// A closed cylinder lying along x at centre, wall thick, fill (0..1) of it liquid or paste that
// settles at the bottom whichever way the item lies.
void addFilledCylinder(PackableItem &item, Vec3 centre, double radius, double length, double wall,
                       const QString &wallMaterial, double fill, const QString &contents)
{
    item.add(hollowCylinder(radius, length, wall, alongX(centre)), wallMaterial);
    const SettlingLiquid liquid{item.objects.size(), centre, radius - wall, length - 2 * wall, fill};
    item.add(settledLiquid(liquid, Rotation()), contents);
    item.liquids.push_back(liquid);
}

} // namespace

PackableItem bottle(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("bottle")};
    const bool glass = draw(engine, 0, 1) < 0.4;
    const double r = draw(engine, 3.0, 4.2), length = draw(engine, 18, 26);
    const double wall = glass ? draw(engine, 0.25, 0.4) : 0.035;
    const QString wallMaterial = glass ? QStringLiteral("glass_soda_lime") : QStringLiteral("pet_polyester");
    addFilledCylinder(item, {}, r, length, wall, wallMaterial, draw(engine, 0.5, 0.95), QStringLiteral("water"));
    item.add(hollowCylinder(1.3, 6, wall, alongX({length / 2 + 3, 0, 0})), wallMaterial);
    item.add(cylinderAlongX(1.5, 1.5, {length / 2 + 6.75, 0, 0}),
             glass ? QStringLiteral("aluminium") : QStringLiteral("polypropylene"));
    item.mainMaterial = wallMaterial;
    return item;
}

PackableItem drinksCan(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("can")};
    const bool tall = draw(engine, 0, 1) < 0.5;
    addFilledCylinder(item, {}, tall ? 2.9 : 3.3, tall ? 15.6 : 11.5, 0.012, QStringLiteral("aluminium"),
                      draw(engine, 0.85, 0.95), QStringLiteral("water"));
    item.mainMaterial = QStringLiteral("aluminium");
    return item;
}

PackableItem toiletryKit(std::mt19937 &engine)
{
    PackableItem item{QStringLiteral("toiletries")};
    const double w = draw(engine, 22, 28), d = draw(engine, 14.5, 17), h = draw(engine, 7, 9);
    item.add(hollowBox({w, d, h}, 0.1, at({})), QStringLiteral("nylon6"), 0.8);
    // Three lanes across the pouch: shampoo, a spray can, then toothpaste under a razor.
    const double y0 = -d / 2 + 0.2, z0 = -h / 2 + 0.1;
    addFilledCylinder(item, {-w / 2 + 9, y0 + 2.6, z0 + 2.6}, 2.6, 16, 0.08, QStringLiteral("polyethylene"),
                      draw(engine, 0.3, 0.9), QStringLiteral("water"));
    addFilledCylinder(item, {-w / 2 + 8.5, y0 + 7.7, z0 + 2.4}, 2.4, 15, 0.03, QStringLiteral("aluminium"), 0.7,
                      QStringLiteral("polyethylene"));
    // Toothpaste: a flat aluminium-laminate tube of silica paste.
    const Vec3 paste{w / 2 - 8.5, y0 + 12.0, z0 + 1.1};
    item.add(hollowBox({16, 3.5, 2.2}, 0.03, at(paste)), QStringLiteral("aluminium"));
    item.add(box({15.9, 3.4, 2.1}, paste), QStringLiteral("silica"), 1.3);
    // Razor: a handle with a steel blade pack, on the toothpaste.
    item.add(box({11, 1.2, 1.0}, {w / 2 - 7.5, y0 + 12.0, z0 + 2.8}), QStringLiteral("polypropylene"));
    item.add(box({0.9, 3.4, 0.4}, {w / 2 - 1.5, y0 + 12.0, z0 + 2.8}), QStringLiteral("steel_304"), 3.0);
    item.mainMaterial = QStringLiteral("water");
    return item;
}

} // namespace pen::ContainerItems
