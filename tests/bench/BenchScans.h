// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace pen::bench {

/// A dual-energy view like a cargo scan: an empty border, then blocks of organic, mixed and metal
/// goods of varying thickness with a little pixel noise, so that every branch of the pipeline runs.
inline ScanView cargoLikeView(int width, int height)
{
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height), Image16(width, height)};
    constexpr double Ratios[3] = {1.2, 1.6, 2.4};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            double aHigh = 0, ratio = 1;
            if (x > width / 20 && x < width - width / 20 && y > height / 10 && y < height - height / 10) {
                const int block = (x / 97) * 31 + (y / 83) * 17;
                aHigh = 0.1 + (block % 40) * 0.12;
                ratio = Ratios[block % 3];
            }
            const double noise = 1.0 + ((quint32(x * 2654435761u) ^ quint32(y * 40503u)) % 200) * 1e-4;
            view.channels[0].at(x, y) = quint16(std::lround(65535.0 * std::exp(-aHigh * ratio) / noise));
            view.channels[1].at(x, y) = quint16(std::lround(65535.0 * std::exp(-aHigh) / noise));
        }
    }
    return view;
}

/// Median wall time of runs calls of run, in milliseconds.
inline double medianMs(int runs, const std::function<void()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace pen::bench
