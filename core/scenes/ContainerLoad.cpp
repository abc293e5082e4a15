// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/ContainerLoad.h"

#include "scenes/CargoGoods.h"
#include "scenes/Concealment.h"
#include "scenes/ContainerShell.h"
#include "scenes/ContrabandFill.h"
#include "scenes/HiddenCargo.h"
#include "scenes/SemiTrailer.h"
#include "scenes/TractorUnit.h"

namespace pen::ContainerLoad {
namespace {

// The goods as loaded: pallets, then the units of every block outside its taken cells.
struct Loaded {
    std::vector<size_t> objects; ///< the goods' solids, pallets left out
    int units = 0;
};

Loaded loadGoods(const std::vector<GoodsBlock> &blocks, const GoodsPacking &packing, WeighedScene &scene,
                 SceneRandom &random)
{
    Loaded loaded;
    for (const GoodsBlock &block : blocks) {
        if (block.onPallet)
            GoodsPacking::pallet(scene, block.palletMin);
        for (const CellRange &cells : HoldLayout::untaken(block)) {
            const size_t first = scene.size();
            const Vec3 u = packing.unit;
            packing.place(scene, block.min + Vec3{cells.from[0] * u.x, cells.from[1] * u.y, cells.from[2] * u.z},
                          cells.counts(), random);
            loaded.units += cells.counts()[0] * cells.counts()[1] * cells.counts()[2];
            for (size_t i = first; i < scene.size(); ++i)
                loaded.objects.push_back(i);
        }
    }
    return loaded;
}

Bounds3 boundsOf(const std::vector<size_t> &objects, const WeighedScene &scene)
{
    Bounds3 all;
    for (size_t i : objects)
        all.include(scene.scene()[i].solid->bounds());
    return all;
}

CargoTarget target(int number, const QString &category, const std::vector<size_t> &objects, const WeighedScene &scene)
{
    CargoTarget t;
    t.truth.id = QStringLiteral("o%1").arg(number);
    t.truth.category = category;
    t.objects = objects;
    t.bounds = boundsOf(objects, scene);
    return t;
}

// What a container is loaded with, for the hidden items that go among the goods.
struct Hold {
    const ContainerFrame &frame;
    const GoodsPacking &packing;
    const std::vector<GoodsBlock> &blocks;
};

bool isDrug(const QString &kind)
{
    return kind == u"cocaine" || kind == u"heroin";
}

// Drugs among goods go where smugglers put them: in the hollow of tyres (which stay goods), or in
// the goods' own cartons and crates.
ContrabandGoods amongGoods(const HiddenSpot &spot, const Hold &hold, WeighedScene &scene, SceneRandom &random,
                           CargoLoad &load)
{
    const GoodsPacking &p = hold.packing;
    const Vec3 min = HoldLayout::box(hold.blocks[spot.block], p.unit, spot.cells).min;
    const auto counts = spot.cells.counts();
    if (p.key == u"tyres") {
        const size_t first = scene.size();
        p.place(scene, min, counts, random);
        load.shipment.units += counts[0] * counts[1] * counts[2];
        load.shipment.goodsMassKg += scene.massKg(first, scene.size());
        return ContrabandFill::inTyres(spot.kind == u"cocaine" ? QStringLiteral("cocaine_hcl")
                                                               : QStringLiteral("heroin_base"),
                                       min, counts, p.unit, scene);
    }
    if (p.packaging)
        p.packaging(scene, min, counts, random);
    return ContrabandFill::fill(spot.kind, spot.space, spot.share, scene, random);
}

ContrabandGoods hiddenGoods(const HiddenSpot &spot, const Hold &hold, WeighedScene &scene, SceneRandom &random,
                            CargoLoad &load)
{
    if (!spot.cover.isEmpty())
        ContrabandFill::steelCover(spot.cover, scene, random);
    if (spot.how == Concealment::InsideGoods && spot.block >= 0 && isDrug(spot.kind))
        return amongGoods(spot, hold, scene, random, load);
    return ContrabandFill::fill(spot.kind, spot.space, spot.share, scene, random);
}

// The walls, floor or ceiling of the compartment the FalseWall items are hidden in.
std::vector<size_t> compartmentStructure(const HiddenPlan &hidden, const ContainerFrame &frame, WeighedScene &scene)
{
    std::vector<size_t> structure;
    switch (hidden.compartment) {
    case Compartment::None: break;
    case Compartment::FalseFloor: structure = ContainerShell::falseFloor(frame, hidden.floorHeight, scene); break;
    case Compartment::RoofCavity:
        structure
            = ContainerShell::falseCeiling(frame, hidden.room.min.y, hidden.room.max.y, hidden.room.min.z - 0.2, scene);
        break;
    case Compartment::FrontWall:
    case Compartment::MidLoad:
        for (double y : HiddenCargo::partitionYs(hidden))
            structure.push_back(ContainerShell::falseFrontWall(frame, y, scene));
        break;
    }
    return structure;
}

// The hidden items as targets in plan order, each followed by its compartment when the plan asks.
void addHidden(const HiddenPlan &hidden, const Hold &hold, bool recordCompartment, WeighedScene &scene,
               SceneRandom &random, CargoLoad &load)
{
    for (const HiddenSpot &spot : hidden.spots) {
        std::vector<size_t> structure;
        if (spot.firstInCompartment)
            structure = compartmentStructure(hidden, hold.frame, scene);
        const ContrabandGoods goods = hiddenGoods(spot, hold, scene, random, load);
        CargoTarget t = target(int(load.targets.size()) + 1, goods.category, goods.objects, scene);
        t.truth.material = goods.material;
        t.truth.massKg = goods.massKg;
        t.truth.note = goods.note + QStringLiteral(", ") + Concealments::describe(spot.how);
        t.truth.inconsistency = spot.inconsistency;
        load.targets.push_back(t);
        if (recordCompartment && !structure.empty()) {
            structure.insert(structure.end(), goods.objects.begin(), goods.objects.end());
            CargoTarget wall
                = target(int(load.targets.size()) + 1, QStringLiteral("hidden-compartment"), structure, scene);
            wall.truth.material = QStringLiteral("iron");
            wall.truth.note = QStringLiteral("false wall, floor or ceiling with goods behind it");
            load.targets.push_back(wall);
        }
    }
}

} // namespace

CargoLoad build(const ScenePlan &plan, const QString &goodsKey, SceneRandom &random, const AttenuationTable &table)
{
    ContainerFrame frame;
    const bool forty = random.chance(0.55);
    frame.length = forty ? 1219.2 : 605.8; // ISO 668 external lengths
    frame.height = random.chance(0.2) ? 289.6 : 259.1;
    WeighedScene scene(table);
    ContainerShell::build(frame, scene);
    SemiTrailer::build(frame, scene);
    TractorUnit::build(frame, SemiTrailer::kingPinY(frame), scene, random);

    const GoodsKind kind = CargoGoods::find(goodsKey.isEmpty() ? random.pick(CargoGoods::kinds()).key : goodsKey);
    const GoodsPacking packing = GoodsPacking::forKind(kind.key, random, table);
    HiddenPlan hidden = HiddenCargo::reserve(plan, frame, random);
    const double targetKg = random.uniform(packing.minLoadKg, packing.maxLoadKg) * (forty ? 1 : 0.55);
    std::vector<GoodsBlock> blocks
        = HoldLayout::plan(HiddenCargo::goodsSpaces(hidden, frame), packing, targetKg, random);
    HiddenCargo::locate(hidden, frame, blocks, packing, random);
    const Loaded loaded = loadGoods(blocks, packing, scene, random);

    CargoLoad load;
    load.shipment.goods = kind;
    load.shipment.units = loaded.units;
    for (size_t i : loaded.objects)
        load.shipment.goodsMassKg += scene.massKg(i);
    load.goods = boundsOf(loaded.objects, scene);
    addHidden(hidden, {frame, packing, blocks}, plan.recordCompartment, scene, random, load);
    load.container = frame.outside();
    load.extent = scene.bounds(0, scene.size());
    load.scene = scene.scene();
    return load;
}

} // namespace pen::ContainerLoad
