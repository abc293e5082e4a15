// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/HiddenCargo.h"

#include "scenes/TractorUnit.h"

#include <algorithm>
#include <cmath>

namespace pen::HiddenCargo {
namespace {

using Counts = std::array<int, 3>;

bool bulk(const QString &kind)
{
    return kind == u"cigarettes" || kind == u"textile-bales";
}

bool drug(const QString &kind)
{
    return kind == u"cocaine" || kind == u"heroin";
}

// How much of its room bulk contraband fills: a hidden compartment is packed, the doorway less so.
double shareFor(const QString &kind, bool compartment, SceneRandom &random)
{
    if (bulk(kind))
        return compartment ? random.uniform(0.6, 0.95) : random.uniform(0.3, 0.6);
    return drug(kind) ? random.uniform(0.1, 0.3) : 1;
}

// The room an item wants taken out of a stack, cm.
Vec3 wanted(const QString &kind, SceneRandom &random)
{
    if (bulk(kind))
        return {random.uniform(60, 110), random.uniform(50, 100), random.uniform(35, 70)};
    if (drug(kind))
        return {random.uniform(36, 60), random.uniform(24, 50), random.uniform(10, 25)};
    return {30, 30, 12};
}

// Cells of a block holding at least want, at any height: goods are taken out of the top layer as
// readily as from under it.
CellRange hole(const GoodsBlock &block, Vec3 unit, Vec3 want, SceneRandom &random)
{
    const Counts n = block.counts;
    const Vec3 u = unit;
    const Counts c{std::clamp(int(std::ceil(want.x / u.x)), 1, n[0]), std::clamp(int(std::ceil(want.y / u.y)), 1, n[1]),
                   std::clamp(int(std::ceil(want.z / u.z)), 1, n[2])};
    CellRange r;
    for (int a = 0; a < 3; ++a) {
        r.from[a] = random.integer(0, std::max(0, n[a] - c[a]));
        r.to[a] = r.from[a] + c[a];
    }
    return r;
}

Bounds3 shrunk(Bounds3 b, double margin)
{
    b.min = b.min + Vec3{margin, margin, 0};
    b.max = b.max - Vec3{margin, margin, margin};
    return b;
}

// A block not yet used, away from the doors where possible; -1 if none is left.
int freeBlock(const std::vector<GoodsBlock> &blocks, SceneRandom &random, bool far)
{
    std::vector<int> free;
    for (int i = 0; i < int(blocks.size()); ++i)
        if (blocks[i].taken.isEmpty() && (!far || blocks[i].far || !blocks[i].onPallet))
            free.push_back(i);
    return free.empty() ? -1 : free[random.integer(0, int(free.size()) - 1)];
}

bool insideGoods(HiddenSpot &spot, std::vector<GoodsBlock> &blocks, const GoodsPacking &packing, SceneRandom &random)
{
    const int i = freeBlock(blocks, random, false);
    if (i < 0)
        return false;
    GoodsBlock &block = blocks[i];
    block.taken = hole(block, packing.unit, wanted(spot.kind, random), random);
    spot.space = shrunk(HoldLayout::box(block, packing.unit, block.taken), 0.5);
    spot.block = i;
    spot.cells = block.taken;
    return true;
}

// Steel on the same rays as cells of block, towards the source: in the next cells of a floor row,
// or on the same layers of the near pallet of its row (when that pallet is still whole).
void coverInFront(HiddenSpot &spot, GoodsBlock &block, std::vector<GoodsBlock> &blocks, Vec3 unit)
{
    CellRange front = block.taken;
    if (!block.onPallet) {
        front.to[0] = front.from[0];
        front.from[0] -= 1;
        block.taken.from[0] = front.from[0];
        spot.cover = HoldLayout::box(block, unit, front);
        return;
    }
    for (GoodsBlock &near : blocks)
        if (near.row == block.row && !near.far && near.taken.isEmpty()) {
            front.from[0] = 0;
            front.to[0] = near.counts[0];
            front.to[2] = std::min(front.to[2], near.counts[2]);
            front.from[2] = std::min(front.from[2], front.to[2] - 1);
            near.taken = front;
            spot.cover = HoldLayout::box(near, unit, front);
        }
}

// The item in the far pallet of a row (or the far cells of a floor row) with steel in front of
// it, unless the goods are dense themselves.
bool behindDense(HiddenSpot &spot, std::vector<GoodsBlock> &blocks, const GoodsPacking &packing, SceneRandom &random)
{
    const int i = freeBlock(blocks, random, true);
    if (i < 0 || (!blocks[i].onPallet && blocks[i].counts[0] < 2))
        return false;
    GoodsBlock &block = blocks[i];
    CellRange cells = hole(block, packing.unit, wanted(spot.kind, random), random);
    // Across the whole pallet, or the far cells of a row with at least one left in front.
    const int width = block.onPallet ? block.counts[0] : std::min(cells.to[0] - cells.from[0], block.counts[0] - 1);
    cells.from[0] = block.counts[0] - width;
    cells.to[0] = block.counts[0];
    block.taken = cells;
    spot.space = shrunk(HoldLayout::box(block, packing.unit, cells), 0.5);
    if (!packing.dense)
        coverInFront(spot, block, blocks, packing.unit);
    return true;
}

// Slices of room across the container, one per item, from x0 to x1.
Bounds3 slice(const Bounds3 &room, int index, int count)
{
    const double width = (room.max.x - room.min.x) / count;
    Bounds3 b = room;
    b.min.x = room.min.x + index * width + 0.5;
    b.max.x = room.min.x + (index + 1) * width - 0.5;
    return b;
}

// Loose on top of a stack not yet topped, anywhere along the load, where there is headroom under
// ceiling for what the item wants.
bool onTop(HiddenSpot &spot, const std::vector<GoodsBlock> &blocks, std::vector<bool> &topped,
           const GoodsPacking &packing, double ceiling, SceneRandom &random)
{
    const Vec3 want = wanted(spot.kind, random);
    std::vector<int> free;
    for (int i = 0; i < int(blocks.size()); ++i) {
        const Bounds3 stack = HoldLayout::box(blocks[i], packing.unit, blocks[i].all());
        if (!topped[size_t(i)] && ceiling - stack.max.z >= std::min(want.z, 32.0) + 1)
            free.push_back(i);
    }
    if (free.empty())
        return false;
    const int i = free[size_t(random.integer(0, int(free.size()) - 1))];
    topped[size_t(i)] = true;
    const double top = HoldLayout::box(blocks[i], packing.unit, blocks[i].all()).max.z;
    Bounds3 room = shrunk(HoldLayout::box(blocks[i], packing.unit, blocks[i].all()), 0.5);
    room.min.z = top + 0.5;
    room.max.z = std::min(ceiling - 0.5, room.min.z + std::max(want.z, 31.0));
    spot.space = room;
    spot.share = 1;
    return true;
}

// Where a compartment's stretch of the load starts: anywhere from the doors to the front wall.
double stretchStart(const Bounds3 &inside, double length, SceneRandom &random)
{
    return random.uniform(inside.min.y + 5, std::max(inside.min.y + 6, inside.max.y - length - 1));
}

void planCompartment(HiddenPlan &hidden, const ContainerFrame &frame, SceneRandom &random)
{
    const Bounds3 inside = frame.inside();
    hidden.room = inside;
    const double pick = random.uniform();
    if (pick < 0.15) { // the classic: a false wall before the front wall
        hidden.compartment = Compartment::FrontWall;
        hidden.room.min.y = inside.max.y - random.uniform(30, 60) + 0.5;
        hidden.room.max.y -= 0.5;
    } else if (pick < 0.45) { // a compartment built into the load, goods loaded before and after it
        hidden.compartment = Compartment::MidLoad;
        const double depth = random.uniform(35, 70), reach = inside.max.y - 130 - depth;
        hidden.room.min.y = random.uniform(inside.min.y + hidden.doorSpace + 70, std::max(reach, inside.min.y + 200));
        hidden.room.max.y = hidden.room.min.y + depth;
    } else if (pick < 0.65) { // under a false floor, along a stretch of it
        hidden.compartment = Compartment::FalseFloor;
        hidden.floorHeight = random.uniform(12, 20);
        const double length = random.uniform(150, 350);
        hidden.room.min.y = stretchStart(inside, length, random);
        hidden.room.max.y = hidden.room.min.y + length;
        hidden.room.max.z = inside.min.z + hidden.floorHeight - 0.2;
    } else { // over a false ceiling under the roof, along a stretch of it
        hidden.compartment = Compartment::RoofCavity;
        const double length = random.uniform(150, 400);
        hidden.room.min.y = stretchStart(inside, length, random);
        hidden.room.max.y = hidden.room.min.y + length;
        hidden.room.min.z = inside.max.z - random.uniform(32, 45);
    }
}

} // namespace

HiddenPlan reserve(const ScenePlan &plan, const ContainerFrame &frame, SceneRandom &random)
{
    HiddenPlan hidden;
    for (const Contraband &c : plan.contraband)
        hidden.spots.push_back({c.kind, c.concealment, {}, {}, 1, {}, false, -1, {}, false, -1});
    if (plan.inconsistency == u"undeclared-goods") {
        const QString kind = random.chance(0.6) ? QStringLiteral("cigarettes") : QStringLiteral("textile-bales");
        hidden.spots.push_back(
            {kind, Concealment::InsideGoods, plan.inconsistency, {}, 1, {}, false, -1, {}, false, -1});
    }
    // Loose items: in the doorway, in a locker of the cab (each its own), or on top of the goods.
    std::vector<int> lockers;
    for (int i = 0; i < TractorUnit::Lockers; ++i)
        lockers.insert(lockers.begin() + random.integer(0, int(lockers.size())), i);
    for (HiddenSpot &spot : hidden.spots) {
        if (spot.how != Concealment::Open)
            continue;
        const double where = random.uniform();
        if (where < 0.2) {
            spot.inDoorway = true;
            hidden.doorSpace = 70;
        } else if (where < 0.55 && !lockers.empty()) {
            spot.locker = lockers.back();
            lockers.pop_back();
        }
    }
    const bool walled = std::any_of(hidden.spots.begin(), hidden.spots.end(),
                                    [](const HiddenSpot &s) { return s.how == Concealment::FalseWall; });
    if (walled)
        planCompartment(hidden, frame, random);
    return hidden;
}

std::vector<double> partitionYs(const HiddenPlan &hidden)
{
    if (hidden.compartment == Compartment::FrontWall)
        return {hidden.room.min.y - 0.5};
    if (hidden.compartment == Compartment::MidLoad)
        return {hidden.room.min.y - 0.5, hidden.room.max.y + 0.5 + PartitionThickness};
    return {};
}

std::vector<Bounds3> goodsSpaces(const HiddenPlan &hidden, const ContainerFrame &frame)
{
    Bounds3 space = frame.inside();
    space.min.y += hidden.doorSpace;
    if (hidden.compartment == Compartment::FalseFloor)
        space.min.z += hidden.floorHeight + FalseFloorThickness;
    if (hidden.compartment == Compartment::RoofCavity)
        space.max.z = hidden.room.min.z - 2;
    if (hidden.compartment == Compartment::FrontWall)
        space.max.y = hidden.room.min.y - PartitionThickness - 4;
    if (hidden.compartment != Compartment::MidLoad)
        return {space};
    Bounds3 front = space, back = space;
    front.min.y = hidden.room.max.y + PartitionThickness + 4;
    back.max.y = hidden.room.min.y - PartitionThickness - 4;
    return {front, back};
}

void locate(HiddenPlan &hidden, const ContainerFrame &frame, std::vector<GoodsBlock> &blocks,
            const GoodsPacking &packing, SceneRandom &random)
{
    // Open items stand on whatever floor the goods stand on, false or not.
    const Bounds3 inside = frame.inside(), aboveFloor = goodsSpaces(hidden, frame).back();
    Bounds3 doorway = aboveFloor;
    doorway.min.y = inside.min.y + 1;
    doorway.max.y = inside.min.y + hidden.doorSpace - 1;
    const auto count = [&](auto &&is) { return int(std::count_if(hidden.spots.begin(), hidden.spots.end(), is)); };
    const int walledCount = count([](const HiddenSpot &s) { return s.how == Concealment::FalseWall; });
    std::vector<bool> topped(blocks.size(), false);
    int walled = 0, open = 0;
    for (HiddenSpot &spot : hidden.spots) {
        if (spot.how == Concealment::FalseWall) {
            spot.firstInCompartment = walled == 0;
            spot.space = slice(hidden.room, walled++, walledCount);
            spot.share = shareFor(spot.kind, true, random);
            continue;
        }
        if (spot.locker >= 0) {
            spot.space = TractorUnit::locker(frame, spot.locker).expanded(-0.5);
            spot.share = shareFor(spot.kind, true, random);
            continue;
        }
        // Behind dense goods where a row allows it, else among the goods, else on top of them,
        // else in the doorway or, where none was kept, wherever the goods leave room.
        bool placed = spot.how == Concealment::BehindDense && behindDense(spot, blocks, packing, random);
        if (!placed && spot.how != Concealment::Open)
            placed = insideGoods(spot, blocks, packing, random);
        if (!placed && !spot.inDoorway)
            placed = onTop(spot, blocks, topped, packing, aboveFloor.max.z, random)
                || insideGoods(spot, blocks, packing, random);
        if (!placed) {
            spot.space = slice(hidden.doorSpace > 0 ? doorway : aboveFloor, open++, int(hidden.spots.size()));
            spot.share = shareFor(spot.kind, false, random);
        }
    }
}

} // namespace pen::HiddenCargo
