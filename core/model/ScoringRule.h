// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

namespace pen {

/// Tournament points of a round, shown to contestants as a formula: per scan,
///   hits × pointsPerHit + (hits > 0 ? speedBonus × time left / time allowed : 0)
///   − falseAlarms × falseAlarmPenalty.
/// Ties are broken by fewer false alarms, then less time.
struct ScoringRule {
    double pointsPerHit = 10;
    double speedBonus = 5; ///< full bonus for an instant answer, none at the end of the clock
    double falseAlarmPenalty = 5;

    friend bool operator==(const ScoringRule &, const ScoringRule &) = default;
};

} // namespace pen
