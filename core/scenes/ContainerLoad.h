// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/GroundTruthObject.h"
#include "scenes/DeclarationMaker.h"
#include "scenes/ScenePlan.h"
#include "scenes/SceneRandom.h"
#include "synth/AttenuationTable.h"
#include "volume/Bounds3.h"
#include "volume/VolumeScene.h"

#include <vector>

namespace pen {

/// One thing to find in a 3-D cargo load: its truth and the solids it is made of.
struct CargoTarget {
    GroundTruthObject truth;     ///< id, category, material, massKg, note, inconsistency; regions come from the scan
    Bounds3 bounds;              ///< world box, cm
    std::vector<size_t> objects; ///< indices into CargoLoad::scene of its own solids, to show it alone
};

/// A loaded container on its trailer behind a tractor, in the cargo scanner's frame (cm): the rig
/// drives along +y through the portal, x runs across it from the container's wall nearest the
/// source (x = 0) to the far wall (x = 243.8), z rises from the road (z = 0). The container's doors
/// are at y = 0, its front wall at y = container.max.y, and the tractor beyond it, leading.
struct CargoLoad {
    VolumeScene scene;
    std::vector<CargoTarget> targets;
    DeclarationMaker::Shipment shipment; ///< the goods truly loaded, with their real masses
    Bounds3 goods;                       ///< the box the declared goods fill
    Bounds3 container;                   ///< the container's outside (x 0..243.8, y 0 at the doors)
    Bounds3 extent;                      ///< the whole rig
};

/// 20 ft and 40 ft ISO containers in 3-D as a MeV cargo scanner sees them: corrugated steel walls,
/// corner posts, roof and floor rails, a plywood floor on steel cross members, the trailer and
/// the tractor, palletised goods with their regular insides, and plan.contraband hidden the way
/// smugglers hide it. Pure: the same random state gives the same load.
namespace ContainerLoad {

constexpr double WidthCm = 243.8; ///< ISO 668 external width

/// goodsKey: a CargoGoods kind, or empty to draw one.
CargoLoad build(const ScenePlan &plan, const QString &goodsKey, SceneRandom &random, const AttenuationTable &table);

} // namespace ContainerLoad
} // namespace pen
