// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoPlans.h"

#include "scenes/VehicleLoad.h"

namespace pen::CargoPlans {
namespace {

bool inside(const Bounds3 &inner, const Bounds3 &outer)
{
    return inner.min.x >= outer.min.x && inner.min.y >= outer.min.y && inner.min.z >= outer.min.z
        && inner.max.x <= outer.max.x && inner.max.y <= outer.max.y && inner.max.z <= outer.max.z;
}

// The goods themselves, as the target of a declaration that does not match them.
CargoTarget mismatchOver(const CargoLoad &load, const QString &inconsistency)
{
    CargoTarget target;
    target.truth.id = QStringLiteral("o%1").arg(load.targets.size() + 1);
    target.truth.category = QStringLiteral("other");
    target.truth.massKg = load.shipment.goodsMassKg;
    target.truth.note = QStringLiteral("declaration does not match the load: %1").arg(inconsistency);
    target.truth.inconsistency = inconsistency;
    target.bounds = load.goods;
    for (size_t i = 0; i < load.scene.size(); ++i)
        if (load.scene[i].solid && inside(load.scene[i].solid->bounds(), load.goods))
            target.objects.push_back(i);
    return target;
}

CargoScans build(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                 std::optional<double> marginPx, bool withPixels)
{
    SceneRandom random(SceneRandom::derive(seed, quint32(index)));
    DeclaredLoad declared = declaredLoad(plan, {}, random, table);
    CargoScanOptions options;
    options.id = plan.id;
    options.kind = plan.kind;
    options.noiseSeed = random.nextSeed();
    options.withPixels = withPixels;
    CargoScans scans = CargoScan::scanOf(declared.load, options, marginPx);
    scans.scan.declaration = declared.declaration;
    return scans;
}

} // namespace

bool covers(ObjectKind kind)
{
    return kind == ObjectKind::Container || kind == ObjectKind::Vehicle;
}

DeclaredLoad declaredLoad(const ScenePlan &plan, const QString &goodsKey, SceneRandom &random,
                          const AttenuationTable &table)
{
    DeclaredLoad declared{plan.kind == ObjectKind::Vehicle ? VehicleLoad::build(plan, random, table)
                                                           : ContainerLoad::build(plan, goodsKey, random, table),
                          {}};
    // A car carries no goods to declare; a van its cartons, a container its load.
    if (!plan.declaration || declared.load.shipment.units == 0)
        return declared;
    const bool mismatch = !plan.inconsistency.isEmpty() && plan.inconsistency != u"undeclared-goods";
    declared.declaration = mismatch ? DeclarationMaker::inconsistent(plan.inconsistency, declared.load.shipment, random)
                                    : DeclarationMaker::honest(declared.load.shipment, random);
    if (mismatch)
        declared.load.targets.push_back(mismatchOver(declared.load, plan.inconsistency));
    return declared;
}

Scan scan(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table, bool withPixels)
{
    return build(plan, seed, index, table, std::nullopt, withPixels).scan;
}

CargoScans scanAndTargets(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                          double marginPx, bool withPixels)
{
    return build(plan, seed, index, table, marginPx, withPixels);
}

} // namespace pen::CargoPlans
