// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/HiddenCargo.h"

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

// Cells of a block holding at least want, kept under its top layer where it has more than one.
CellRange hole(const GoodsBlock &block, Vec3 unit, Vec3 want, SceneRandom &random)
{
    const Counts n = block.counts;
    const Vec3 u = unit;
    Counts c{std::clamp(int(std::ceil(want.x / u.x)), 1, n[0]), std::clamp(int(std::ceil(want.y / u.y)), 1, n[1]),
             std::clamp(int(std::ceil(want.z / u.z)), 1, std::max(1, n[2] - 1))};
    CellRange r;
    for (int a = 0; a < 3; ++a) {
        const int room = n[a] - c[a] - (a == 2 && n[2] > 1 ? 1 : 0);
        r.from[a] = random.integer(0, std::max(0, room));
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

} // namespace

HiddenPlan reserve(const ScenePlan &plan, SceneRandom &random)
{
    HiddenPlan hidden;
    for (const Contraband &c : plan.contraband)
        hidden.spots.push_back({c.kind, c.concealment, {}, {}, 1, {}, false, -1, {}});
    if (plan.inconsistency == u"undeclared-goods") {
        const QString kind = random.chance(0.6) ? QStringLiteral("cigarettes") : QStringLiteral("textile-bales");
        hidden.spots.push_back({kind, Concealment::InsideGoods, plan.inconsistency, {}, 1, {}, false, -1, {}});
    }
    for (const HiddenSpot &spot : hidden.spots) {
        if (spot.how == Concealment::FalseWall && hidden.compartmentDepth == 0 && hidden.falseFloorHeight == 0) {
            if (random.chance(0.35))
                hidden.falseFloorHeight = random.uniform(12, 20);
            else
                hidden.compartmentDepth = random.uniform(30, 60);
        }
        if (spot.how == Concealment::Open)
            hidden.doorSpace = 70;
    }
    return hidden;
}

double falseWallY(const HiddenPlan &hidden, const ContainerFrame &frame)
{
    return frame.inside().max.y - hidden.compartmentDepth;
}

Bounds3 goodsSpace(const HiddenPlan &hidden, const ContainerFrame &frame)
{
    Bounds3 space = frame.inside();
    if (hidden.compartmentDepth > 0)
        space.max.y = falseWallY(hidden, frame) - 4;
    if (hidden.falseFloorHeight > 0)
        space.min.z += hidden.falseFloorHeight + FalseFloorThickness;
    space.min.y += hidden.doorSpace;
    return space;
}

void locate(HiddenPlan &hidden, const ContainerFrame &frame, std::vector<GoodsBlock> &blocks,
            const GoodsPacking &packing, SceneRandom &random)
{
    // Open items stand on whatever floor the goods stand on, false or not.
    const Bounds3 inside = frame.inside(), aboveFloor = goodsSpace(hidden, frame);
    Bounds3 compartment = inside, doorway = aboveFloor;
    compartment.min.y = falseWallY(hidden, frame) + 0.5;
    compartment.max.y -= 0.5;
    if (hidden.falseFloorHeight > 0) { // the front part of the space under the false floor
        compartment.min.y = compartment.max.y - random.uniform(150, 350);
        compartment.max.z = inside.min.z + hidden.falseFloorHeight - 0.2;
    }
    doorway.min.y = inside.min.y + 1;
    doorway.max.y = inside.min.y + hidden.doorSpace - 1;
    const auto count = [&](Concealment how) {
        return int(
            std::count_if(hidden.spots.begin(), hidden.spots.end(), [&](const HiddenSpot &s) { return s.how == how; }));
    };
    int walled = 0, open = 0;
    for (HiddenSpot &spot : hidden.spots) {
        if (spot.how == Concealment::FalseWall) {
            spot.firstInCompartment = walled == 0;
            spot.space = slice(compartment, walled++, count(Concealment::FalseWall));
            spot.share = shareFor(spot.kind, true, random);
            continue;
        }
        // Behind dense goods where a row allows it, else among the goods, else in the open.
        bool placed = spot.how == Concealment::BehindDense && behindDense(spot, blocks, packing, random);
        if (!placed && spot.how != Concealment::Open)
            placed = insideGoods(spot, blocks, packing, random);
        if (!placed) {
            spot.space = slice(hidden.doorSpace > 0 ? doorway : aboveFloor, open++, count(Concealment::Open) + 1);
            spot.share = shareFor(spot.kind, false, random);
        }
    }
}

} // namespace pen::HiddenCargo
