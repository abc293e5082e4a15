// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DisplayAdjustments.h"

#include <algorithm>

namespace pen::gui::DisplayAdjustments {
namespace {

using S = DisplaySettings;

template <typename T> T toggled(T current, T on, T off)
{
    return current == on ? off : on;
}

// A channel is a greyscale choice: in material colour both channels are used anyway.
S withChannel(S settings, S::Channel channel)
{
    settings.colouring = S::Colouring::Grey;
    settings.channel = channel;
    return settings;
}

S stepped(S s, ViewerTool tool)
{
    switch (tool) {
    case ViewerTool::BrightnessUp: s.brightness = std::min(1.0, s.brightness + BrightnessStep); break;
    case ViewerTool::BrightnessDown: s.brightness = std::max(-1.0, s.brightness - BrightnessStep); break;
    case ViewerTool::ContrastUp: s.contrast = std::min(8.0, s.contrast * ContrastFactor); break;
    case ViewerTool::ContrastDown: s.contrast = std::max(0.25, s.contrast / ContrastFactor); break;
    case ViewerTool::GammaUp: s.gamma = std::min(5.0, s.gamma * GammaFactor); break;
    case ViewerTool::GammaDown: s.gamma = std::max(0.2, s.gamma / GammaFactor); break;
    case ViewerTool::ResetImage: s = S{.palette = s.palette}; break; // the palette is a preference, not an adjustment
    default: break;
    }
    return s;
}

} // namespace

DisplaySettings adjusted(const DisplaySettings &settings, ViewerTool tool)
{
    S s = settings;
    switch (tool) {
    case ViewerTool::MaterialColour: s.colouring = S::Colouring::Material; return s;
    case ViewerTool::Grey: s.colouring = S::Colouring::Grey; return s;
    case ViewerTool::LowEnergy: return withChannel(s, S::Channel::Low);
    case ViewerTool::HighEnergy: return withChannel(s, S::Channel::High);
    case ViewerTool::FusedEnergy: return withChannel(s, S::Channel::Fused);
    case ViewerTool::OrganicOnly:
        s.stripping = toggled(s.stripping, S::Stripping::OrganicOnly, S::Stripping::None);
        return s;
    case ViewerTool::InorganicOnly:
        s.stripping = toggled(s.stripping, S::Stripping::InorganicOnly, S::Stripping::None);
        return s;
    case ViewerTool::HighPenetration:
        s.penetration = toggled(s.penetration, S::Penetration::High, S::Penetration::Normal);
        return s;
    case ViewerTool::LowPenetration:
        s.penetration = toggled(s.penetration, S::Penetration::Low, S::Penetration::Normal);
        return s;
    case ViewerTool::Negative: s.negative = !s.negative; return s;
    case ViewerTool::EdgeEnhancement: s.edgeEnhancement = s.edgeEnhancement > 0 ? 0 : EdgeGain; return s;
    case ViewerTool::SuperEnhancement: s.localContrast = !s.localContrast; return s;
    case ViewerTool::DensityHighlight: s.densityHighlight = !s.densityHighlight; return s;
    case ViewerTool::OlivePalette: s.palette = toggled(s.palette, S::Palette::Olive, S::Palette::Green); return s;
    default: return stepped(s, tool);
    }
}

bool isOn(const DisplaySettings &s, ViewerTool tool)
{
    const bool grey = s.colouring == S::Colouring::Grey;
    switch (tool) {
    case ViewerTool::MaterialColour: return !grey;
    case ViewerTool::Grey: return grey;
    case ViewerTool::LowEnergy: return grey && s.channel == S::Channel::Low;
    case ViewerTool::HighEnergy: return grey && s.channel == S::Channel::High;
    case ViewerTool::FusedEnergy: return grey && s.channel == S::Channel::Fused;
    case ViewerTool::OrganicOnly: return s.stripping == S::Stripping::OrganicOnly;
    case ViewerTool::InorganicOnly: return s.stripping == S::Stripping::InorganicOnly;
    case ViewerTool::HighPenetration: return s.penetration == S::Penetration::High;
    case ViewerTool::LowPenetration: return s.penetration == S::Penetration::Low;
    case ViewerTool::Negative: return s.negative;
    case ViewerTool::EdgeEnhancement: return s.edgeEnhancement > 0;
    case ViewerTool::SuperEnhancement: return s.localContrast;
    case ViewerTool::DensityHighlight: return s.densityHighlight;
    case ViewerTool::OlivePalette: return s.palette == S::Palette::Olive;
    default: return false;
    }
}

bool isCheckable(ViewerTool tool)
{
    return ViewerTools::isImageControl(tool)
        && (int(tool) < int(ViewerTool::BrightnessUp) || tool == ViewerTool::OlivePalette);
}

} // namespace pen::gui::DisplayAdjustments
