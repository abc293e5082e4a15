// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <optional>
#include <string>

namespace pen::classical {

/// What the host's config text may change: "threshold=0.4". Items are key=value, separated by
/// commas, semicolons or spaces.
struct ClassicalSettings {
    static constexpr double DefaultThreshold = 0.5;
    double threshold = DefaultThreshold; ///< operating threshold on the alarm score, 0..1

    /// The settings of config, or nothing with a reason naming the item at fault in error.
    static std::optional<ClassicalSettings> parse(const std::string &config, std::string &error);
};

} // namespace pen::classical
