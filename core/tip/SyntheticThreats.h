// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "tip/ThreatImage.h"

#include <QList>

namespace pen {

/// The built-in threats for TIP, projected from simple physical scenes at 1 mm a pixel (the scale
/// of the starter set's parcels and bags): a cocaine brick, a heroin pack, a cigarette carton, a
/// pistol, a knife, a block of plastic explosive with a detonator and a bundle of banknotes.
/// Dual-energy; deterministic (no noise). Masses follow from area × thickness × density.
namespace SyntheticThreats {

Expected<QList<ThreatImage>> all(const AttenuationTable &table);

} // namespace SyntheticThreats
} // namespace pen
