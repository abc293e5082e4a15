// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/PreparedView.h"

#include "enhance/EnhancementPipeline.h"
#include "enhance/LocalContrastTable.h"
#include "enhance/PlaneShading.h"
#include "enhance/ScanPlanes.h"
#include "synth/ParallelRows.h"

#include <array>
#include <optional>

namespace pen {
namespace {

// What local contrast's histograms depend on: the signal and the window its bins span.
struct HistogramKey {
    float lowWeight = 0;
    float highWeight = 0;
    float baseLow = 0;
    float baseWidth = 0;
    bool operator==(const HistogramKey &) const = default;
};

// What its equalised values depend on besides: the clip limit, and the unsharp mask before it.
struct EqualisedKey {
    HistogramKey histograms;
    double clipLimit = 0;
    float edgeGain = 0;
    bool operator==(const EqualisedKey &) const = default;
};

// The planes of one channel choice (signal weights).
struct ChannelPlanes {
    float lowWeight = 0;
    float highWeight = 0;
    std::optional<SingleChannelSignal> single; ///< where the signal is a function of one channel
    ScanPlanes::Plane<float> signal;
    ScanPlanes::Plane<float> detail;
};

} // namespace

struct PreparedView::Planes {
    const ScanView &view;
    const MaterialBands *bands = nullptr;
    int preparations = 0;
    std::vector<std::unique_ptr<ChannelPlanes>> channels;
    std::array<std::optional<SignalRange>, 3> ranges; ///< by DisplaySettings::Channel
    ScanPlanes::Plane<quint8> codes;
    std::optional<HistogramKey> histogramKey;
    std::optional<TileHistograms> histograms;
    std::optional<EqualisedKey> equalisedKey;
    ScanPlanes::Plane<quint16> equalisedIndices; ///< where one channel gives the signal and no mask applies
    std::vector<float> equalisedValueOf;
    ScanPlanes::Plane<float> equalisedValues; ///< elsewhere

    Planes(const ScanView &v, const MaterialBands *b) : view(v), bands(b) {}

    PipelineParameters parameters(const DisplaySettings &settings);
    ChannelPlanes &channel(float lowWeight, float highWeight);
    const float *signal(ChannelPlanes &channel);
    const float *detail(ChannelPlanes &channel);
    const quint8 *materialCodes(const PipelineParameters &p);
    const TileHistograms &tileHistograms(const HistogramKey &key);
    ShadingValues equalised(const PipelineParameters &p, double clipLimit, ChannelPlanes &channel);
    void equaliseWithTable(const PipelineParameters &p, const LocalContrastLuts &luts,
                           const SingleChannelSignal &signal);
    void equaliseInFloat(const PipelineParameters &p, const LocalContrastLuts &luts, ChannelPlanes &channel);
    ShadingValues values(const PipelineParameters &p, double clipLimit);
};

PipelineParameters PreparedView::Planes::parameters(const DisplaySettings &settings)
{
    SignalRange range;
    if (settings.autoWindow) {
        auto &kept = ranges[size_t(settings.channel)];
        if (!kept) {
            kept = EnhancementPipeline::signalRange(view, settings.channel);
            ++preparations;
        }
        range = *kept;
    }
    return PipelineParameters::forView(view, settings, bands != nullptr, range);
}

ChannelPlanes &PreparedView::Planes::channel(float lowWeight, float highWeight)
{
    for (auto &kept : channels) {
        if (kept->lowWeight == lowWeight && kept->highWeight == highWeight)
            return *kept;
    }
    auto planes = std::make_unique<ChannelPlanes>();
    planes->lowWeight = lowWeight;
    planes->highWeight = highWeight;
    planes->single = SingleChannelSignal::of(view, lowWeight, highWeight);
    channels.push_back(std::move(planes));
    return *channels.back();
}

const float *PreparedView::Planes::signal(ChannelPlanes &channel)
{
    if (!channel.signal) {
        channel.signal = ScanPlanes::signal(view, channel.lowWeight, channel.highWeight);
        ++preparations;
    }
    return channel.signal.get();
}

const float *PreparedView::Planes::detail(ChannelPlanes &channel)
{
    if (!channel.detail) {
        channel.detail = ScanPlanes::edgeDetail(view, signal(channel));
        ++preparations;
    }
    return channel.detail.get();
}

const quint8 *PreparedView::Planes::materialCodes(const PipelineParameters &p)
{
    if (!p.needsClasses() || (!bands && !p.megavolt))
        return nullptr;
    if (!codes) {
        codes = p.megavolt ? ScanPlanes::mevCodes(view, *MevClassTable::portal())
                           : ScanPlanes::materialCodes(view, MaterialBandTable(*bands));
        ++preparations;
    }
    return codes.get();
}

const TileHistograms &PreparedView::Planes::tileHistograms(const HistogramKey &key)
{
    if (histogramKey != key) {
        histograms = TileHistograms::compute(view, key.lowWeight, key.highWeight, key.baseLow, key.baseWidth);
        histogramKey = key;
        ++preparations;
    }
    return *histograms;
}

ShadingValues PreparedView::Planes::equalised(const PipelineParameters &p, double clipLimit, ChannelPlanes &channel)
{
    const HistogramKey histogramsFor{p.lowWeight, p.highWeight, p.baseLow, p.baseWidth};
    // The unsharp mask makes the signal more than a function of one 16-bit value.
    const bool table = channel.single && p.edgeGain == 0;
    const EqualisedKey key{histogramsFor, clipLimit, p.edgeGain};
    if (equalisedKey != key) {
        const LocalContrastLuts luts(tileHistograms(histogramsFor), clipLimit);
        equalisedKey.reset();
        if (table)
            equaliseWithTable(p, luts, *channel.single);
        else
            equaliseInFloat(p, luts, channel);
        equalisedKey = key;
        ++preparations;
    }
    if (table)
        return {.indices = equalisedIndices.get(), .valueOf = &equalisedValueOf};
    return {.values = equalisedValues.get()};
}

void PreparedView::Planes::equaliseWithTable(const PipelineParameters &p, const LocalContrastLuts &luts,
                                             const SingleChannelSignal &signal)
{
    const LocalContrastTable table(luts, signal);
    const size_t width = size_t(view.width);
    equalisedValues.reset();
    equalisedIndices = ScanPlanes::allocate<quint16>(view);
    forEachRowRange(view.height, [&](int first, int last) {
        for (int y = first; y < last; ++y)
            table.mapRow(y, equalisedIndices.get() + size_t(y) * width, [](quint32 e) { return quint16(e); });
    });
    equalisedValueOf.resize(size_t(LocalContrastTable::One) + 1);
    for (int e = 0; e <= LocalContrastTable::One; ++e)
        equalisedValueOf[size_t(e)] = p.baseLow + float(e) / float(LocalContrastTable::One) * p.baseWidth;
}

void PreparedView::Planes::equaliseInFloat(const PipelineParameters &p, const LocalContrastLuts &luts,
                                           ChannelPlanes &channel)
{
    const float *s = signal(channel);
    const float *d = p.edgeGain > 0 ? detail(channel) : nullptr;
    const size_t width = size_t(view.width);
    equalisedIndices.reset();
    equalisedValues = ScanPlanes::allocate<float>(view);
    forEachRowRange(view.height, [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            const size_t offset = size_t(y) * width;
            float *value = equalisedValues.get() + offset;
            for (size_t x = 0; x < width; ++x)
                value[x] = d ? s[offset + x] + p.edgeGain * d[offset + x] : s[offset + x];
            luts.mapRow(y, value);
            for (size_t x = 0; x < width; ++x)
                value[x] = p.baseLow + value[x] * p.baseWidth;
        }
    });
}

