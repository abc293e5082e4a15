// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/ParallelRows.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace pen {

void forEachRowRange(int rows, const std::function<void(int first, int last)> &work)
{
    // Below a few dozen rows a thread costs more than it saves.
    constexpr int MinRowsPerThread = 32;
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::clamp(rows / MinRowsPerThread, 1, cores);
    if (threads == 1) {
        work(0, rows);
        return;
    }
    std::vector<std::jthread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, rows * t / threads, rows * (t + 1) / threads);
    work(0, rows / threads);
}

} // namespace pen
