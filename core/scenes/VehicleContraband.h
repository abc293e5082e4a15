// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ContrabandFill.h"

/// Contraband in the quantities smugglers hide in cars and vans, filling a cavity (world box, cm)
/// from its floor: cartons of cigarettes (27.5 × 8.8 × 4.4 cm, tobacco at about 0.3 g/cm³ in
/// card), 1 kg bricks of cocaine or heroin (about 1.2 g/cm³) in packing tape, a pistol or knife
/// (ThreatItems) turned to fit a thin cavity, a block of RDX or TNT with its detonator, or
/// bundles of banknotes. Truth as the 2-D vehicle scenes give it: a drug's or explosive's mass
/// is the substance's alone.
namespace pen::VehicleContraband {

/// kind: cigarettes, cocaine, heroin, pistol, knife, explosive or currency.
ContrabandGoods fill(const QString &kind, const Bounds3 &space, WeighedScene &scene, SceneRandom &random);

} // namespace pen::VehicleContraband
