// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/EnhancementPipeline.h"

#include "enhance/AttenuationLut.h"
#include "enhance/EnergyViewPipeline.h"
#include "enhance/HueClasses.h"
#include "synth/ParallelRows.h"

#include <array>
#include <optional>

namespace pen {
namespace {

Expected<void> checkPixels(const ScanView &view)
{
    const size_t pixels = size_t(std::max(view.width, 0)) * size_t(std::max(view.height, 0));
    if (view.width <= 0 || view.height <= 0 || !view.hasPixels())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("view \"%1\" has no pixels").arg(view.label));
    if (view.kind == ViewKind::Colour) {
        if (view.colour.rgb.size() != pixels * 3)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("view \"%1\": colour image size differs from the view's").arg(view.label));
        return {};
    }
    if (int(view.channels.size()) != view.expectedChannelCount())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("view \"%1\" has %2 channel(s), expected %3")
                                                         .arg(view.label).arg(view.channels.size()).arg(view.expectedChannelCount()));
    for (const Image16 &channel : view.channels) {
        if (channel.pixels.size() != pixels)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("view \"%1\": channel size differs from the view's").arg(view.label));
    }
    return {};
}

// Colour views: every component (or the luma) through the window, a 256-entry table of the same
// arithmetic as the shader's.
QImage renderColour(const ScanView &view, const PipelineParameters &p)
{
    std::array<int, 256> byteOf{};
    for (int c = 0; c < 256; ++c) {
        const float lightness = p.lightness(1.0f - float(c) / 255.0f);
        byteOf[size_t(c)] = toByte(p.negative ? 1.0f - lightness : lightness);
    }
    QImage out(view.width, view.height, QImage::Format_RGB32);
    forEachRowRange(view.height, [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < view.width; ++x) {
                const quint8 *rgb = view.colour.pixel(x, y);
                int r = rgb[0], g = rgb[1], b = rgb[2];
                if (p.stripping != PipelineParameters::StripNone && p.strips(HueClasses::classify(r, g, b)))
                    r = g = b = 255;
                if (!p.materialColour)
                    r = g = b = (77 * r + 150 * g + 29 * b + 128) >> 8;
                line[x] = qRgb(byteOf[size_t(r)], byteOf[size_t(g)], byteOf[size_t(b)]);
            }
        }
    });
    return out;
}

} // namespace

SignalRange EnhancementPipeline::signalRange(const ScanView &view, DisplaySettings::Channel channel)
{
    if (view.kind == ViewKind::Colour || view.channels.empty())
        return {};
    const PipelineParameters p = PipelineParameters::make(view.kind, DisplaySettings{.channel = channel}, false);
    const auto &lut = AttenuationLut::table();
    const std::vector<quint16> &low = view.channels.front().pixels;
    const std::vector<quint16> &high = view.channels.back().pixels;
    SignalRange range{AttenuationLut::MaxAttenuation, 0.0f};
    for (size_t i = 0; i < low.size(); ++i) {
        const float s = p.lowWeight * lut[low[i]] + p.highWeight * lut[high[i]];
        range.low = std::min(range.low, s);
        range.high = std::max(range.high, s);
    }
    return range.low <= range.high ? range : SignalRange{};
}

PipelineParameters EnhancementPipeline::parameters(const ScanView &view, bool hasBands, const DisplaySettings &settings)
{
    const SignalRange range = settings.autoWindow ? signalRange(view, settings.channel) : SignalRange{};
    return PipelineParameters::make(view.kind, settings, hasBands, range);
}

Expected<QImage> EnhancementPipeline::render(const ScanView &view, const MaterialBands *bands, const DisplaySettings &settings)
{
    if (auto ok = checkPixels(view); !ok)
        return ok.error();
    const PipelineParameters p = parameters(view, bands != nullptr, settings);
    if (view.kind == ViewKind::Colour)
        return renderColour(view, p);
    std::optional<MaterialBandTable> bandTable;
    if (bands && p.needsClasses())
        bandTable.emplace(*bands);
    std::optional<LocalContrastLuts> luts;
    if (p.localContrast)
        luts.emplace(TileHistograms::compute(view, p.lowWeight, p.highWeight, p.baseLow, p.baseWidth),
                     settings.localContrastClip);
    const EnergyViewPipeline pipeline(view, p, bandTable ? &*bandTable : nullptr, luts ? &*luts : nullptr);
    QImage out(view.width, view.height, QImage::Format_RGB32);
    forEachRowRange(view.height, [&](int first, int last) { pipeline.renderRows(out, first, last); });
    return out;
}

} // namespace pen
