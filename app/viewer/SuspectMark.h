// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Region.h"

#include <QString>

namespace pen::gui {

/// A region the officer marked as suspect, with the threat category they chose. The region's box
/// is in pixels of the view named by region.viewIndex.
struct SuspectMark {
    Region region;
    QString category; ///< a ThreatCategories key, e.g. "narcotics"
    friend bool operator==(const SuspectMark &, const SuspectMark &) = default;
};

} // namespace pen::gui
