// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/PackedPlans.h"

#include "packing/BagPacker.h"
#include "scenes/SceneRandom.h"

#include <optional>

namespace pen::PackedPlans {
namespace {

PackedScans build(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                  std::optional<double> marginPx, bool withPixels)
{
    SceneRandom random(SceneRandom::derive(seed, quint32(index)));
    const quint32 bagSeed = random.nextSeed();
    const bool parcel = plan.kind == ObjectKind::Parcel;
    PackingOptions packing = parcel ? PackingOptions::parcel() : PackingOptions{};
    for (const Contraband &contraband : plan.contraband)
        packing.threats.append({threatItemFor(contraband.kind), coverFor(contraband.concealment)});
    const PackedBag bag = parcel ? BagPacker::packParcel(bagSeed, packing) : BagPacker::packSuitcase(bagSeed, packing);
    PackedScanOptions options;
    options.id = plan.id;
    options.kind = parcel ? ObjectKind::Parcel : ObjectKind::Baggage;
    options.noiseSeed = random.nextSeed();
    options.withPixels = withPixels;
    options.recordCompartment = plan.recordCompartment;
    const LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
    if (!marginPx)
        return {PackedScene::scanOf(bag, geometry, table, options), {}};
    return PackedScene::scanAndTargetsOf(bag, geometry, table, options, *marginPx);
}

} // namespace

bool covers(ObjectKind kind)
{
    return kind == ObjectKind::Baggage || kind == ObjectKind::Parcel;
}

QString threatItemFor(const QString &contrabandKind)
{
    static const QHash<QString, QString> items{
        {QStringLiteral("cocaine"), QStringLiteral("cocaine brick")},
        {QStringLiteral("heroin"), QStringLiteral("heroin brick")},
        {QStringLiteral("knife"), QStringLiteral("knife")},
        {QStringLiteral("explosive"), QStringLiteral("pipe bomb")},
        {QStringLiteral("currency"), QStringLiteral("banknotes")},
        {QStringLiteral("cigarettes"), QStringLiteral("cigarettes")},
    };
    return items.value(contrabandKind, contrabandKind);
}

ThreatCover coverFor(Concealment concealment)
{
    switch (concealment) {
    case Concealment::Open: return ThreatCover::OnTop;
    case Concealment::InsideGoods: return ThreatCover::AmongClutter;
    case Concealment::BehindDense: return ThreatCover::UnderDense;
    case Concealment::FalseWall: return ThreatCover::UnderFalseFloor;
    }
    return ThreatCover::AmongClutter;
}

Scan scan(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table, bool withPixels)
{
    return build(plan, seed, index, table, std::nullopt, withPixels).scan;
}

PackedScans scanAndTargets(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                           double marginPx, bool withPixels)
{
    return build(plan, seed, index, table, marginPx, withPixels);
}

} // namespace pen::PackedPlans
