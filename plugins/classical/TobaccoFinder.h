// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "AttenuationMaps.h"
#include "Finding.h"
#include "OrganicMassScale.h"

#include "enhance/MaterialBandTable.h"

#include <vector>

namespace pen::classical {

/// Cigarettes: blocks of light organic matter in which the card walls of packs, cartons or master
/// cases repeat at a regular step (Periodicity of the block's profile across and along it), or
/// which straight card walls cross from side to side. Those walls are one detector pixel wide, so
/// they are looked for in the view's own pixels, where the working resolution would average them away.
std::vector<Finding> findTobacco(const pen_atd_view &view, const AttenuationMaps &maps, const MaterialBandTable &bands,
                                 const OrganicMassScale &mass);

} // namespace pen::classical
