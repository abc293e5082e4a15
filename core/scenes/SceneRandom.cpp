// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/SceneRandom.h"

#include <algorithm>
#include <cmath>

namespace pen {

quint32 SceneRandom::derive(quint32 seed, quint32 index)
{
    quint64 z = (quint64(seed) << 32 | index) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return quint32((z ^ (z >> 31)) & 0xFFFFFFFFu);
}

double SceneRandom::uniform()
{
    return double(m_engine()) / 4294967296.0;
}

double SceneRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int SceneRandom::integer(int low, int high)
{
    if (high <= low)
        return low;
    const int value = low + int(uniform() * double(high - low + 1));
    return std::min(value, high);
}

bool SceneRandom::chance(double probability)
{
    return uniform() < probability;
}

double SceneRandom::normal(double mean, double sd)
{
    const double u1 = (double(m_engine()) + 1.0) / 4294967297.0;
    const double u2 = uniform();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

} // namespace pen