ShadingValues PreparedView::Planes::values(const PipelineParameters &p, double clipLimit)
{
    ChannelPlanes &planes = channel(p.lowWeight, p.highWeight);
    if (p.localContrast)
        return equalised(p, clipLimit, planes);
    if (p.edgeGain > 0)
        return {.values = signal(planes), .detail = detail(planes), .gain = p.edgeGain};
    if (planes.single)
        return {.indices = planes.single->channel->pixels.data(), .valueOf = &planes.single->signalOf};
    return {.values = signal(planes)};
}

PreparedView::PreparedView() = default;

PreparedView::PreparedView(const ScanView &view, const MaterialBands *bands)
{
    setView(view, bands);
}

PreparedView::~PreparedView() = default;

void PreparedView::setView(const ScanView &view, const MaterialBands *bands)
{
    const std::lock_guard lock(m_mutex);
    m_view = &view;
    m_bands = bands;
    m_planes = std::make_unique<Planes>(view, bands);
}

int PreparedView::preparations() const
{
    const std::lock_guard lock(m_mutex);
    return m_planes ? m_planes->preparations : 0;
}

Expected<void> PreparedView::prepare(const DisplaySettings &settings)
{
    const std::lock_guard lock(m_mutex);
    if (!m_view)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no view to prepare"));
    if (auto ok = EnhancementPipeline::checkPixels(*m_view); !ok || m_view->kind == ViewKind::Colour)
        return ok;
    const PipelineParameters p = m_planes->parameters(settings);
    m_planes->values(p, settings.localContrastClip);
    m_planes->materialCodes(p);
    return {};
}

Expected<void> PreparedView::renderInto(const DisplaySettings &settings, QImage &target)
{
    const std::lock_guard lock(m_mutex);
    if (!m_view)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no view to render"));
    const ScanView &view = *m_view;
    if (view.kind == ViewKind::Colour)
        return EnhancementPipeline::renderInto(view, m_bands, settings, target);
    if (auto ok = EnhancementPipeline::checkPixels(view); !ok)
        return ok;
    if (target.size() != QSize(view.width, view.height) || target.format() != QImage::Format_RGB32)
        target = QImage(view.width, view.height, QImage::Format_RGB32);
    target.bits(); // detaches here, so that the threads' scanLine() calls find it unshared
    const PipelineParameters p = m_planes->parameters(settings);
    const ShadingValues values = m_planes->values(p, settings.localContrastClip);
    const ToneTable tones(p);
    const PlaneShading shading(p, tones, values, m_planes->materialCodes(p), view.channels.back().pixels.data());
    forEachRowRange(view.height, [&](int first, int last) { shading.shadeRows(target, view.width, first, last); });
    return {};
}

} // namespace pen
