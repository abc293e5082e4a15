// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/CargoScan.h"
#include "scenes/ScenePlan.h"

#include <optional>

namespace pen {

/// ScenePlans of containers and vehicles built in 3-D (ContainerLoad, VehicleLoad) and scanned on a
/// MeV portal (CargoScan).
namespace CargoPlans {

/// Whether plans of that kind are built this way (containers and vehicles).
bool covers(ObjectKind kind);

/// A load with the declaration the plan asks for (none for a car, which carries no goods): honest,
/// or disagreeing as plan.inconsistency says; a disagreement other than undeclared goods is marked
/// by an "other" target over the goods. goodsKey: containers only.
struct DeclaredLoad {
    CargoLoad load;
    std::optional<Declaration> declaration;
};
DeclaredLoad declaredLoad(const ScenePlan &plan, const QString &goodsKey, SceneRandom &random,
                          const AttenuationTable &table);

/// The scan of plan, the index-th of a set generated with seed. Thread-safe.
Scan scan(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table, bool withPixels = true);
/// The same scan and its targets alone, with marginPx of road round each.
CargoScans scanAndTargets(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                          double marginPx, bool withPixels = true);

} // namespace CargoPlans
} // namespace pen
