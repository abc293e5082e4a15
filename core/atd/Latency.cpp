// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/Latency.h"

#include <algorithm>
#include <cmath>

namespace pen {

double nearestRankPercentile(QList<double> values, double percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    // Rounded before ceil so that 95 % of 20 values is rank 19, not 20 through a floating-point ulp.
    const double exactRank = std::round(percent / 100.0 * double(n) * 1e9) / 1e9;
    const auto rank = std::clamp<qsizetype>(qsizetype(std::ceil(exactRank)), 1, n);
    return values[rank - 1];
}

Latency Latency::of(const QList<MachineAnswer> &answers)
{
    QList<double> times;
    int valid = 0;
    double total = 0;
    for (const MachineAnswer &answer : answers) {
        if (answer.failed() && answer.seconds <= 0)
            continue;
        valid += answer.failed() ? 0 : 1;
        times.append(answer.seconds);
        total += answer.seconds;
    }
    Latency latency;
    latency.p50 = nearestRankPercentile(times, 50);
    latency.p95 = nearestRankPercentile(times, 95);
    latency.imagesPerHour = total > 0 ? 3600.0 * valid / total : 0;
    return latency;
}

} // namespace pen
