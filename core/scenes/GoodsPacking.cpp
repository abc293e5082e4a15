// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/GoodsPacking.h"

#include "scenes/BulkGoods.h"
#include "scenes/CargoSolids.h"
#include "scenes/CartonGoods.h"
#include "volume/BoxSolid.h"

namespace pen {
namespace {

using Maker = GoodsPacking (*)(SceneRandom &);

Maker makerOf(const QString &key)
{
    static const QHash<QString, Maker> makers{
        {QStringLiteral("tiles"), &CartonGoods::tiles},
        {QStringLiteral("t-shirts"), &CartonGoods::shirts},
        {QStringLiteral("furniture"), &CartonGoods::furniture},
        {QStringLiteral("apples"), &CartonGoods::apples},
        {QStringLiteral("bottled-drinks"), &CartonGoods::bottledDrinks},
        {QStringLiteral("canned-drinks"), &CartonGoods::cannedDrinks},
        {QStringLiteral("textiles"), &BulkGoods::fabricRolls},
        {QStringLiteral("tyres"), &BulkGoods::tyres},
        {QStringLiteral("cotton-bales"), &BulkGoods::cottonBales},
        {QStringLiteral("scrap-metal"), &BulkGoods::scrapBundles},
        {QStringLiteral("machinery"), &BulkGoods::machinery},
    };
    return makers.value(key, &BulkGoods::machinery);
}

} // namespace

GoodsPacking GoodsPacking::forKind(const QString &key, SceneRandom &random, const AttenuationTable &table)
{
    GoodsPacking packing = makerOf(key)(random);
    // Weighed by putting a block of 64 down, for the average of goods whose units differ
    // (machinery, scrap); its own random source keeps the load's draws unchanged.
    WeighedScene scratch(table);
    SceneRandom sample(1);
    packing.place(scratch, {}, {4, 4, 4}, sample);
    packing.unitMassKg = scratch.massKg(0, scratch.size()) / 64;
    return packing;
}

void GoodsPacking::pallet(WeighedScene &scene, Vec3 min)
{
    // A block pallet: seven top boards, three stringer boards on nine blocks, three bottom boards.
    using CargoSolids::lattice;
    const QString wood = QStringLiteral("cellulose");
    const double density = 0.6;
    const Vec3 top{100, 10, 2.2}, stringer{100, 14.5, 2.2}, block{14.5, 14.5, 7.8};
    const auto add = [&](Vec3 size, std::array<int, 3> counts, Vec3 spacing, Vec3 low) {
        scene.add(lattice(std::make_shared<BoxSolid>(size, Placement()), counts, spacing, min + low),
                  SolidVolumes::box(size) * counts[0] * counts[1] * counts[2], wood, density);
    };
    add(top, {1, 7, 1}, {100, 120.0 / 7, 2.2}, {0, 0, 12.2});
    add(stringer, {1, 3, 1}, {100, 40, 2.2}, {0, 0, 10});
    add(block, {3, 3, 1}, {100.0 / 3, 40, 7.8}, {0, 0, 2.2});
    add(stringer, {1, 3, 1}, {100, 40, 2.2}, {0, 0, 0});
}

} // namespace pen
