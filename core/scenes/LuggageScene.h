// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneDraft.h"
#include "scenes/ScenePlan.h"
#include "scenes/SceneRandom.h"

namespace pen::LuggageScene {

/// Pixel size of parcel and baggage views (mm): a 70 cm bag is about 900 px long.
constexpr double PixelMm = 0.8;

/// A cardboard parcel (top view only), 800-1300 px, with 3-9 everyday items and plan.contraband.
SceneDraft parcel(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table);
/// A suitcase from a dual-view scanner: "top" and "side" views of the same contents, the ground
/// truth in both.
SceneDraft baggage(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table);

} // namespace pen::LuggageScene
