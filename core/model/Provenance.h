// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

namespace pen {

/// Where images came from and under which terms they may be used.
struct Provenance {
    QString source;  ///< a dataset name, an organisation or "synthetic"
    QString licence; ///< SPDX identifier or the licence's own words
    QString url;     ///< optional
    friend bool operator==(const Provenance &, const Provenance &) = default;
};

} // namespace pen
