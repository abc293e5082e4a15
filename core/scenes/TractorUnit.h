// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ContainerFrame.h"
#include "scenes/SceneRandom.h"
#include "scenes/WeighedScene.h"

/// A cab-over 6x4 tractor in front of the container of frame (towards +y): ladder frame, fifth
/// wheel, a steering axle and a tandem of driven axles with twin tyres and their differentials,
/// the cab as thin steel panels with its windscreen, seats and bunk, an inline-six engine (a cast
/// iron block with its bores, head, sump, crankshaft), gearbox, radiator, batteries, air tanks,
/// silencer and a lying fuel tank with diesel to a random level.
namespace pen::TractorUnit {

void build(const ContainerFrame &frame, double kingPinY, WeighedScene &scene, SceneRandom &random);

constexpr int Lockers = 3;
/// The room of one of the cab's lockers (world box, cm), where drivers stow their things and
/// smugglers their cartons: which 0 under the bunk, 1 over it, 2 over the windscreen.
Bounds3 locker(const ContainerFrame &frame, int which);

} // namespace pen::TractorUnit
