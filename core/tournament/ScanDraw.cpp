// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/ScanDraw.h"

#include <algorithm>

namespace pen {
namespace {

/// SplitMix64: small, well mixed, and the same everywhere.
quint64 nextRandom(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

QStringList drawScans(const QStringList &scanIds, int count, quint64 seed)
{
    QStringList pool = scanIds;
    const qsizetype drawn = std::clamp<qsizetype>(count, 0, pool.size());
    quint64 state = seed;
    // Fisher-Yates, only as far as needed: position i gets one of the ids not drawn yet.
    for (qsizetype i = 0; i < drawn; ++i) {
        const qsizetype pick = i + qsizetype(nextRandom(state) % quint64(pool.size() - i));
        pool.swapItemsAt(i, pick);
    }
    return pool.mid(0, drawn);
}

} // namespace pen
