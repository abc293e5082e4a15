// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/VanCargo.h"

#include "scenes/HoldLayout.h"

#include <algorithm>

namespace pen::VanCargo {
namespace {

constexpr double CartonWall = 0.5; // as CartonGoods' cartons

// How many units along each axis: all that fit across, a drawn number of rows and layers (a
// part load, as vans usually carry), enough rows for the emptied cartons.
std::array<int, 3> countsFor(Vec3 unit, Vec3 space, int emptied, SceneRandom &random)
{
    const int across = std::max(1, int(space.x / unit.x)), rowsFit = std::max(1, int(space.y / unit.y)),
              layersFit = std::max(1, int(space.z / unit.z));
    const int rows = std::clamp(random.integer(std::min(2, rowsFit), rowsFit), std::min(emptied, rowsFit), rowsFit);
    return {across, rows, std::min(layersFit, random.integer(1, 3))};
}

} // namespace

VanCartons load(const GoodsPacking &packing, const Bounds3 &space, int emptied, WeighedScene &scene,
                SceneRandom &random)
{
    const Vec3 u = packing.unit, size = space.max - space.min;
    GoodsBlock block;
    block.counts = countsFor(u, size, emptied, random);
    // Against the bulkhead, in the middle across.
    block.min = {space.min.x + (size.x - block.counts[0] * u.x) / 2, space.max.y - block.counts[1] * u.y, space.min.z};
    if (emptied > 0) {
        const int rows = std::min(emptied, block.counts[1]), first = random.integer(0, block.counts[1] - rows);
        const int middle = block.counts[0] / 2, layer = random.integer(0, block.counts[2] - 1);
        block.taken = {{middle, first, layer}, {middle + 1, first + rows, layer + 1}};
    }
    VanCartons cartons;
    for (const CellRange &cells : HoldLayout::untaken(block)) {
        const size_t first = scene.size();
        packing.place(scene, HoldLayout::box(block, u, cells).min, cells.counts(), random);
        cartons.units += cells.counts()[0] * cells.counts()[1] * cells.counts()[2];
        cartons.massKg += scene.massKg(first, scene.size());
        for (size_t i = first; i < scene.size(); ++i)
            cartons.objects.push_back(i);
    }
    if (block.taken.isEmpty())
        return cartons;
    const Bounds3 taken = HoldLayout::box(block, u, block.taken);
    packing.packaging(scene, taken.min, block.taken.counts(), random);
    for (int row = 0; row < block.taken.counts()[1]; ++row) {
        const Vec3 min = taken.min + Vec3{0, row * u.y, 0};
        cartons.hollows.push_back(Bounds3{min, min + u}.expanded(-CartonWall - 0.1));
    }
    // More items than rows: the last carton holds the rest (VehicleLoad slices it).
    return cartons;
}

} // namespace pen::VanCargo
