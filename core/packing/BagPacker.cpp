// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/BagPacker.h"

#include "packing/BagShells.h"
#include "packing/ContainerPacker.h"
#include "packing/ItemCatalogue.h"
#include "packing/ItemShapes.h"
#include "tip/PortableRandom.h"

#include <algorithm>
#include <optional>
#include <random>

namespace pen::BagPacker {
namespace {

constexpr double TunnelCentreX = 30; // cm: the middle of the 60 cm tunnel
constexpr double StartY = 14;        // cm along the belt: room for the wheels, inside 84 cm of scan
constexpr int RetriesPerSlot = 6;    // other clutter tried where a drawn item does not fit
constexpr int MinItemsTries = 60;
constexpr double FullEnough = 0.8; // mean height over the room's height, where gaps remain
// A threat goes in when the bag is between 15 % and half full (or at its place in the order, if
// that comes first): the big clutter goes in first, so the order alone would leave no room late.
constexpr double MinThreatFill = 0.15;
constexpr double MaxThreatFill = 0.5;
constexpr double NeverByFill = 2;     // a filled fraction never reached: due by the order alone
constexpr int DenseCovers = 2;        // dense things packed over a threat that hides behind them
constexpr double FalseFloorGapCm = 3; // round a false floor, room for its few degrees of slack
constexpr int FalseFloorTries = 8;    // a dense cover's centre this far past the threat's side

enum class Slot { Clutter, Threat, Drape };

struct Step {
    Slot slot = Slot::Clutter;
    PackableItem item{QString()}; ///< the clutter or threat to drop in (none for a drape)
    double dueAtFill = 1;         ///< a threat goes in by this filled fraction at the latest
    size_t dueAtStep = 0;         ///< or by its place in the order, whichever comes first
    ThreatCover cover = ThreatCover::AmongClutter;
};

double footprintArea(const PackableItem &item)
{
    const Vec3 size = item.localBounds.max - item.localBounds.min;
    return size.x * size.y;
}

// How many things of each catalogue entry a bag holds, counted as they are drawn: the clutter up
// front, small things and the top-up as they go in; the catalogue's limits hold for the sum.
using ItemCounts = QHash<QString, int>;

// The clutter, bigger things first as people pack (loosely: sizes are shuffled by up to ±40 %),
// so that small things end up in the gaps rather than under big ones.
std::vector<Step> clutterByRoughSize(const QList<CatalogueEntry> &goods, int count, ItemCounts &counts,
                                     std::mt19937 &engine)
{
    std::vector<PackableItem> items;
    std::vector<std::pair<double, size_t>> keyed;
    for (int i = 0; i < count; ++i) {
        const CatalogueEntry *entry = ItemCatalogue::drawFrom(goods, engine, counts);
        if (!entry)
            break; // every kind at its limit: the top-up fills the rest
        items.push_back(entry->make(engine));
        ++counts[entry->name];
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
std::vector<Step> packingOrder(const QList<CatalogueEntry> &goods, const PackingOptions &options, ItemCounts &counts,
                               std::mt19937 &engine)
{
    // count is every item, threats and spread garments included.
    const int count = PortableRandom::uniformInt(engine, options.minItems, options.maxItems);
    const int drapes = options.drapeGarments ? PortableRandom::uniformInt(engine, count / 12, count / 8) : 0;
    const int wantedClutter = std::max(1, count - drapes - int(options.threats.size()));
    std::vector<Step> order = clutterByRoughSize(goods, wantedClutter, counts, engine);
    const int clutter = int(order.size()); // fewer where the catalogue's limits ran out
    for (const ThreatToPack &wanted : options.threats) {
        const CatalogueEntry threat = ItemCatalogue::threatNamed(wanted.name);
        int k = PortableRandom::uniformInt(engine, clutter / 5, clutter * 4 / 5);
        double dueAtFill = PortableRandom::uniformReal(engine, MinThreatFill, MaxThreatFill);
        if (wanted.cover == ThreatCover::OnTop) {
            k = clutter;
            dueAtFill = NeverByFill;
        } else if (wanted.cover == ThreatCover::UnderFalseFloor) {
            k = 0;
            dueAtFill = 0;
        }
        if (threat.build)
            order.insert(order.begin() + k, Step{Slot::Threat, threat.make(engine), dueAtFill, 0, wanted.cover});
    }
    for (int d = 0; d < drapes; ++d)
        order.insert(order.begin() + PortableRandom::uniformInt(engine, 4, int(order.size())), Step{Slot::Drape});
    return order;
}

// Places one more item drawn from entries within the counts' limits, counting it; false where it
// does not fit.
bool placeCounted(ContainerPacker &packer, const QList<CatalogueEntry> &entries, ItemCounts &counts,
                  std::mt19937 &engine)
{
    const CatalogueEntry *entry = ItemCatalogue::drawFrom(entries, engine, counts);
    if (!entry || !packer.place(entry->make(engine)))
        return false;
    ++counts[entry->name];
    return true;
}

bool placeSmallThing(ContainerPacker &packer, ItemCounts &counts, std::mt19937 &engine)
{
    for (int retry = 0; retry < RetriesPerSlot; ++retry)
        if (placeCounted(packer, ItemCatalogue::smallThings(), counts, engine))
            return true;
    return false;
}

// Dense things packed over the threat, on the rays of the view from above or below.
void coverWithDense(ContainerPacker &packer, const Bounds3 &threat, std::mt19937 &engine)
{
    const Vec3 overCentre{(threat.min.x + threat.max.x) / 2, (threat.min.y + threat.max.y) / 2, threat.max.z};
    for (int k = 0; k < DenseCovers; ++k)
        packer.placeNear(ItemCatalogue::drawFrom(ItemCatalogue::denseCover(), engine).make(engine), overCentre);
}

// A dense thing beside the threat across the belt, at its height, on the rays of the side view,
// where there is room nearest: on the side away from the dense thing already there, if any.
void flankWithDense(ContainerPacker &packer, const Bounds3 &threat, std::optional<double> denseCentreX,
                    std::mt19937 &engine)
{
    const PackableItem dense = ItemCatalogue::drawFrom(ItemCatalogue::denseBeside(), engine).make(engine);
    const Vec3 size = dense.localBounds.max - dense.localBounds.min;
    const double halfWidth = std::min(size.x, size.y) / 2;
    const double threatCentreX = (threat.min.x + threat.max.x) / 2;
    const bool towardsMax = denseCentreX ? *denseCentreX < threatCentreX : PortableRandom::chance(engine, 0.5);
    const double x = towardsMax ? threat.max.x + halfWidth : threat.min.x - halfWidth;
    packer.placeNear(dense, {x, (threat.min.y + threat.max.y) / 2, threat.min.z});
}

// The threat beside a dense thing across the belt, at its height: the dense thing goes in first,
// the threat as near its side as there is room. False where the threat fits nowhere; denseCentreX
// is where the dense thing went, if it found room.
bool placeBesideDense(ContainerPacker &packer, const PackedBag &bag, const PackableItem &threat,
                      std::optional<double> &denseCentreX, std::mt19937 &engine)
{
    if (!packer.place(ItemCatalogue::drawFrom(ItemCatalogue::denseBeside(), engine).make(engine)))
        return packer.place(threat);
    const Bounds3 dense = bag.items.back().bounds;
    denseCentreX = (dense.min.x + dense.max.x) / 2;
    const Vec3 size = threat.localBounds.max - threat.localBounds.min;
    const double halfWidth = std::min(size.x, size.y) / 2;
    const double x = PortableRandom::chance(engine, 0.5) ? dense.max.x + halfWidth : dense.min.x - halfWidth;
    return packer.placeNear(threat, {x, (dense.min.y + dense.max.y) / 2, dense.min.z}) || packer.place(threat);
}

// The threat where its cover puts it; where it hides behind dense things, they lie on both sides
// of it across the belt (the side view's rays) and over it (the top view's).
bool placeThreat(ContainerPacker &packer, const PackedBag &bag, const Step &threat, std::mt19937 &engine)
{
    if (threat.cover != ThreatCover::UnderDense)
        return packer.place(threat.item);
    std::optional<double> denseCentreX;
    if (!placeBesideDense(packer, bag, threat.item, denseCentreX, engine))
        return false;
    const Bounds3 placed = bag.items.back().bounds;
    flankWithDense(packer, placed, denseCentreX, engine);
    coverWithDense(packer, placed, engine);
    return true;
}

// Threats whose place in the order (step) or whose fill has come.
void placeDueThreats(ContainerPacker &packer, const PackedBag &bag, std::vector<Step> &waiting, size_t step,
                     std::mt19937 &engine)
{
    const double fill = packer.filledFraction();
    for (auto it = waiting.begin(); it != waiting.end();) {
        if ((fill >= it->dueAtFill || step >= it->dueAtStep) && placeThreat(packer, bag, *it, engine))
            it = waiting.erase(it);
        else
            ++it;
    }
}

// Drops the item in, unless that would leave no room for a waiting threat: then the threat goes
// in first.
void placeClutterLeavingRoom(ContainerPacker &packer, const PackedBag &bag, const PackableItem &item,
                             std::vector<Step> &threatsWaiting, ItemCounts &counts, std::mt19937 &engine)
{
    const bool threatFits = !threatsWaiting.empty() && packer.fits(threatsWaiting.front().item);
    const bool placed = packer.place(item) || placeSmallThing(packer, counts, engine);
    if (!placed || !threatFits || packer.fits(threatsWaiting.front().item))
        return;
    packer.takeOutLast();
    if (placeThreat(packer, bag, threatsWaiting.front(), engine))
        threatsWaiting.erase(threatsWaiting.begin());
    if (!packer.place(item))
        placeSmallThing(packer, counts, engine);
}

// A panel over the whole floor: thin plywood on a steel sheet, as in a smuggler's suitcase.
PackableItem falseFloor(const Bounds3 &inner)
{
    const Vec3 size = inner.max - inner.min;
    PackableItem item{QStringLiteral("false floor")};
    item.add(ItemShapes::box({size.x - FalseFloorGapCm, size.y - FalseFloorGapCm, 0.5}, {0, 0, 0.05}),
             QStringLiteral("cellulose"), 0.6);
    item.add(ItemShapes::box({size.x - FalseFloorGapCm, size.y - FalseFloorGapCm, 0.05}, {0, 0, -0.225}),
             QStringLiteral("steel_304"));
    item.mainMaterial = QStringLiteral("cellulose");
    item.staysFlat = true;
    return item;
}

// Threats that hide under a false floor go in first, on the floor, and the false floor over them.
void packUnderFalseFloor(ContainerPacker &packer, PackedBag &bag, std::vector<Step> &waiting)
{
    bool any = false;
    for (auto it = waiting.begin(); it != waiting.end();) {
        if (it->cover == ThreatCover::UnderFalseFloor && packer.place(it->item)) {
            it = waiting.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    // A pose is drawn at each try, and the floor fits only the right way round.
    for (int tries = 0; any && tries < FalseFloorTries; ++tries)
        if (packer.place(falseFloor(bag.inner))) {
            bag.items.back().isFalseFloor = true;
            // It rests on the walls' ledges round it: nothing falls into the gap at its edges.
            packer.raiseSurfaceTo(bag.items.back().bounds.max.z - bag.inner.min.z);
            return;
        }
}

// A bag is packed until it is full, or has as many things as it may: more clutter while it is
// not, small things in the gaps at the end (as in a real bag).
void topUp(ContainerPacker &packer, const PackedBag &bag, const QList<CatalogueEntry> &goods,
           const PackingOptions &options, ItemCounts &counts, std::mt19937 &engine)
{
    for (int tries = 0; int(bag.items.size()) < options.maxItems && tries < MinItemsTries; ++tries) {
        const bool enough = int(bag.items.size()) >= options.minItems;
        if (enough && packer.filledFraction() >= FullEnough)
            break;
        const bool placed = placeCounted(packer, goods, counts, engine) || placeSmallThing(packer, counts, engine);
        if (!placed && enough)
            break;
    }
}

// One packing; threatFill scales the fill at which threats are due (0: at the first chance).
// False where a threat found no room.
bool packOnce(PackedBag &bag, const QList<CatalogueEntry> &goods, const PackingOptions &options, double threatFill,
              std::mt19937 &engine)
{
    ContainerPacker packer(bag, engine, options.largeSlant);
    ItemCounts counts;
    std::vector<Step> order = packingOrder(goods, options, counts, engine);
    // Threats are taken out of the order and go in at their place or fill, whichever comes first;
    // one that finds no room goes in at the next chance.
    std::vector<Step> threatsWaiting;
    for (size_t k = 0; k < order.size(); ++k)
        if (order[k].slot == Slot::Threat) {
            threatsWaiting.push_back(std::move(order[k]));
            threatsWaiting.back().dueAtStep = k;
            threatsWaiting.back().dueAtFill *= threatFill;
        }
    packUnderFalseFloor(packer, bag, threatsWaiting);
    for (size_t k = 0; k < order.size(); ++k) {
        placeDueThreats(packer, bag, threatsWaiting, k, engine);
        if (order[k].slot == Slot::Drape)
            packer.drapeGarment();
        else if (order[k].slot == Slot::Clutter)
            placeClutterLeavingRoom(packer, bag, order[k].item, threatsWaiting, counts, engine);
    }
    placeDueThreats(packer, bag, threatsWaiting, order.size(), engine);
    topUp(packer, bag, goods, options, counts, engine);
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
