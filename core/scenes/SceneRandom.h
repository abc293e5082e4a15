// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

namespace pen {

/// The one source of randomness of the scene builders. std::mt19937's output is fixed by the
/// standard, but std::uniform_*_distribution and std::normal_distribution are not (libstdc++,
/// libc++ and MSVC differ), so every number is derived here from the raw engine output: the same
/// seed gives the same scene with every standard library. Not thread-safe; one per scene.
class SceneRandom {
public:
    explicit SceneRandom(quint32 seed) : m_engine(seed) {}

    /// A seed for item `index` of something seeded with `seed` (SplitMix-style mixing), so that
    /// scans can be generated in any order, or in parallel, and still come out the same.
    static quint32 derive(quint32 seed, quint32 index);

    double uniform();                        ///< [0, 1)
    double uniform(double low, double high); ///< [low, high)
    int integer(int low, int high);          ///< [low, high], both included
    bool chance(double probability);
    double normal(double mean, double sd); ///< Box-Muller
    quint32 nextSeed() { return quint32(m_engine()); }

    template <typename T> const T &pick(const QList<T> &items) { return items[integer(0, int(items.size()) - 1)]; }

    /// Fisher-Yates with our own integer(), for the same reason as above.
    template <typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, integer(0, int(i)));
    }

    /// n flags, count of them set, in a shuffled order.
    QList<bool> spread(int n, int count)
    {
        QList<bool> flags(n, false);
        for (int i = 0; i < count && i < n; ++i)
            flags[i] = true;
        shuffle(flags);
        return flags;
    }

private:
    std::mt19937 m_engine;
};

} // namespace pen
