// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackableItem.h"

#include <QHash>
#include <QList>

namespace pen {

/// One kind of item and how often it turns up among its kind (relative weight).
struct CatalogueEntry {
    QString name; ///< the name of the items it builds
    ItemBuilder build = nullptr;
    double weight = 1;
    int maxPerBag = 0; ///< how many one bag holds at most; 0: no limit

    /// An item built by build, with this entry's name as its kind.
    PackableItem make(std::mt19937 &engine) const;
};

/// The kinds of items to pack, with how common each is.
namespace ItemCatalogue {

/// What travellers pack: clothes most of all, shoes, toiletries, electronics, small metal.
const QList<CatalogueEntry> &travelClutter();
/// The small clutter that fills the last gaps: socks, pens, keys, coins, phones, chargers, cables,
/// wallets, tablets.
const QList<CatalogueEntry> &smallThings();
/// What a parcel holds: goods, books, electronics, clothes, bottles.
const QList<CatalogueEntry> &parcelGoods();
/// Dense things to pack over and beside a threat that hides behind them: laptops, hair dryers,
/// toiletry kits.
const QList<CatalogueEntry> &denseCover();
/// Dense things narrow enough to lie beside a threat across a suitcase: hair dryers, toiletry
/// kits, chargers.
const QList<CatalogueEntry> &denseBeside();
/// Every threat item, one entry per kind (named as the item it builds).
const QList<CatalogueEntry> &threats();
/// The threat of that name, or an entry without a builder.
CatalogueEntry threatNamed(const QString &name);
/// An entry drawn by weight.
const CatalogueEntry &drawFrom(const QList<CatalogueEntry> &entries, std::mt19937 &engine);
/// An entry drawn by weight among those of which the bag (counts: entry name → how many) holds
/// fewer than maxPerBag; null where every entry is at its limit.
const CatalogueEntry *drawFrom(const QList<CatalogueEntry> &entries, std::mt19937 &engine,
                               const QHash<QString, int> &counts);

} // namespace ItemCatalogue
} // namespace pen
