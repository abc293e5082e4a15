// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "synth/AttenuationTable.h"

#include <QList>

namespace pen {

/// The small synthetic image set that a new user sees first: a handful of dual-energy scans of
/// parcels, a dual-view bag and a container with a declaration, with exact ground truth.
/// Deterministic: the same seed gives the same pixels.
namespace StarterSet {

ImageSet header();
QList<Scan> scans(const AttenuationTable &table, quint32 seed = 1);

} // namespace StarterSet
} // namespace pen
