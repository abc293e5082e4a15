// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/PackedBag.h"

#include <QtGlobal>

namespace pen {

/// Packed bags and parcels for synthetic scans, the same for a seed on every platform.
/// Items are dropped one by one into the container (ContainerPacker); threats go in at random
/// points of the packing order, so that clutter ends up both under and over them, and spread
/// garments are laid over the packing now and then. The scene is in the frame of
/// LineScanGeometry::dualViewTunnel6040(): the container lies on the belt (z = 0), its length
/// along the belt (y), centred across the tunnel.
namespace BagPacker {

/// A 55 × 35 × 22 cm (inner) trolley suitcase of travel clutter.
PackedBag packSuitcase(quint32 seed, const PackingOptions &options = {});
/// A carton of goods of a size drawn from the seed (inner 25–38 × 30–50 × 15–28 cm; at least
/// 30 × 40 cm where it holds a threat).
PackedBag packParcel(quint32 seed, const PackingOptions &options = PackingOptions::parcel());

} // namespace BagPacker
} // namespace pen
