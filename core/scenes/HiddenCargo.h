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
    bool firstInCompartment = false; ///< FalseWall: this item's target owns the compartment's walls
    int block = -1;                  ///< InsideGoods: the block whose cells it took, or -1
    CellRange cells;                 ///< and those cells
    bool inDoorway = false;          ///< Open: loose in the doorway
    int locker = -1;                 ///< Open: in this TractorUnit::locker of the cab; else on top of the goods
};

/// The hidden compartment of a container, built for its FalseWall items.
enum class Compartment {
    None,
    FrontWall,  ///< a false wall a few decimetres before the front wall
    MidLoad,    ///< two partitions across the load space anywhere along it, goods on both sides
    FalseFloor, ///< a false floor over the whole load space, the items under a stretch of it
    RoofCavity, ///< a false ceiling under the roof along a stretch of the load
};

/// All the hidden items of a container and the room they take from the goods.
struct HiddenPlan {
    std::vector<HiddenSpot> spots; ///< plan.contraband in order, then undeclared goods
    Compartment compartment = Compartment::None;
    Bounds3 room;           ///< the compartment's room, which its items share side by side
    double floorHeight = 0; ///< FalseFloor: the false floor this high over the real one
    double doorSpace = 0;   ///< kept clear at the doors for items in the doorway
};

/// How smugglers use a container: a compartment behind a false wall (before the front wall or
/// between two partitions anywhere along the load), under a false floor (its plywood on a steel
/// sheet, FalseFloorThickness thick, under all the goods) or over a false ceiling, anywhere along
/// the load; goods taken out of a stack at any pallet and height and replaced; a pallet behind a
/// crate of steel; or loose on top of the goods, in the doorway or in a locker of the tractor's cab.
namespace HiddenCargo {

constexpr double FalseFloorThickness = 3.1;
constexpr double PartitionThickness = 3.2; ///< a corrugated steel partition, ContainerShell::falseFrontWall

/// The items of plan (and undeclared goods when its inconsistency asks for them), the compartment
/// their FalseWall items need and the room kept at the doors.
HiddenPlan reserve(const ScenePlan &plan, const ContainerFrame &frame, SceneRandom &random);
/// The load spaces left to goods, from the front wall towards the doors: two where a compartment
/// stands in the middle of the load.
std::vector<Bounds3> goodsSpaces(const HiddenPlan &hidden, const ContainerFrame &frame);
/// The y of the outer faces (towards the front wall) of the compartment's partitions: one for a
/// false front wall, two for a compartment in the middle of the load, none otherwise.
std::vector<double> partitionYs(const HiddenPlan &hidden);
/// Gives every spot its room: a slice of the compartment or the doorway, a cab's locker, the top of
/// a stack, or cells taken out of blocks (recorded in their taken ranges).
void locate(HiddenPlan &hidden, const ContainerFrame &frame, std::vector<GoodsBlock> &blocks,
            const GoodsPacking &packing, SceneRandom &random);

} // namespace HiddenCargo
} // namespace pen
