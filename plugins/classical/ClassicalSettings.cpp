// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ClassicalSettings.h"

#include <charconv>
#include <sstream>

namespace pen::classical {
namespace {

std::optional<double> number(const std::string &text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<ClassicalSettings> ClassicalSettings::parse(const std::string &config, std::string &error)
{
    std::string items = config;
    for (char &c : items)
        if (c == ',' || c == ';')
            c = ' ';
    ClassicalSettings settings;
    std::istringstream stream(items);
    for (std::string item; stream >> item;) {
        const size_t equals = item.find('=');
        const std::string key = item.substr(0, equals);
        if (equals == std::string::npos || key != "threshold") {
            error = "unknown config item \"" + item + "\" (expected threshold=<0..1>)";
            return std::nullopt;
        }
        const std::optional<double> value = number(item.substr(equals + 1));
        if (!value || !(*value >= 0 && *value <= 1)) {
            error = "threshold must be a number from 0 to 1, not \"" + item.substr(equals + 1) + "\"";
            return std::nullopt;
        }
        settings.threshold = *value;
    }
    return settings;
}

} // namespace pen::classical
