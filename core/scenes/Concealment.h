// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ScenePlan.h"
#include "scenes/SceneRandom.h"
#include "synth/SceneProjector.h"

namespace pen::Concealments {

/// What hides a threat whose bounds (pixels) are given, in a parcel or bag: nothing (Open), organic
/// wrapping (InsideGoods), a metal or ceramic item on the same rays (BehindDense), or a false
/// bottom over the whole of `container` (FalseWall; the first object is the false layer).
QList<SceneObject> luggageCover(Concealment how, const QRectF &threat, const QRectF &container, SceneRandom &random);

/// The ground-truth note that says how an item is hidden.
QString describe(Concealment how);

} // namespace pen::Concealments
