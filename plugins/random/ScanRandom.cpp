// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanRandom.h"

namespace pen::random {
namespace {

uint64_t fnv1a(std::string_view text)
{
    uint64_t hash = 0xcbf29ce484222325ull;
    for (const char c : text) {
        hash ^= uint8_t(c);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

} // namespace

ScanRandom::ScanRandom(uint64_t seed, std::string_view scanId) : m_state(seed * 0x9e3779b97f4a7c15ull ^ fnv1a(scanId))
{
}

uint64_t ScanRandom::next()
{
    uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

double ScanRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53; // the top 53 bits: every value exact in a double
}

double ScanRandom::uniform(double from, double to)
{
    return from + (to - from) * uniform();
}

uint32_t ScanRandom::below(uint32_t count)
{
    return uint32_t(uniform() * count);
}

} // namespace pen::random
