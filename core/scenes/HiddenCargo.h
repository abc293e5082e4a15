// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ContainerFrame.h"
#include "scenes/HoldLayout.h"
#include "scenes/ScenePlan.h"

#include <vector>

namespace pen {

/// Where one hidden item goes in a container and what hides it.
struct HiddenSpot {
    QString kind; ///< a ContrabandFill kind
    Concealment how = Concealment::Open;
    QString inconsistency;           ///< undeclared-goods for goods the declaration does not name
    Bounds3 space;                   ///< the room it fills, from the floor up
    double share = 1;                ///< of the room's height that bulk contraband fills
    Bounds3 cover;                   ///< BehindDense: a crate of steel on the same rays (empty: none)
    bool firstInCompartment = false; ///< FalseWall: this item's target owns the false wall
    int block = -1;                  ///< InsideGoods: the block whose cells it took, or -1
    CellRange cells;                 ///< and those cells
};

/// All the hidden items of a container and the room they take from the goods.
struct HiddenPlan {
    std::vector<HiddenSpot> spots; ///< plan.contraband in order, then undeclared goods
    double compartmentDepth = 0;   ///< a false wall this far before the front wall (0: none)
    double falseFloorHeight = 0;   ///< or a false floor this high over the real one (0: none)
    double doorSpace = 0;          ///< kept clear at the doors for items in the open
};

/// How smugglers use a container: a compartment behind a false front wall or under a false floor
/// (its plywood on a steel sheet, FalseFloorThickness thick, under all the goods), goods taken out of
/// the middle of a stack and replaced, a pallet behind a crate of steel, or loose in the doorway.
namespace HiddenCargo {

constexpr double FalseFloorThickness = 3.1;

/// The items of plan (and undeclared goods when its inconsistency asks for them) and the room
/// they need at the front wall and at the doors.
HiddenPlan reserve(const ScenePlan &plan, SceneRandom &random);
/// The load space left to goods.
Bounds3 goodsSpace(const HiddenPlan &hidden, const ContainerFrame &frame);
/// The y of the false wall's face towards the front wall.
double falseWallY(const HiddenPlan &hidden, const ContainerFrame &frame);
/// Gives every spot its room: a slice of the compartment or the doorway, or cells taken out of
/// blocks (recorded in their taken ranges).
void locate(HiddenPlan &hidden, const ContainerFrame &frame, std::vector<GoodsBlock> &blocks,
            const GoodsPacking &packing, SceneRandom &random);

} // namespace HiddenCargo
} // namespace pen
