// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QtGlobal>

#include <random>

namespace pen {

/// Poisson-distributed photon counts from a seeded std::mt19937. Only the engine comes from the
/// standard library (its output is fixed by the standard); the distributions are our own, so the
/// same seed gives the same numbers with every standard library. Not thread-safe: one per thread.
class PhotonNoise {
public:
    /// Mean above which a Poisson count is drawn as a rounded-off normal: the approximation's
    /// error is then far below one count.
    static constexpr double GaussianAbove = 20.0;

    explicit PhotonNoise(quint32 seed) : m_engine(seed) {}
    /// An independent stream per (seed, stream), e.g. per image row, so rows can run in any order.
    PhotonNoise(quint32 seed, quint32 stream);

    /// A count drawn from Poisson(mean); continuous above GaussianAbove (no rounding needed there).
    double count(double mean);
    /// A standard normal number (Box–Muller).
    double gaussian();
    /// A uniform number in (0, 1].
    double uniform() { return uniformOpen(); }

private:
    std::mt19937 m_engine;
    double m_spare = 0; ///< the second normal of the last Box–Muller pair
    bool m_hasSpare = false;
    double uniformOpen(); ///< in (0, 1]
};

} // namespace pen
