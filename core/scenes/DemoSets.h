// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "scenes/ScenePlan.h"
#include "synth/AttenuationTable.h"

#include <QStringList>

namespace pen {

struct DemoSetOptions {
    bool withPixels = true;            ///< false: views carry their size only (fast, for tests)
    double inconsistentFraction = 0.4; ///< declaration-check: share of declarations that disagree
};

/// The bundled demo image sets, one per round type of the product brief plus a practice set.
/// Baggage and parcels are packed 3-D scenes on the dual-view line scanner (PackedPlans);
/// containers and vehicles are the 2-D cargo scenes.
/// Every scan is built from its own seed, derived from the set's seed and the scan's index, so
/// scans can be generated in any order or in parallel and the same seed gives the same files.
namespace DemoSets {

/// find-the-cocaine (30 parcel and bag scans), declaration-check (20 containers with declarations),
/// find-the-most-cigarettes (40 vehicles and containers), practice (15, every category).
QStringList presetNames();
bool contains(const QString &preset);
ImageSet header(const QString &preset);
/// What each scan of the preset holds, in scan order; cheap (no geometry, no pixels).
QList<ScenePlan> plans(const QString &preset, quint32 seed, const DemoSetOptions &options = {});
/// Builds the scan of plan, the index-th of a set generated with seed. Thread-safe.
Scan scan(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
          const DemoSetOptions &options = {});

/// A scan and each of its targets rendered alone (SceneDraft::isolated), scan ids
/// "<scan id>-<object id>": what the feedback and the threat library show beside the scan.
struct ScanAndTargets {
    Scan scan;
    QList<Scan> targetsAlone;
};
/// scan() and its targets alone, from the same draft. Thread-safe.
ScanAndTargets scanAndTargets(const ScenePlan &plan, quint32 seed, int index, const AttenuationTable &table,
                              const DemoSetOptions &options = {});

} // namespace DemoSets
} // namespace pen
