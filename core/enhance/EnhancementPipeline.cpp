// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/EnhancementPipeline.h"

#include "enhance/AttenuationLut.h"
#include "enhance/EnergyViewPipeline.h"
#include "enhance/HueClasses.h"
#include "enhance/ToneTable.h"
#include "synth/ParallelRows.h"

#include <array>

namespace pen {

Expected<void> EnhancementPipeline::checkPixels(const ScanView &view)
{
    const size_t pixels = size_t(std::max(view.width, 0)) * size_t(std::max(view.height, 0));
    if (view.width <= 0 || view.height <= 0 || !view.hasPixels())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("view \"%1\" has no pixels").arg(view.label));
    if (view.kind == ViewKind::Colour) {
        if (view.colour.rgb.size() != pixels * 3)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("view \"%1\": colour image size differs from the view's").arg(view.label));
        return {};
    }
    if (int(view.channels.size()) != view.expectedChannelCount())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("view \"%1\" has %2 channel(s), expected %3")
                             .arg(view.label)
                             .arg(view.channels.size())
                             .arg(view.expectedChannelCount()));
    for (const Image16 &channel : view.channels) {
        if (channel.pixels.size() != pixels)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("view \"%1\": channel size differs from the view's").arg(view.label));
    }
    return {};
}

namespace {

// Colour views: every component (or the luma) through the window and the tone table's grey row,
// as the shader does, here tabulated for the 256 component values.
void renderColour(const ScanView &view, const PipelineParameters &p, QImage &out)
{
    const ToneTable tones(p);
    std::array<int, 256> byteOf{};
    for (int c = 0; c < 256; ++c)
        byteOf[size_t(c)] = qRed(tones.at(ToneTable::Grey, ToneTable::level(p.darkness(1.0f - float(c) / 255.0f))));
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
    return PipelineParameters::forView(view, settings, hasBands, range);
}

Expected<QImage> EnhancementPipeline::render(const ScanView &view, const MaterialBands *bands,
                                             const DisplaySettings &settings)
{
    QImage out;
    if (auto rendered = renderInto(view, bands, settings, out); !rendered)
        return rendered.error();
    return out;
}

Expected<void> EnhancementPipeline::renderInto(const ScanView &view, const MaterialBands *bands,
                                               const DisplaySettings &settings, QImage &target)
{
    if (auto ok = checkPixels(view); !ok)
        return ok.error();
    if (target.size() != QSize(view.width, view.height) || target.format() != QImage::Format_RGB32)
        target = QImage(view.width, view.height, QImage::Format_RGB32);
    target.bits(); // detaches here, so that the threads' scanLine() calls find it unshared
    const PipelineParameters p = parameters(view, bands != nullptr, settings);
    // One render of a scan: every quantity on the fly, in one pass, beats computing planes to keep.
    if (view.kind == ViewKind::Colour)
        renderColour(view, p, target);
    else
        EnergyViewPipeline::render(view, bands, p, settings.localContrastClip, target);
    return {};
}

} // namespace pen
