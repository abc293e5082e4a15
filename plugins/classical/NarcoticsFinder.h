// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "AttenuationMaps.h"
#include "Finding.h"
#include "OrganicMassScale.h"

#include "enhance/MaterialBandTable.h"

#include <vector>

namespace pen::classical {

/// Bricks and packs of powder: compact, even blocks of dense organic matter whose Z_eff sits high
/// in the organic band (the chlorine of a hydrochloride salt) and that weigh at least some grams.
std::vector<Finding> findNarcotics(const AttenuationMaps &maps, const MaterialBandTable &bands,
                                   const OrganicMassScale &mass);

} // namespace pen::classical
