// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>

#include <random>

namespace pen {

/// Draws from std::mt19937 in a way that gives the same numbers with every standard library.
/// The engine's output sequence is fixed by the C++ standard, but std::uniform_int_distribution and
/// friends are not: their algorithms differ between libstdc++, libc++ and MSVC, so a seed would give
/// other images on another platform. These functions only use the raw 32-bit outputs.
namespace PortableRandom {

/// A uniform integer in [low, high] (both included), without modulo bias; low <= high.
int uniformInt(std::mt19937 &engine, int low, int high);
/// A uniform number in [0, 1) with 53 random bits (two engine outputs).
double uniform01(std::mt19937 &engine);
/// A uniform number in [low, high).
double uniformReal(std::mt19937 &engine, double low, double high);
/// true with the given probability (0 never, 1 always); always consumes two engine outputs.
bool chance(std::mt19937 &engine, double probability);
/// An index drawn with probability proportional to its weight (negative weights count as 0);
/// -1 when no weight is positive.
int weightedIndex(std::mt19937 &engine, const QList<double> &weights);

} // namespace PortableRandom
} // namespace pen
