// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/BagPacker.h"

#include "packing/BagShells.h"
#include "packing/ContainerPacker.h"
#include "packing/ItemCatalogue.h"
#include "tip/PortableRandom.h"

#include <algorithm>
#include <random>

namespace pen::BagPacker {
namespace {

constexpr double TunnelCentreX = 30; // cm: the middle of the 60 cm tunnel
constexpr double StartY = 14;        // cm along the belt: room for the wheels, inside 84 cm of scan
constexpr int RetriesPerSlot = 6;    // other clutter tried where a drawn item does not fit
constexpr int MinItemsTries = 30;
constexpr double FullEnough = 0.8; // mean height over the room's height, where gaps remain
// A threat goes in when the bag is between 15 % and half full (or at its place in the order, if
// that comes first): the big clutter goes in first, so the order alone would leave no room late.
constexpr double MinThreatFill = 0.15;
constexpr double MaxThreatFill = 0.5;

enum class Slot { Clutter, Threat, Drape };

struct Step {
    Slot slot = Slot::Clutter;
    PackableItem item{QString()}; ///< the clutter or threat to drop in (none for a drape)
    double dueAtFill = 1;         ///< a threat goes in by this filled fraction at the latest
    size_t dueAtStep = 0;         ///< or by its place in the order, whichever comes first
};

double footprintArea(const PackableItem &item)
{
    const Vec3 size = item.localBounds.max - item.localBounds.min;
    return size.x * size.y;
}

// The clutter, bigger things first as people pack (loosely: sizes are shuffled by up to ±40 %),
// so that small things end up in the gaps rather than under big ones.
std::vector<Step> clutterByRoughSize(const QList<CatalogueEntry> &goods, int count, std::mt19937 &engine)
{
    std::vector<PackableItem> items;
    std::vector<std::pair<double, size_t>> keyed;
    for (int i = 0; i < count; ++i) {
        items.push_back(ItemCatalogue::drawFrom(goods, engine).build(engine));
        keyed.push_back({footprintArea(items.back()) * PortableRandom::uniformReal(engine, 0.6, 1.4), size_t(i)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<Step> steps;
    for (const auto &[key, index] : keyed)
        steps.push_back({Slot::Clutter, std::move(items[index])});
    return steps;
}

// What goes in at each step: the clutter, with threats in the middle stretch of the order (never
// first or last) and spread garments anywhere after the first few items.
std::vector<Step> packingOrder(const QList<CatalogueEntry> &goods, const PackingOptions &options, std::mt19937 &engine)
{
    // count is every item, threats and spread garments included.
    const int count = PortableRandom::uniformInt(engine, options.minItems, options.maxItems);
    const int drapes = options.drapeGarments ? PortableRandom::uniformInt(engine, count / 12, count / 8) : 0;
    const int clutter = std::max(1, count - drapes - int(options.threats.size()));
    std::vector<Step> order = clutterByRoughSize(goods, clutter, engine);
    for (const QString &name : options.threats) {
        const CatalogueEntry threat = ItemCatalogue::threatNamed(name);
        const int k = PortableRandom::uniformInt(engine, clutter / 5, clutter * 4 / 5);
        if (threat.build)
            order.insert(order.begin() + k,
                         Step{Slot::Threat, threat.build(engine),
                              PortableRandom::uniformReal(engine, MinThreatFill, MaxThreatFill)});
    }
    for (int d = 0; d < drapes; ++d)
        order.insert(order.begin() + PortableRandom::uniformInt(engine, 4, int(order.size())), Step{Slot::Drape});
    return order;
}

bool placeSmallThing(ContainerPacker &packer, std::mt19937 &engine)
{
    for (int retry = 0; retry < RetriesPerSlot; ++retry)
        if (packer.place(ItemCatalogue::drawFrom(ItemCatalogue::smallThings(), engine).build(engine)))
            return true;
    return false;
}

// Drops the item in, unless that would leave no room for a waiting threat: then the threat goes
// in first.
void placeClutterLeavingRoom(ContainerPacker &packer, const PackableItem &item, std::vector<Step> &threatsWaiting,
                             std::mt19937 &engine)
{
    const bool threatFits = !threatsWaiting.empty() && packer.fits(threatsWaiting.front().item);
    const bool placed = packer.place(item) || placeSmallThing(packer, engine);
    if (!placed || !threatFits || packer.fits(threatsWaiting.front().item))
        return;
    packer.takeOutLast();
    if (packer.place(threatsWaiting.front().item))
        threatsWaiting.erase(threatsWaiting.begin());
    if (!packer.place(item))
        placeSmallThing(packer, engine);
}

// Threats whose place in the order (step) or whose fill has come.
void placeDueThreats(ContainerPacker &packer, std::vector<Step> &waiting, size_t step)
{
    const double fill = packer.filledFraction();
    for (auto it = waiting.begin(); it != waiting.end();) {
        if ((fill >= it->dueAtFill || step >= it->dueAtStep) && packer.place(it->item))
            it = waiting.erase(it);
        else
            ++it;
    }
}

// A bag is packed until it is full, or has as many things as it may: more clutter while it is
// not, small things in the gaps at the end (as in a real bag).
void topUp(ContainerPacker &packer, const PackedBag &bag, const QList<CatalogueEntry> &goods,
           const PackingOptions &options, std::mt19937 &engine)
{
    for (int tries = 0; int(bag.items.size()) < options.maxItems && tries < MinItemsTries; ++tries) {
        const bool enough = int(bag.items.size()) >= options.minItems;
        if (enough && packer.filledFraction() >= FullEnough)
            break;
        const bool placed
            = packer.place(ItemCatalogue::drawFrom(goods, engine).build(engine)) || placeSmallThing(packer, engine);
        if (!placed && enough)
            break;
    }
}

// One packing; threatFill scales the fill at which threats are due (0: at the first chance).
// False where a threat found no room.
bool packOnce(PackedBag &bag, const QList<CatalogueEntry> &goods, const PackingOptions &options, double threatFill,
              std::mt19937 &engine)
{
    ContainerPacker packer(bag, engine);
    std::vector<Step> order = packingOrder(goods, options, engine);
    // Threats are taken out of the order and go in at their place or fill, whichever comes first;
    // one that finds no room goes in at the next chance.
    std::vector<Step> threatsWaiting;
    for (size_t k = 0; k < order.size(); ++k)
        if (order[k].slot == Slot::Threat) {
            threatsWaiting.push_back(std::move(order[k]));
            threatsWaiting.back().dueAtStep = k;
            threatsWaiting.back().dueAtFill *= threatFill;
        }
    for (size_t k = 0; k < order.size(); ++k) {
        placeDueThreats(packer, threatsWaiting, k);
        if (order[k].slot == Slot::Drape)
            packer.drapeGarment();
        else if (order[k].slot == Slot::Clutter)
            placeClutterLeavingRoom(packer, order[k].item, threatsWaiting, engine);
    }
    placeDueThreats(packer, threatsWaiting, order.size());
    topUp(packer, bag, goods, options, engine);
    return threatsWaiting.empty();
}

// Packs again, with threats due earlier each time, where a threat found no room.
PackedBag packInto(const BagShell &shell, const QList<CatalogueEntry> &goods, const PackingOptions &options,
                   std::mt19937 &engine)
{
    PackedBag bag;
    for (const double threatFill : {1.0, 0.5, 0.0}) {
        bag = {shell.objects, {}, shell.name, int(shell.objects.size()), shell.inner};
        if (packOnce(bag, goods, options, threatFill, engine))
            break;
    }
    return bag;
}

} // namespace

PackedBag packSuitcase(quint32 seed, const PackingOptions &options)
{
    std::mt19937 engine(seed);
    const BagShell shell = suitcaseShell(engine, {35, 55, 22}, TunnelCentreX, StartY);
    return packInto(shell, ItemCatalogue::travelClutter(), options, engine);
}

PackedBag packParcel(quint32 seed, const PackingOptions &options)
{
    std::mt19937 engine(seed);
    // A carton that holds a threat is big enough for the biggest (cigarette cartons, 27 × 37 cm).
    const bool holdsThreat = !options.threats.isEmpty();
    const Vec3 inner{double(PortableRandom::uniformInt(engine, holdsThreat ? 30 : 25, 38)),
                     double(PortableRandom::uniformInt(engine, holdsThreat ? 40 : 30, 50)),
                     double(PortableRandom::uniformInt(engine, 15, 28))};
    return packInto(parcelCarton(inner, TunnelCentreX, StartY), ItemCatalogue::parcelGoods(), options, engine);
}

} // namespace pen::BagPacker
