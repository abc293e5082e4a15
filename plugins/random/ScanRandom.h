// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <cstdint>
#include <string_view>

namespace pen::random {

/// The random numbers for one scan: a SplitMix64 sequence started from the seed and an FNV-1a hash
/// of the scan id, so that a scan's answer does not depend on which scans came before it and is the
/// same on every platform (unlike the standard library's distributions).
class ScanRandom {
public:
    ScanRandom(uint64_t seed, std::string_view scanId);

    uint64_t next();
    double uniform();                       ///< [0, 1)
    double uniform(double from, double to); ///< [from, to)
    uint32_t below(uint32_t count);         ///< 0 .. count − 1; count > 0

private:
    uint64_t m_state = 0;
};

} // namespace pen::random
