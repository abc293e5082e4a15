// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "RandomSettings.h"

#include <charconv>
#include <sstream>

namespace pen::random {

std::optional<RandomSettings> RandomSettings::parse(const std::string &config, std::string &error)
{
    std::string items = config;
    for (char &c : items)
        if (c == ',' || c == ';')
            c = ' ';
    RandomSettings settings;
    std::istringstream stream(items);
    for (std::string item; stream >> item;) {
        const size_t equals = item.find('=');
        if (equals == std::string::npos || item.substr(0, equals) != "seed") {
            error = "unknown config item \"" + item + "\" (expected seed=<unsigned number>)";
            return std::nullopt;
        }
        const std::string value = item.substr(equals + 1);
        const char *end = value.data() + value.size();
        const auto [stop, failure] = std::from_chars(value.data(), end, settings.seed);
        if (value.empty() || failure != std::errc() || stop != end) {
            error = "seed must be an unsigned 64-bit number, not \"" + value + "\"";
            return std::nullopt;
        }
    }
    return settings;
}

} // namespace pen::random
