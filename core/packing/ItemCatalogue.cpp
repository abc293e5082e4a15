// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ItemCatalogue.h"

#include "packing/ClothingItems.h"
#include "packing/ContainerItems.h"
#include "packing/ElectronicItems.h"
#include "packing/EverydayItems.h"
#include "packing/ThreatItems.h"
#include "tip/PortableRandom.h"

namespace pen {

PackableItem CatalogueEntry::make(std::mt19937 &engine) const
{
    PackableItem item = build(engine);
    item.kind = name;
    return item;
}

namespace ItemCatalogue {

// The limits keep the top-up of the last gaps from packing a dozen pens or seven phones into
// one bag: the thinnest things fit where nothing else does.
const QList<CatalogueEntry> &travelClutter()
{
    static const QList<CatalogueEntry> entries{
        {QStringLiteral("garment"), ClothingItems::foldedGarment, 6, 6},
        {QStringLiteral("small garment"), ClothingItems::smallGarment, 4, 8},
        {QStringLiteral("shoe"), EverydayItems::shoe, 2.5, 4},
        {QStringLiteral("toiletries"), ContainerItems::toiletryKit, 1.5, 2},
        {QStringLiteral("bottle"), ContainerItems::bottle, 1.5, 3},
        {QStringLiteral("can"), ContainerItems::drinksCan, 0.7, 3},
        {QStringLiteral("book"), EverydayItems::book, 1.5, 3},
        {QStringLiteral("phone"), ElectronicItems::phone, 0.8, 2},
        {QStringLiteral("laptop"), ElectronicItems::laptop, 0.5, 1},
        {QStringLiteral("charger"), ElectronicItems::charger, 1.5, 3},
        {QStringLiteral("hair dryer"), ElectronicItems::hairDryer, 0.4, 1},
        {QStringLiteral("umbrella"), EverydayItems::umbrella, 0.6, 1},
        {QStringLiteral("belt"), EverydayItems::belt, 1, 2},
        {QStringLiteral("keys"), EverydayItems::keys, 1, 2},
        {QStringLiteral("coins"), EverydayItems::coins, 1, 2},
        {QStringLiteral("pen"), EverydayItems::pen, 1.5, 4},
    };
    return entries;
}

const QList<CatalogueEntry> &smallThings()
{
    static const QList<CatalogueEntry> entries{
        {QStringLiteral("small garment"), ClothingItems::smallGarment, 3, 8},
        {QStringLiteral("pen"), EverydayItems::pen, 1, 4},
        {QStringLiteral("keys"), EverydayItems::keys, 1, 2},
        {QStringLiteral("coins"), EverydayItems::coins, 1, 2},
        {QStringLiteral("phone"), ElectronicItems::phone, 1, 2},
        {QStringLiteral("charger"), ElectronicItems::charger, 1, 3},
        {QStringLiteral("cable"), EverydayItems::cable, 1, 4},
        {QStringLiteral("wallet"), EverydayItems::wallet, 0.5, 2},
        {QStringLiteral("tablets"), EverydayItems::tablets, 1, 4},
    };
    return entries;
}

const QList<CatalogueEntry> &parcelGoods()
{
    static const QList<CatalogueEntry> entries{
        {QStringLiteral("garment"), ClothingItems::foldedGarment, 4},
        {QStringLiteral("book"), EverydayItems::book, 3},
        {QStringLiteral("shoe"), EverydayItems::shoe, 1.5},
        {QStringLiteral("bottle"), ContainerItems::bottle, 1.5},
        {QStringLiteral("can"), ContainerItems::drinksCan, 1.5},
        {QStringLiteral("phone"), ElectronicItems::phone, 1},
        {QStringLiteral("laptop"), ElectronicItems::laptop, 0.5},
        {QStringLiteral("charger"), ElectronicItems::charger, 1.5},
        {QStringLiteral("toiletries"), ContainerItems::toiletryKit, 1},
        {QStringLiteral("pen"), EverydayItems::pen, 1},
    };
    return entries;
}

const QList<CatalogueEntry> &denseCover()
{
    static const QList<CatalogueEntry> entries{
        {QStringLiteral("laptop"), ElectronicItems::laptop, 3},
        {QStringLiteral("hair dryer"), ElectronicItems::hairDryer, 1},
        {QStringLiteral("toiletries"), ContainerItems::toiletryKit, 1},
    };
    return entries;
}

const QList<CatalogueEntry> &denseBeside()
{
    static const QList<CatalogueEntry> entries{
        {QStringLiteral("hair dryer"), ElectronicItems::hairDryer, 1},
        {QStringLiteral("toiletries"), ContainerItems::toiletryKit, 1},
        {QStringLiteral("charger"), ElectronicItems::charger, 1},
    };
    return entries;
}

const QList<CatalogueEntry> &threats()
{
    static const QList<CatalogueEntry> entries{
        {QStringLiteral("pistol"), ThreatItems::pistol, 1},
        {QStringLiteral("knife"), ThreatItems::knife, 1},
        {QStringLiteral("cocaine brick"), ThreatItems::cocaineBrick, 1},
        {QStringLiteral("heroin brick"), ThreatItems::heroinBrick, 1},
        {QStringLiteral("pipe bomb"), ThreatItems::pipeBomb, 1},
        {QStringLiteral("cigarettes"), ThreatItems::cigarettes, 1},
        {QStringLiteral("banknotes"), ThreatItems::banknotes, 1},
    };
    return entries;
}

CatalogueEntry threatNamed(const QString &name)
{
    for (const CatalogueEntry &entry : threats())
        if (entry.name == name)
            return entry;
    CatalogueEntry unknown;
    unknown.name = name;
    return unknown;
}

const CatalogueEntry *drawFrom(const QList<CatalogueEntry> &entries, std::mt19937 &engine,
                               const QHash<QString, int> &counts)
{
    QList<double> weights;
    for (const CatalogueEntry &entry : entries)
        weights.append(entry.maxPerBag > 0 && counts.value(entry.name) >= entry.maxPerBag ? 0.0 : entry.weight);
    const int index = PortableRandom::weightedIndex(engine, weights);
    return index < 0 ? nullptr : &entries[index];
}

const CatalogueEntry &drawFrom(const QList<CatalogueEntry> &entries, std::mt19937 &engine)
{
    QList<double> weights;
    for (const CatalogueEntry &entry : entries)
        weights.append(entry.weight);
    return entries[PortableRandom::weightedIndex(engine, weights)];
}

} // namespace ItemCatalogue
} // namespace pen
