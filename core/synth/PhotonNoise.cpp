// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/PhotonNoise.h"

#include <algorithm>
#include <cmath>

namespace pen {

PhotonNoise::PhotonNoise(quint32 seed, quint32 stream)
{
    // std::seed_seq's algorithm is fixed by the standard, unlike the distributions.
    std::seed_seq sequence{seed, stream};
    m_engine.seed(sequence);
}

double PhotonNoise::uniformOpen()
{
    return (double(m_engine()) + 1.0) / 4294967296.0;
}

double PhotonNoise::gaussian()
{
    // Box–Muller gives two independent normals per pair of uniforms; keeping the second halves
    // the cost of the noise, the largest part of a projection.
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double u1 = uniformOpen();
    const double u2 = double(m_engine()) / 4294967296.0;
    const double radius = std::sqrt(-2.0 * std::log(u1));
    m_spare = radius * std::sin(6.283185307179586 * u2);
    m_hasSpare = true;
    return radius * std::cos(6.283185307179586 * u2);
}

double PhotonNoise::count(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > GaussianAbove)
        return std::max(0.0, mean + std::sqrt(mean) * gaussian());
    // Knuth's product of uniforms: exact, and cheap for the small means it is used for.
    const double limit = std::exp(-mean);
    double product = uniformOpen();
    int k = 0;
    while (product > limit) {
        product *= uniformOpen();
        ++k;
    }
    return k;
}

} // namespace pen
