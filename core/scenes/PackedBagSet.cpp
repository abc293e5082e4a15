// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/PackedBagSet.h"

#include "packing/ItemCatalogue.h"
#include "scenes/PackedPlans.h"
#include "scenes/SceneRandom.h"

namespace pen::PackedBagSet {
namespace {

struct BagPlan {
    bool parcel = false;
    QString threat; ///< an ItemCatalogue::threats() name, or empty
};

// A quarter parcels, half of all scans loaded, the threats taken in turn from the catalogue.
QList<BagPlan> plans(quint32 seed)
{
    SceneRandom random(SceneRandom::derive(seed, 0xFFFFFFFFu));
    const QList<bool> parcels = random.spread(ScanCount, ScanCount / 4);
    const QList<bool> loaded = random.spread(ScanCount, ScanCount / 2);
    const QList<CatalogueEntry> &threats = ItemCatalogue::threats();
    const int firstThreat = random.integer(0, int(threats.size()) - 1);
    QList<BagPlan> all;
    int k = 0;
    for (int i = 0; i < ScanCount; ++i) {
        BagPlan plan{parcels[i], {}};
        if (loaded[i])
            plan.threat = threats[(firstThreat + k++) % threats.size()].name;
        all.append(plan);
    }
    return all;
}

} // namespace

ImageSet header()
{
    ImageSet set;
    set.name = QStringLiteral("Packed bags");
    set.description = QStringLiteral("Find the threat: %1 dual-view scans of packed suitcases and parcels, "
                                     "a threat among the clutter in about half of them.")
                          .arg(ScanCount);
    set.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    set.round = RoundSettings::defaultsFor(RoundType::FindTheThreat);
    return set;
}

Scan scan(quint32 seed, int index, const AttenuationTable &table, bool withPixels)
{
    const BagPlan bag = plans(seed)[index % ScanCount];
    ScenePlan plan;
    plan.id = QStringLiteral("scan-%1").arg(index + 1, 3, 10, QLatin1Char('0'));
    plan.kind = bag.parcel ? ObjectKind::Parcel : ObjectKind::Baggage;
    if (!bag.threat.isEmpty())
        plan.contraband = {{bag.threat, Concealment::InsideGoods}};
    return PackedPlans::scan(plan, seed, index, table, withPixels);
}

} // namespace pen::PackedBagSet
