// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/HoldLayout.h"

#include <algorithm>
#include <cmath>

namespace pen::HoldLayout {
namespace {

// The rows and stacks: how many units a block holds in x and y, the highest stack, the row pitch.
struct Stowage {
    int nx = 1, ny = 1, maxLayers = 1, rows = 0, perRow = 1;
    double rowLength = 0, gap = 0;
};

Stowage stowage(const Bounds3 &space, const GoodsPacking &p, SceneRandom &random)
{
    Stowage s;
    const Vec3 size = space.max - space.min;
    const double base = p.onPallets ? GoodsPacking::PalletHeight : 0;
    s.perRow = p.onPallets ? 2 : 1;
    s.nx = std::max(1, int((p.onPallets ? 100 : size.x) / p.unit.x));
    s.ny = std::max(1, int((p.onPallets ? 120 : p.unit.y) / p.unit.y));
    s.maxLayers = std::max(1, int((size.z - base - 2) / p.unit.z));
    s.rowLength = p.onPallets ? 120 : p.unit.y;
    s.gap = p.onPallets ? random.uniform(2, 6) : 0.5;
    s.rows = std::max(0, int((size.y + s.gap) / (s.rowLength + s.gap)));
    return s;
}

GoodsBlock block(const Bounds3 &space, const GoodsPacking &p, const Stowage &s, int row, bool far, int layers,
                 SceneRandom &random)
{
    GoodsBlock b;
    b.row = row;
    b.far = far;
    b.onPallet = p.onPallets;
    b.counts = {s.nx, s.ny, layers};
    const double y0 = space.max.y - row * (s.rowLength + s.gap) - s.rowLength;
    if (!p.onPallets) {
        b.min = {space.min.x + (space.max.x - space.min.x - s.nx * p.unit.x) / 2, y0, space.min.z};
        return b;
    }
    const double x0 = far ? space.max.x - 100 - random.uniform(0, 8) : space.min.x + random.uniform(0, 8);
    b.palletMin = {x0, y0, space.min.z};
    b.min = {x0 + (100 - s.nx * p.unit.x) / 2, y0 + (120 - s.ny * p.unit.y) / 2,
             space.min.z + GoodsPacking::PalletHeight};
    return b;
}

} // namespace

std::vector<GoodsBlock> plan(const Bounds3 &space, const GoodsPacking &packing, double targetKg, SceneRandom &random)
{
    const Stowage s = stowage(space, packing, random);
    const double layerKg = s.nx * s.ny * packing.unitMassKg;
    // The layers the target asks for, spread over the whole floor as loaders spread weight; only
    // a load of less than a layer a block leaves rows at the doors empty.
    const int needed = std::max(1, int(std::lround(targetKg / layerKg)));
    const int rows = std::min(s.rows, (needed + s.perRow - 1) / s.perRow);
    if (rows <= 0)
        return {};
    const int layers = std::clamp(int(std::lround(double(needed) / (rows * s.perRow))), 1, s.maxLayers);
    std::vector<GoodsBlock> all;
    for (int row = 0; row < rows; ++row)
        for (int side = 0; side < s.perRow; ++side) {
            const int stack = std::clamp(layers + random.integer(-1, 1) * (layers > 2 ? 1 : 0), 1, s.maxLayers);
            all.push_back(block(space, packing, s, row, side == 1, stack, random));
        }
    return all;
}

std::vector<GoodsBlock> plan(const std::vector<Bounds3> &spaces, const GoodsPacking &packing, double targetKg,
                             SceneRandom &random)
{
    double total = 0;
    for (const Bounds3 &space : spaces)
        total += std::max(0.0, space.max.y - space.min.y);
    std::vector<GoodsBlock> all;
    int rows = 0;
    for (const Bounds3 &space : spaces) {
        const double length = std::max(0.0, space.max.y - space.min.y);
        if (length <= 0 || total <= 0)
            continue;
        std::vector<GoodsBlock> part = plan(space, packing, targetKg * length / total, random);
        int last = -1;
        for (GoodsBlock &block : part) {
            block.row += rows;
            last = std::max(last, block.row);
            all.push_back(block);
        }
        rows = std::max(rows, last + 1);
    }
    return all;
}

Bounds3 box(const GoodsBlock &block, Vec3 unit, const CellRange &cells)
{
    const Vec3 low = block.min + Vec3{cells.from[0] * unit.x, cells.from[1] * unit.y, cells.from[2] * unit.z};
    const Vec3 high = block.min + Vec3{cells.to[0] * unit.x, cells.to[1] * unit.y, cells.to[2] * unit.z};
    return {low, high};
}

std::vector<CellRange> untaken(const GoodsBlock &block)
{
    const CellRange &t = block.taken;
    if (t.isEmpty())
        return {block.all()};
    const auto n = block.counts;
    // Slabs on either side along x, then the rest of t's x span along y, then along z.
    const std::vector<CellRange> slabs{
        {{0, 0, 0}, {t.from[0], n[1], n[2]}},
        {{t.to[0], 0, 0}, {n[0], n[1], n[2]}},
        {{t.from[0], 0, 0}, {t.to[0], t.from[1], n[2]}},
        {{t.from[0], t.to[1], 0}, {t.to[0], n[1], n[2]}},
        {{t.from[0], t.from[1], 0}, {t.to[0], t.to[1], t.from[2]}},
        {{t.from[0], t.from[1], t.to[2]}, {t.to[0], t.to[1], n[2]}},
    };
    std::vector<CellRange> ranges;
    std::copy_if(slabs.begin(), slabs.end(), std::back_inserter(ranges),
                 [](const CellRange &r) { return !r.isEmpty(); });
    return ranges;
}

} // namespace pen::HoldLayout
