// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/GroundTruthObject.h"
#include "scenes/SceneDraft.h"

namespace pen::DifficultyMeter {

/// The photon energy (keV) at which line integrals are compared: between the two channels.
constexpr int ReferenceKeV = 60;

/// How hard the target made of view.objects[targetObjects] is to see inside region (pixels):
/// overlap = Σ others' μt / Σ all μt over the target's own rays (0: alone, → 1: buried);
/// clutter = how busy the others' μt is around the target (edge density and spread, 0..1).
/// rotationDeg is left 0 for the caller. Pure; thread-safe.
Difficulty measure(const DraftView &view, const QList<int> &targetObjects, const QRectF &region,
                   const AttenuationTable &table);

} // namespace pen::DifficultyMeter
