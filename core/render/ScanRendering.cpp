// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "render/ScanRendering.h"

#include "enhance/EnhancementPipeline.h"
#include "enhance/MaterialPalette.h"

namespace pen {

QColor ScanRendering::materialColour(MaterialClass materialClass)
{
    return MaterialPalette::colour(materialClass);
}

Expected<QImage> ScanRendering::grey(const ScanView &view, int channel)
{
    if (view.kind != ViewKind::Colour && (channel < 0 || size_t(channel) >= view.channels.size()))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the view has no channel %1").arg(channel));
    DisplaySettings settings;
    settings.colouring
        = view.kind == ViewKind::Colour ? DisplaySettings::Colouring::Material : DisplaySettings::Colouring::Grey;
    settings.channel = channel == ScanView::HighEnergy ? DisplaySettings::Channel::High : DisplaySettings::Channel::Low;
    settings.autoWindow = true;
    return EnhancementPipeline::render(view, nullptr, settings);
}

Expected<QImage> ScanRendering::materialColour(const ScanView &view, const MaterialBands &bands)
{
    if (view.kind != ViewKind::DualEnergy || view.channels.size() != 2)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("the material view needs low- and high-energy channels"));
    return EnhancementPipeline::render(view, &bands, DisplaySettings{});
}

} // namespace pen
