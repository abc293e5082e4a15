// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/ModeRendering.h"

#include "enhance/DefaultMaterialBands.h"
#include "enhance/EnhancementPipeline.h"

namespace pen {

Expected<QImage> renderInMode(const ScanView &view, const ViewMode &mode, DisplaySettings settings)
{
    if (const QString reason = EnhancementControls::unavailableReason(view.kind, mode.control); !reason.isEmpty())
        return makeError(ErrorCode::Unsupported, QStringLiteral("mode %1: %2").arg(QLatin1String(mode.name), reason));
    mode.apply(settings);
    if (view.kind != ViewKind::DualEnergy)
        return EnhancementPipeline::render(view, nullptr, settings);
    auto bands = defaultMaterialBands();
    if (!bands)
        return bands.error();
    return EnhancementPipeline::render(view, &*bands, settings);
}

} // namespace pen
