// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QMap>
#include <QString>

namespace pen {

/// How a TIP run inserts threats, as trainers set it on real scanners. A plain value.
struct TipSettings {
    double rate = 0.1; ///< probability that a scan gets threats, 0..1
    /// Relative weight per category key; categories missing here are never drawn. Empty: every
    /// category of the library equally. A QMap, not a QHash: its order, hence a seeded draw, is fixed.
    QMap<QString, double> categoryWeights;
    int maxThreatsPerScan = 1;    ///< a scan that gets threats gets 1..this many, uniformly
    double minRotationDeg = -180; ///< in-plane rotation drawn uniformly in [min, max]
    double maxRotationDeg = 180;
    double scaleJitter = 0; ///< size drawn uniformly in [1 − jitter, 1 + jitter], 0..0.5
    int viewIndex = 0;      ///< the view threats go into
    /// Where a view shows the object: (high-energy, or single-energy) transmission below this.
    double objectTransmission = 0.95;
    /// At least this fraction of a threat's box must lie on the object (1: all of it), 0..1.
    double minInsideFraction = 0.9;
    /// The view's own attenuation (mean −ln T of the high-energy or single channel) over a threat's
    /// box must reach this: a real threat lies among other things, and one alone in the bag's empty
    /// corner is a known TIP giveaway. 0: anywhere on the object.
    double minCoverAttenuation = 0.15;
    /// A captured threat image (not a synthetic one) is turned only by 0° or 180°, so that its own
    /// rows — its detector's streaks and belt-motion blur — stay along the belt as the scan's do; a
    /// threat turned by another angle shows its scanner's texture askew, another known giveaway.
    bool keepBeltAxis = true;

    /// An Error naming the first field out of range.
    Expected<void> validate() const;
    friend bool operator==(const TipSettings &, const TipSettings &) = default;
};

/// Category weights as people type them, "narcotics=2,weapon=1"; an error names the item that is
/// not CATEGORY=NUMBER. Ranges are checked by TipSettings::validate.
Expected<QMap<QString, double>> parseCategoryWeights(const QString &text);

} // namespace pen
