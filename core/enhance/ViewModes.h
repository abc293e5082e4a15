// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/DisplaySettings.h"
#include "enhance/EnhancementControls.h"

#include <QString>
#include <QStringList>

#include <span>

namespace pen {

/// A named view mode of the console ("negative", "organic-only", ...): the control it needs and
/// how it sets the pipeline. The command line's `render --mode` and the app's `--mode` share them.
struct ViewMode {
    const char *name = nullptr;
    EnhancementControl control = EnhancementControl::Colouring;
    void (*apply)(DisplaySettings &) = nullptr;
};

namespace ViewModes {

std::span<const ViewMode> all();
/// The mode of that name, or nullptr.
const ViewMode *find(const QString &name);
QStringList names();

} // namespace ViewModes
} // namespace pen
