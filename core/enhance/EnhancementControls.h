// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

#include <QList>
#include <QString>

namespace pen {

/// The controls of the enhancement pipeline, as the viewer offers them (see DisplaySettings).
enum class EnhancementControl {
    Colouring,   ///< material colour vs greyscale
    Channel,     ///< low, high or fused channel
    Stripping,   ///< organic-only, inorganic-only
    Penetration, ///< high and low penetration windows
    Brightness,
    Contrast,
    Gamma,
    Negative,
    EdgeEnhancement,
    LocalContrast,
    DensityHighlight,
};

/// Which controls apply to which kind of view, and why the others do not. Dual-energy views have
/// every control; single-energy views everything grey-based; pre-rendered colour views brightness,
/// contrast, gamma, negative, greyscale and stripping estimated from the hue. Thread-safe.
class EnhancementControls {
public:
    static QList<EnhancementControl> all();
    static bool isAvailable(ViewKind kind, EnhancementControl control);
    /// Why control does nothing on this kind of view, translated (context "EnhancementPipeline");
    /// empty where it is available.
    static QString unavailableReason(ViewKind kind, EnhancementControl control);
    static QList<EnhancementControl> available(ViewKind kind);
};

} // namespace pen
