// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

namespace pen::gui {

/// How an officer used one viewer tool on one scan: stored with the answer for the trainer.
struct ToolUse {
    QString tool;       ///< a ViewerTools::key(), e.g. "negative"
    int count = 0;      ///< how many times it was used
    qint64 firstMs = 0; ///< first use, milliseconds since the scan was shown
    qint64 lastMs = 0;  ///< last use, milliseconds since the scan was shown
    friend bool operator==(const ToolUse &, const ToolUse &) = default;
};

} // namespace pen::gui
