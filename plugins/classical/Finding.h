// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <string>

namespace pen::classical {

/// One suspect object, in pixels of the scan's view (not of the working resolution).
struct Finding {
    std::string category; ///< a ThreatCategories key: "narcotics" or "cigarettes"
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double probability = 0; ///< 0..1
};

} // namespace pen::classical
