// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/VehicleContraband.h"

#include "packing/ItemShapes.h"
#include "packing/PlacedSolid.h"
#include "packing/ThreatItems.h"
#include "scenes/CargoSolids.h"
#include "scenes/ContrabandFill.h"
#include "volume/BoxSolid.h"
#include "volume/HollowSolid.h"

#include <algorithm>
#include <numbers>

namespace pen::VehicleContraband {
namespace {

using CargoSolids::product;
using Counts = std::array<int, 3>;

Vec3 sizeOf(const Bounds3 &b)
{
    return b.max - b.min;
}

// The turn of a box that fits most copies of it into space, at most cap of them (the largest
// count shrinks first, so that the block stays compact), and never fewer than one.
Vec3 fitted(Vec3 size, Vec3 space, int cap, Counts &counts)
{
    const Vec3 best = ContrabandFill::bestTurn(size, space, counts);
    for (int &c : counts)
        c = std::max(c, 1);
    while (product(counts) > cap) {
        int &largest = *std::max_element(counts.begin(), counts.end());
        --largest;
    }
    return best;
}

// A block of counts units of cell from min: the contents (inset by wall) and their wrapping.
std::array<size_t, 2> wrappedBlock(WeighedScene &scene, Vec3 cell, Counts counts, Vec3 min, double wall,
                                   const QString &material, double density, const QString &wrap, double wrapDensity)
{
    using CargoSolids::lattice;
    const Vec3 inner = cell - Vec3{2 * wall, 2 * wall, 2 * wall};
    const size_t contents = scene.add(lattice(std::make_shared<BoxSolid>(inner, Placement()), counts, cell, min),
                                      SolidVolumes::box(inner) * product(counts), material, density);
    const size_t wrapping = scene.add(lattice(pen::hollowBox(cell, wall, Placement()), counts, cell, min),
                                      SolidVolumes::hollowBox(cell, wall) * product(counts), wrap, wrapDensity);
    return {contents, wrapping};
}

ContrabandGoods cigarettes(const Bounds3 &space, WeighedScene &scene, SceneRandom &random)
{
    ContrabandGoods goods{QStringLiteral("cigarettes"), QStringLiteral("cellulose"), {}, 0, {}};
    Counts counts;
    const Vec3 cell = fitted({27.5, 8.8, 4.4}, sizeOf(space), random.integer(10, 60), counts);
    const auto parts = wrappedBlock(scene, cell, counts, space.min, 0.05, goods.material, 0.3, goods.material, 0.7);
    goods.objects = {parts[0], parts[1]};
    goods.massKg = scene.massKg(parts[0]) + scene.massKg(parts[1]);
    goods.note = QStringLiteral("%1 cartons in a regular %2 x %3 x %4 layout")
                     .arg(product(counts))
                     .arg(counts[0])
                     .arg(counts[1])
                     .arg(counts[2]);
    return goods;
}

ContrabandGoods bricks(const QString &kind, const Bounds3 &space, WeighedScene &scene, SceneRandom &random)
{
    const QString drug = kind == u"cocaine" ? QStringLiteral("cocaine_hcl") : QStringLiteral("heroin_base");
    ContrabandGoods goods{QStringLiteral("narcotics"), drug, {}, 0, {}};
    Counts counts;
    const Vec3 cell = fitted({20.2, 12.2, 3.7}, sizeOf(space), random.integer(3, 15), counts);
    // Pressed to 1 kg in 20 × 12 × 3.5 cm: about 1.2 g/cm³.
    const auto parts = wrappedBlock(scene, cell, counts, space.min, 0.1, drug, 1000 / SolidVolumes::box({20, 12, 3.5}),
                                    QStringLiteral("polypropylene"), 0.9);
    goods.objects = {parts[0], parts[1]};
    goods.massKg = scene.massKg(parts[0]);
    goods.note = QStringLiteral("%1 bricks of %2 of about 1 kg").arg(product(counts)).arg(kind);
    return goods;
}

// A plastic-explosive block (28 × 5 × 2.5 cm at 1.6 g/cm³) in film, an aluminium detonator
// on it and its copper leads.
PackableItem explosiveBlock(const QString &material)
{
    PackableItem item{QStringLiteral("%1 block with detonator").arg(material), QStringLiteral("explosive")};
    item.add(std::make_shared<BoxSolid>(Vec3{28, 5, 2.5}, Placement()), material, 1.6);
    item.add(pen::hollowBox({28.2, 5.2, 2.7}, 0.1, Placement()), QStringLiteral("polyethylene"));
    item.add(ItemShapes::cylinderAlongX(0.35, 6, {1, 0, 1.8}), QStringLiteral("aluminium"));
    item.add(ItemShapes::wire({{4, 0, 1.8}, {10, 1, 1.8}, {16, 0, 1.8}}, 0.05), QStringLiteral("copper"));
    item.mainMaterial = material;
    return item;
}

PackableItem threatItem(const QString &kind, SceneRandom &random)
{
    std::mt19937 engine(random.nextSeed());
    if (kind == u"knife")
        return ThreatItems::knife(engine);
    if (kind == u"currency")
        return ThreatItems::banknotes(engine);
    if (kind == u"explosive")
        return explosiveBlock(random.chance(0.5) ? QStringLiteral("rdx") : QStringLiteral("tnt"));
    return ThreatItems::pistol(engine);
}

QString noteOf(const QString &kind, const PackableItem &item)
{
    if (kind == u"pistol")
        return QStringLiteral("semi-automatic pistol");
    if (kind == u"knife")
        return QStringLiteral("fixed-blade knife");
    if (kind == u"currency")
        return QStringLiteral("%1 bundles of banknotes").arg(item.objects.size() / 2);
    return item.name;
}

// One item on space's floor in its middle, lying flat, or on its edge along y where the space
// is thinnest across (a door's cavity).
ContrabandGoods item(const QString &kind, const Bounds3 &space, WeighedScene &scene, SceneRandom &random)
{
    const PackableItem thing = threatItem(kind, random);
    Bounds3 local;
    for (const VolumeObject &part : thing.objects)
        local.include(part.solid->bounds());
    const Vec3 size = sizeOf(space);
    const bool onEdge = size.x < 12; // a door's or sill's cavity
    const Rotation turn = onEdge ? Rotation::aboutAxis({1, 1, 1}, 2 * std::numbers::pi / 3) : Rotation();
    const Bounds3 turned = Placement{turn, {}}.boundsToWorld(local);
    const Vec3 middle = (space.min + space.max) / 2;
    const Vec3 at{middle.x - (turned.min.x + turned.max.x) / 2, middle.y - (turned.min.y + turned.max.y) / 2,
                  space.min.z + 0.1 - turned.min.z};
    ContrabandGoods goods{thing.category, thing.mainMaterial, noteOf(kind, thing), 0, {}};
    for (const VolumeObject &part : thing.objects) {
        auto placed = std::make_shared<PlacedSolid>(part.solid, Placement{turn, at});
        goods.objects.push_back(
            scene.add(placed, SolidVolumes::measured(*part.solid, 0.2), part.material, part.densityGcm3));
    }
    const size_t counted = kind == u"explosive" ? 1 : goods.objects.size();
    for (size_t i = 0; i < counted; ++i)
        goods.massKg += scene.massKg(goods.objects[i]);
    return goods;
}

} // namespace

ContrabandGoods fill(const QString &kind, const Bounds3 &space, WeighedScene &scene, SceneRandom &random)
{
    if (kind == u"cigarettes")
        return cigarettes(space, scene, random);
    if (kind == u"cocaine" || kind == u"heroin")
        return bricks(kind, space, scene, random);
    return item(kind, space, scene, random);
}

} // namespace pen::VehicleContraband
