// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/MachineAnswer.h"

#include <QList>

namespace pen {

/// How fast an algorithm answers, from the host's wall times of its calls, in seconds.
///
/// The times are those of valid answers and of failed answers that took time (seconds > 0): a
/// crash after a minute cost the minute. Scans that got no answer at all have no time.
struct Latency {
    double p50 = 0;           ///< median seconds per call, nearest rank; 0 without times
    double p95 = 0;           ///< 95th percentile seconds per call, nearest rank; 0 without times
    double imagesPerHour = 0; ///< 3600 × valid answers / sum of the times; 0 when no time was taken

    static Latency of(const QList<MachineAnswer> &answers);

    friend bool operator==(const Latency &, const Latency &) = default;
};

/// The nearest-rank percentile: the smallest value such that at least percent % of the values are
/// less or equal, i.e. the value at rank ⌈percent / 100 × n⌉ (at least 1) in ascending order. It is
/// always one of the values, never an interpolation. 0 for no values; percent in 0..100.
double nearestRankPercentile(QList<double> values, double percent);

} // namespace pen
