// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/PipelineParameters.h"

#include "enhance/EnhancementControls.h"
#include "enhance/MevClassTable.h"

namespace pen {
namespace {

// Windows of the penetration modes in attenuation −ln T: the normal one spans what a console
// shows as goods (T from 1 down to 0.25 %), the high one the dense matter behind which goods
// hide, the low one the thin organics that the normal window washes out.
constexpr std::pair<float, float> NormalWindow{0.0f, 6.0f};
// The material colours' normal window, linear in attenuation: their hue already tells thin from
// thick matter, so they stay lighter than the grey console curve, as in the vendors' colour views,
// and end at the fused attenuation of 1.2 mm of lead (4.8), which shows black (docs/realism.md).
constexpr std::pair<float, float> MaterialNormalWindow{0.0f, 5.2f};
constexpr std::pair<float, float> HighPenetrationWindow{2.5f, 10.0f};
constexpr std::pair<float, float> LowPenetrationWindow{0.0f, 1.5f};
constexpr float MinimumWidth = 1e-3f;
// The normal window's console curve: lightness = transmission^k of the shown signal. Consoles
// brighten the raw transmission (k < 1) so that thin goods stay readable, yet dense matter goes
// dark as on a scanner's screen, where a window linear in attenuation keeps it pale. 0.6 puts the
// demo bags' median lightness in the range of real baggage scans (docs/realism.md).
constexpr float ConsoleCurveExponent = 0.6f;
// A display-encoded view (ScanView::displayEncoded) holds the grey levels a console already showed:
// lightness = transmission (k = 1) gives each pixel back its own grey.
constexpr float DisplayEncodedExponent = 1.0f;

std::pair<float, float> baseWindow(ViewKind kind, const DisplaySettings &settings, bool materialColour,
                                   SignalRange range)
{
    if (kind == ViewKind::Colour)
        return {0.0f, 1.0f};
    if (settings.autoWindow)
        return {range.low, std::max(range.high - range.low, MinimumWidth)};
    switch (settings.penetration) {
    case DisplaySettings::Penetration::High:
        return {HighPenetrationWindow.first, HighPenetrationWindow.second - HighPenetrationWindow.first};
    case DisplaySettings::Penetration::Low:
        return {LowPenetrationWindow.first, LowPenetrationWindow.second - LowPenetrationWindow.first};
    case DisplaySettings::Penetration::Normal: break;
    }
    const auto window = materialColour ? MaterialNormalWindow : NormalWindow;
    return {window.first, window.second - window.first};
}

std::pair<float, float> channelWeights(ViewKind kind, DisplaySettings::Channel channel)
{
    if (kind != ViewKind::DualEnergy || channel == DisplaySettings::Channel::Fused)
        return {0.5f, 0.5f}; // a single-energy view stores its channel as both a_low and a_high
    return channel == DisplaySettings::Channel::Low ? std::pair{1.0f, 0.0f} : std::pair{0.0f, 1.0f};
}

} // namespace

PipelineParameters PipelineParameters::make(ViewKind kind, const DisplaySettings &settings, bool hasBands,
                                            SignalRange range)
{
    using Control = EnhancementControl;
    const auto on = [&](Control control) { return EnhancementControls::isAvailable(kind, control); };
    const bool bandsOk = kind != ViewKind::DualEnergy || hasBands;
    PipelineParameters p;
    p.kind = kind;
    p.materialColour = on(Control::Colouring) && bandsOk && settings.colouring == DisplaySettings::Colouring::Material;
    if (on(Control::Stripping) && bandsOk)
        p.stripping = settings.stripping == DisplaySettings::Stripping::OrganicOnly ? StripToOrganic
            : settings.stripping == DisplaySettings::Stripping::InorganicOnly       ? StripToInorganic
                                                                                    : StripNone;
    std::tie(p.lowWeight, p.highWeight) = channelWeights(kind, settings.channel);
    std::tie(p.baseLow, p.baseWidth) = baseWindow(kind, settings, p.materialColour, range);
    const float width = p.baseWidth / float(std::clamp(settings.contrast, 0.05, 100.0));
    const float centre
        = p.baseLow + 0.5f * p.baseWidth + float(std::clamp(settings.brightness, -1.0, 1.0)) * 0.5f * p.baseWidth;
    p.windowLow = centre - 0.5f * width;
    p.inverseWidth = 1.0f / width;
    p.inverseGamma = float(1.0 / std::clamp(settings.gamma, 0.05, 20.0));
    p.palette = settings.palette;
    // Raw colour views, the material colours and the windows an officer moves on purpose
    // (penetration, auto) stay linear.
    if (kind != ViewKind::Colour && !p.materialColour && !settings.autoWindow
        && settings.penetration == DisplaySettings::Penetration::Normal)
        p.toneCompression = ConsoleCurveExponent * width;
    p.negative = settings.negative;
    p.edgeGain = on(Control::EdgeEnhancement) ? float(std::max(0.0, settings.edgeEnhancement)) : 0.0f;
    p.localContrast = on(Control::LocalContrast) && settings.localContrast;
    p.strippedDarkness = p.darkness(p.localContrast ? p.baseLow : 0.0f);
    p.densityHighlight = on(Control::DensityHighlight) && settings.densityHighlight;
    p.densityMin = float(settings.densityMin);
    p.densityMax = float(settings.densityMax);
    p.densityRgb = {float(settings.densityColour.redF()), float(settings.densityColour.greenF()),
                    float(settings.densityColour.blueF())};
    return p;
}

PipelineParameters PipelineParameters::forView(const ScanView &view, const DisplaySettings &settings, bool hasBands,
                                               SignalRange range)
{
    const bool megavolt = view.kind == ViewKind::DualEnergy && view.isMegavolt();
    PipelineParameters p = make(view.kind, settings, megavolt ? MevClassTable::portal() != nullptr : hasBands, range);
    p.megavolt = megavolt;
    if (view.displayEncoded)
        p.toneCompression *= DisplayEncodedExponent / ConsoleCurveExponent;
    return p;
}

} // namespace pen
