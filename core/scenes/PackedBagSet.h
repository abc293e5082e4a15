// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "synth/AttenuationTable.h"

namespace pen {

/// The "packed-bags" preset: dual-view scans of 3-D packed suitcases and parcels (BagPacker) on
/// LineScanGeometry::dualViewTunnel6040(), a threat among the clutter in half of them. Every scan
/// is built from its own seed, derived from the set's seed and the scan's index.
namespace PackedBagSet {

inline constexpr auto Preset = "packed-bags";
constexpr int ScanCount = 12;

ImageSet header();
/// The index-th scan of a set generated with seed (index may pass ScanCount: the plan repeats,
/// the bags do not). Thread-safe.
Scan scan(quint32 seed, int index, const AttenuationTable &table, bool withPixels = true);

} // namespace PackedBagSet
} // namespace pen
