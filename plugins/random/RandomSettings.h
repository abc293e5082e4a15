// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace pen::random {

/// What the host's config text may change: "seed=N" (a decimal 64-bit unsigned number). Items are
/// key=value, separated by commas, semicolons or spaces.
struct RandomSettings {
    uint64_t seed = 1;

    /// The settings of config, or nothing with a reason naming the item at fault in error.
    static std::optional<RandomSettings> parse(const std::string &config, std::string &error);
};

} // namespace pen::random
