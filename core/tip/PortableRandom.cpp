// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/PortableRandom.h"

#include <algorithm>
#include <cassert>

namespace pen::PortableRandom {

int uniformInt(std::mt19937 &engine, int low, int high)
{
    assert(low <= high);
    const quint64 range = quint64(qint64(high) - qint64(low)) + 1;
    constexpr quint64 outputs = quint64(1) << 32;
    // Reject the top outputs that would make some values one draw more likely than others.
    const quint64 limit = outputs - outputs % range;
    quint64 draw = engine();
    while (draw >= limit)
        draw = engine();
    return int(qint64(low) + qint64(draw % range));
}

double uniform01(std::mt19937 &engine)
{
    const quint64 high = engine() >> 5;                     // 27 bits
    const quint64 low = engine() >> 6;                      // 26 bits
    return double((high << 26) | low) / 9007199254740992.0; // 2^53
}

double uniformReal(std::mt19937 &engine, double low, double high)
{
    return low + (high - low) * uniform01(engine);
}

bool chance(std::mt19937 &engine, double probability)
{
    return uniform01(engine) < probability;
}

int weightedIndex(std::mt19937 &engine, const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += std::max(w, 0.0);
    if (total <= 0)
        return -1;
    const double target = uniform01(engine) * total;
    double sum = 0;
    int last = -1;
    for (int i = 0; i < weights.size(); ++i) {
        if (weights[i] <= 0)
            continue;
        sum += weights[i];
        last = i;
        if (target < sum)
            return i;
    }
    return last; // rounding left target at the very top
}

} // namespace pen::PortableRandom
