// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

#include <optional>

namespace pen {

/// A customs declaration that accompanies a scan (container and vehicle rounds).
struct Declaration {
    QString goodsDescription;
    QString hsCode; ///< Harmonized System code, 6 to 10 digits
    std::optional<double> quantity;
    QString quantityUnit; ///< e.g. "cartons", "pieces", "kg"
    std::optional<double> grossWeightKg;
    QString origin; ///< ISO 3166 alpha-2 country code
    friend bool operator==(const Declaration &, const Declaration &) = default;
};

} // namespace pen
