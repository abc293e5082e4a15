// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/GoodsPacking.h"

#include <vector>

namespace pen {

/// Cells [from, to) of a block along x, y and z.
struct CellRange {
    std::array<int, 3> from{0, 0, 0};
    std::array<int, 3> to{0, 0, 0};

    bool isEmpty() const { return to[0] <= from[0] || to[1] <= from[1] || to[2] <= from[2]; }
    std::array<int, 3> counts() const { return {to[0] - from[0], to[1] - from[1], to[2] - from[2]}; }
};

/// Units of goods stacked on a regular grid on one pallet, or across the floor in one row.
struct GoodsBlock {
    Vec3 min;                  ///< the low corner of its goods, cm
    Vec3 palletMin;            ///< the low corner of its pallet, where it has one
    std::array<int, 3> counts; ///< units along x, y, z
    bool onPallet = false;     ///< the pallet stands under min
    int row = 0;               ///< 0 at the front wall
    bool far = false;          ///< the pallet away from the source (larger x)
    CellRange taken;           ///< cells kept free for a hidden item or what covers it

    CellRange all() const { return {{0, 0, 0}, counts}; }
};

/// How goods are stowed in a container: in rows from the front wall towards the doors, pallets
/// two abreast or floor-loaded units across the whole width, stacked as high as the goods'
/// weight allows.
namespace HoldLayout {

/// Blocks filling space (the load space less any hidden compartment) until the load weighs about
/// targetKg or the space is full.
std::vector<GoodsBlock> plan(const Bounds3 &space, const GoodsPacking &packing, double targetKg, SceneRandom &random);

/// Blocks filling each of spaces (given from the front wall towards the doors), the target shared
/// by their lengths; rows are numbered on from one space to the next.
std::vector<GoodsBlock> plan(const std::vector<Bounds3> &spaces, const GoodsPacking &packing, double targetKg,
                             SceneRandom &random);

/// The world box of cells of block.
Bounds3 box(const GoodsBlock &block, Vec3 unit, const CellRange &cells);

/// The cells of block outside block.taken, as up to six ranges.
std::vector<CellRange> untaken(const GoodsBlock &block);

} // namespace HoldLayout
} // namespace pen
