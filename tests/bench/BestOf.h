// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <limits>

namespace pen::bench {

/// Best wall time of `runs` calls of run(i), in milliseconds: the least disturbed by the machine.
inline double bestOfMs(int runs, const std::function<void(int)> &run)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run(i);
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace pen::bench
