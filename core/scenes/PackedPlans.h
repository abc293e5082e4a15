// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/PackedScene.h"
#include "scenes/ScenePlan.h"

namespace pen {

/// ScenePlans of bags and parcels built as packed 3-D scenes (BagPacker) and scanned on
/// LineScanGeometry::dualViewTunnel6040() (PackedScene). A plan's contraband kinds name the
/// threat items (cocaine: a cocaine brick, explosive: a pipe bomb, ...; an ItemCatalogue::threats()
/// name is taken as it is), and its concealment where they are packed:
/// Open on top, InsideGoods among the clutter, BehindDense under and beside dense goods,
/// FalseWall under a false floor.
namespace PackedPlans {

/// Whether plans of that kind are built this way (baggage and parcels).
bool covers(ObjectKind kind);
/// The ItemCatalogue::threats() name for a contraband kind.
QString threatItemFor(const QString &contrabandKind);
ThreatCover coverFor(Concealment concealment);

/// The scan of plan, the index-th of a set generated with seed. Thread-safe.
Scan scan(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table, bool withPixels = true);
/// The same scan and its targets alone, with marginPx of belt round each.
PackedScans scanAndTargets(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                           double marginPx, bool withPixels = true);

} // namespace PackedPlans
} // namespace pen
