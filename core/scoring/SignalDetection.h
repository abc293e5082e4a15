// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

namespace pen {

/// Signal detection measures from image-level counts, as trainers know them. Rates of 0 and 1 make
/// z infinite, so every measure uses the log-linear correction (Hautus 1995): (count + 0.5) /
/// (total + 1), applied to all cells whether or not a rate is extreme.
struct SignalDetection {
    int hits = 0;
    int misses = 0;
    int falseAlarms = 0;
    int correctRejections = 0;

    double hitRate() const;        ///< uncorrected, 0 when there were no target scans
    double falseAlarmRate() const; ///< uncorrected, 0 when there were no clear scans
    double dPrime() const;         ///< z(HR) − z(FAR), corrected rates
    double aPrime() const;         ///< non-parametric sensitivity (Grier 1971), corrected rates
    /// d_a for an unequal-variance ROC of slope s (0.5 in X-ray screening studies):
    /// √(2 / (1 + s²)) · (z(HR) − s · z(FAR)).
    double dA(double slope = 0.5) const;

    /// The inverse of the standard normal distribution function, for 0 < p < 1.
    static double z(double p);

    friend bool operator==(const SignalDetection &, const SignalDetection &) = default;

private:
    double correctedHitRate() const;
    double correctedFalseAlarmRate() const;
};

} // namespace pen
