// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/VehicleLoad.h"

#include "scenes/CarBody.h"
#include "scenes/CarInterior.h"
#include "scenes/CarRunningGear.h"
#include "scenes/CargoGoods.h"
#include "scenes/CargoSolids.h"
#include "scenes/GoodsPacking.h"
#include "scenes/VanCargo.h"
#include "scenes/VehicleContraband.h"
#include "scenes/VehicleHiding.h"

namespace pen::VehicleLoad {
namespace {

Bounds3 boundsOf(const std::vector<size_t> &objects, const WeighedScene &scene)
{
    Bounds3 all;
    for (size_t i : objects)
        all.include(scene.scene()[i].solid->bounds());
    return all;
}

CargoTarget target(const QString &id, const QString &category, const std::vector<size_t> &objects,
                   const WeighedScene &scene)
{
    CargoTarget t;
    t.truth.id = id;
    t.truth.category = category;
    t.objects = objects;
    t.bounds = boundsOf(objects, scene);
    return t;
}

// The van's cartons of T-shirts, and the hollows of the cartons emptied for hidden items given to
// those items (several items in the last hollow share it side by side).
void loadVan(VehicleHidingPlan &hiding, WeighedScene &scene, SceneRandom &random, const AttenuationTable &table,
             CargoLoad &load, std::vector<size_t> &goods)
{
    const GoodsPacking packing = GoodsPacking::forKind(QStringLiteral("t-shirts"), random, table);
    const VanCartons cartons = VanCargo::load(packing, hiding.cargoSpace, hiding.amongCartons, scene, random);
    load.shipment.goods = CargoGoods::find(QStringLiteral("t-shirts"));
    load.shipment.units = cartons.units;
    load.shipment.goodsMassKg = cartons.massKg;
    load.goods = boundsOf(cartons.objects, scene);
    goods = cartons.objects;
    const int shared = hiding.amongCartons - int(cartons.hollows.size()) + 1;
    int k = 0;
    for (Bounds3 &space : hiding.spaces) {
        if (!space.isEmpty())
            continue;
        const size_t hollow = std::min(size_t(k), cartons.hollows.size() - 1);
        Bounds3 room = cartons.hollows[hollow];
        if (hollow + 1 == cartons.hollows.size() && shared > 1) {
            const int part = k - int(hollow);
            const double step = (room.max.x - room.min.x) / shared;
            room.min.x += part * step;
            room.max.x = room.min.x + step;
        }
        space = room;
        ++k;
    }
}

// The hidden items as targets o1, o2, ... in plan order; the false floor, with what lies under
// it, as its own target c1 where the plan asks.
void addHidden(const ScenePlan &plan, const VehicleHidingPlan &hiding, WeighedScene &scene, SceneRandom &random,
               CargoLoad &load)
{
    std::vector<size_t> compartment;
    if (!hiding.falseFloor.isEmpty())
        compartment.push_back(
            CargoSolids::box(scene, hiding.falseFloor.min, hiding.falseFloor.max, QStringLiteral("iron")));
    if (!hiding.falseBulkhead.isEmpty())
        CargoSolids::box(scene, hiding.falseBulkhead.min, hiding.falseBulkhead.max, QStringLiteral("iron"));
    for (qsizetype i = 0; i < plan.contraband.size(); ++i) {
        const Contraband &c = plan.contraband[i];
        const ContrabandGoods goods = VehicleContraband::fill(c.kind, hiding.spaces[size_t(i)], scene, random);
        CargoTarget t = target(QStringLiteral("o%1").arg(i + 1), goods.category, goods.objects, scene);
        t.truth.material = goods.material;
        t.truth.massKg = goods.massKg;
        t.truth.note = goods.note + QStringLiteral(", ") + hiding.places.value(i);
        load.targets.push_back(t);
        if (c.concealment == Concealment::FalseWall && !hiding.falseFloor.isEmpty())
            compartment.insert(compartment.end(), goods.objects.begin(), goods.objects.end());
    }
    if (!plan.recordCompartment || hiding.falseFloor.isEmpty())
        return;
    CargoTarget floor = target(QStringLiteral("c1"), QStringLiteral("hidden-compartment"), compartment, scene);
    floor.truth.material = QStringLiteral("iron");
    floor.truth.note = QStringLiteral("false floor: a steel plate over the floor with goods under it");
    load.targets.push_back(floor);
}

} // namespace

CargoLoad build(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table)
{
    const bool van = random.chance(0.5);
    const VehicleFrame frame = VehicleFrame::draw(van, random);
    WeighedScene scene(table);
    CarBody::build(frame, scene);
    CargoLoad load;
    load.container = frame.outside();
    CarRunningGear::build(frame, scene, random);
    CarInterior::build(frame, scene);
    VehicleHidingPlan hiding = VehicleHiding::plan(plan, frame, random);
    std::vector<size_t> goods;
    if (van)
        loadVan(hiding, scene, random, table, load, goods);
    addHidden(plan, hiding, scene, random, load);
    load.extent = scene.bounds(0, scene.size());
    load.scene = scene.scene();
    return load;
}

} // namespace pen::VehicleLoad
