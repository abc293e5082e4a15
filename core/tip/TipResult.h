// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"
#include "tip/ThreatLibrary.h"
#include "tip/TipInserter.h"
#include "tip/TipSettings.h"

#include <QList>

#include <random>

namespace pen {

/// A scan after a TIP draw and what went into it (nothing when the draw said no).
struct TipResult {
    Scan scan;
    QList<TipInsertion> inserted;
};

/// One TIP draw for one scan, as a scanner's TIP system does it: with probability settings.rate the
/// scan gets 1..maxThreatsPerScan threats, each of a category drawn by the settings' weights, a
/// threat drawn uniformly within it, then rotation, scale and place (see TipInserter). Only threats
/// whose channel count matches the view are eligible, so a mixed library serves both kinds of scan.
///
/// A drawn threat that does not fit (too large, no place left) is redrawn, up to 8 times; when a later
/// threat still does not fit, the scan keeps the ones already in it. Errors, checked before anything is
/// drawn so that they do not depend on the seed: invalid settings, a view index the scan lacks, no eligible threat in
/// the weighted categories; and, after drawing, when not even the first threat fits anywhere. Deterministic: the same
/// scan, library, settings and engine state give the same bytes everywhere.
Expected<TipResult> applyTip(const Scan &scan, const ThreatLibrary &library, const TipSettings &settings,
                             std::mt19937 &engine);

} // namespace pen
