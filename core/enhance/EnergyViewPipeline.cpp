// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/EnergyViewPipeline.h"

#include "enhance/AttenuationLut.h"
#include "enhance/MevRowClassifier.h"
#include "enhance/NeighbourSums.h"
#include "synth/ParallelRows.h"

#include <cstring>
#include <optional>

namespace pen {

// Three input rows in a ring (the row and its neighbours), the column sums of the current row and
// one array per stage. Sums run in the same order as the shader's loops (top, middle, bottom;
// left, centre, right) so that both round alike.
struct EnergyViewPipeline::Rows {
    explicit Rows(int width)
    {
        const size_t w = size_t(width);
        for (size_t i = 0; i < 3; ++i) {
            low[i].resize(w);
            high[i].resize(w);
            signal[i].resize(w);
        }
        columnLow.resize(w);
        columnHigh.resize(w);
        columnBlur.resize(w);
        value.resize(w);
        classes.resize(w);
        hueSteps.resize(w);
    }
    static size_t slot(int y) { return size_t(y % 3); }

    std::array<std::vector<float>, 3> low, high, signal;
    std::vector<float> columnLow, columnHigh, columnBlur;
    std::vector<float> value; ///< the signal after edge and local contrast enhancement
    std::vector<MaterialClass> classes;
    std::vector<int> hueSteps; ///< material colour only; MeV views: the MevClassTable::Step
    std::optional<MevRowClassifier> mev;
    std::vector<MevClassTable::Pixel> mevPixels;
};

namespace {

// The column sums of the ring of three rows kept while rendering row by row.
void columnSums(const std::array<std::vector<float>, 3> &ring, int y, int height, float middleWeight,
                std::vector<float> &out)
{
    NeighbourSums::columnSums([&](int r, size_t x) { return ring[size_t((r + 3) % 3)][x]; }, y, height, middleWeight,
                              out);
}

using NeighbourSums::neighbourCount;
using NeighbourSums::rowSum;

} // namespace

EnergyViewPipeline::EnergyViewPipeline(const ScanView &view, const PipelineParameters &parameters,
                                       const ToneTable &tones, const MaterialBandTable *bands, const MevClassTable *mev,
                                       const LocalContrastLuts *localContrast, const LocalContrastTable *contrastTable)
    : m_view(view), m_p(parameters), m_tones(tones), m_bands(bands), m_mev(mev), m_localContrast(localContrast),
      m_contrastTable(parameters.localContrast && parameters.edgeGain == 0 ? contrastTable : nullptr)
{
    if (!m_contrastTable || m_p.needsClasses() || m_p.densityHighlight)
        return;
    m_equalisedGrey.resize(size_t(LocalContrastTable::One) + 1);
    for (int e = 0; e <= LocalContrastTable::One; ++e)
        m_equalisedGrey[size_t(e)] = m_tones.at(ToneTable::Grey, ToneTable::level(m_p.darkness(equalisedSignal(e))));
}

void EnergyViewPipeline::render(const ScanView &view, const MaterialBands *bands, const PipelineParameters &p,
                                double clipLimit, QImage &out)
{
    std::optional<MaterialBandTable> bandTable;
    if (bands && p.needsClasses() && !p.megavolt)
        bandTable.emplace(*bands);
    const MevClassTable *mev = p.megavolt && p.needsClasses() ? MevClassTable::portal() : nullptr;
    std::optional<LocalContrastLuts> luts;
    std::optional<LocalContrastTable> table;
    if (p.localContrast) {
        luts.emplace(TileHistograms::compute(view, p.lowWeight, p.highWeight, p.baseLow, p.baseWidth), clipLimit);
        // The unsharp mask makes the signal more than a function of one 16-bit value.
        const auto signal = SingleChannelSignal::of(view, p.lowWeight, p.highWeight);
        if (signal && p.edgeGain == 0)
            table.emplace(*luts, *signal);
    }
    const ToneTable tones(p);
    const EnergyViewPipeline pipeline(view, p, tones, bandTable ? &*bandTable : nullptr, mev, luts ? &*luts : nullptr,
                                      table ? &*table : nullptr);
    forEachRowRange(view.height, [&](int first, int last) { pipeline.renderRows(out, first, last); });
}

void EnergyViewPipeline::loadRow(Rows &rows, int y) const
{
    const auto &lut = AttenuationLut::table();
    const size_t offset = size_t(y) * size_t(m_view.width);
    const quint16 *low = m_view.channels.front().pixels.data() + offset;
    const quint16 *high = m_view.channels.back().pixels.data() + offset;
    float *aLow = rows.low[Rows::slot(y)].data();
    float *aHigh = rows.high[Rows::slot(y)].data();
    float *signal = rows.signal[Rows::slot(y)].data();
    for (int x = 0; x < m_view.width; ++x) {
        aLow[x] = lut[low[x]];
        aHigh[x] = lut[high[x]];
        signal[x] = m_p.lowWeight * aLow[x] + m_p.highWeight * aHigh[x];
    }
}

void EnergyViewPipeline::renderRows(QImage &out, int first, int last) const
{
    if (!m_equalisedGrey.empty()) {
        renderEqualisedGrey(out, first, last);
        return;
    }
    Rows rows(m_view.width);
    if (m_mev) {
        rows.mev.emplace(m_view, *m_mev);
        rows.mevPixels.resize(size_t(m_view.width));
    }
    if (first > 0)
        loadRow(rows, first - 1);
    loadRow(rows, first);
    for (int y = first; y < last; ++y) {
        if (y + 1 < m_view.height)
            loadRow(rows, y + 1);
        renderRow(rows, y, reinterpret_cast<QRgb *>(out.scanLine(y)));
    }
}

void EnergyViewPipeline::renderRow(Rows &rows, int y, QRgb *line) const
{
    const int width = m_view.width;
    const float rowCount = float(1 + (y > 0) + (y + 1 < m_view.height));
    float *value = rows.value.data();
    std::memcpy(value, rows.signal[Rows::slot(y)].data(), size_t(width) * sizeof(float));
    if (m_p.edgeGain > 0)
        sharpen(rows, y, rowCount);
    if (m_p.localContrast)
        equalise(rows, y);
    if (m_p.needsClasses() && m_mev)
        classifyMev(rows, y);
    else if (m_p.needsClasses() && m_bands)
        classify(rows, y, rowCount);
    else
        std::fill(rows.classes.begin(), rows.classes.end(), MaterialClass::Background);
    colourRow(rows, y, line);
}

// Neither attenuations nor neighbours: a 16-bit value, its equalised value, its colour.
void EnergyViewPipeline::renderEqualisedGrey(QImage &out, int first, int last) const
{
    const QRgb *grey = m_equalisedGrey.data();
    for (int y = first; y < last; ++y)
        m_contrastTable->mapRow(y, reinterpret_cast<QRgb *>(out.scanLine(y)), [grey](quint32 e) { return grey[e]; });
}

void EnergyViewPipeline::equalise(Rows &rows, int y) const
{
    float *value = rows.value.data();
    if (m_contrastTable) {
        m_contrastTable->mapRow(y, value, [this](quint32 e) { return equalisedSignal(int(e)); });
    } else if (m_localContrast) {
        m_localContrast->mapRow(y, value);
        for (int x = 0; x < m_view.width; ++x)
            value[x] = m_p.baseLow + value[x] * m_p.baseWidth;
    }
}

// The unsharp mask s + gain·(s − blur) with the 3×3 binomial blur over the pixels inside the image.
void EnergyViewPipeline::sharpen(Rows &rows, int y, float rowCount) const
{
    columnSums(rows.signal, y, m_view.height, 2.0f, rows.columnBlur);
    const float *columns = rows.columnBlur.data();
    float *value = rows.value.data();
    for (int x = 0; x < m_view.width; ++x) {
        const float blur
            = rowSum(columns, x, m_view.width, 2.0f) / ((rowCount + 1.0f) * (neighbourCount(x, m_view.width) + 1.0f));
        value[x] = value[x] + m_p.edgeGain * (value[x] - blur);
    }
}

// Classes, and hue steps for the material colours, from the 3×3 means of a_low and a_high over
// the pixels inside the image: where materials overlap or meet, the means blend their colours.
void EnergyViewPipeline::classify(Rows &rows, int y, float rowCount) const
{
    columnSums(rows.low, y, m_view.height, 1.0f, rows.columnLow);
    columnSums(rows.high, y, m_view.height, 1.0f, rows.columnHigh);
    const float *low = rows.columnLow.data();
    const float *high = rows.columnHigh.data();
    for (int x = 0; x < m_view.width; ++x) {
        const float n = rowCount * neighbourCount(x, m_view.width);
        const float aLow = rowSum(low, x, m_view.width, 1.0f) / n;
        const float aHigh = rowSum(high, x, m_view.width, 1.0f) / n;
        const MaterialClass c = m_bands->classify(aLow, aHigh);
        rows.classes[size_t(x)] = c;
        if (m_p.materialColour && c != MaterialClass::Background && c != MaterialClass::Impenetrable)
            rows.hueSteps[size_t(x)] = m_bands->hueStep(aLow, aHigh);
    }
}

void EnergyViewPipeline::classifyMev(Rows &rows, int y) const
{
    rows.mev->classifyRow(y, rows.mevPixels.data());
    for (size_t x = 0; x < rows.mevPixels.size(); ++x) {
        rows.classes[x] = rows.mevPixels[x].materialClass;
        rows.hueSteps[x] = rows.mevPixels[x].step;
    }
}

void EnergyViewPipeline::colourRow(const Rows &rows, int y, QRgb *line) const
{
    const float *value = rows.value.data();
    if (!m_p.needsClasses() && !m_p.densityHighlight) {
        for (int x = 0; x < m_view.width; ++x)
            line[x] = m_tones.at(ToneTable::Grey, ToneTable::level(m_p.darkness(value[x])));
        return;
    }
    const float *aHigh = rows.high[Rows::slot(y)].data();
    const int strippedLevel = ToneTable::level(m_p.strippedDarkness);
    for (int x = 0; x < m_view.width; ++x) {
        MaterialClass c = rows.classes[size_t(x)];
        int level = ToneTable::level(m_p.darkness(value[x]));
        const bool stripped = m_p.strips(c);
        if (stripped) {
            c = MaterialClass::Background;
            level = strippedLevel;
        }
        int row = ToneTable::Grey;
        if (m_p.materialColour && c == MaterialClass::Impenetrable)
            row = ToneTable::Impenetrable;
        else if (m_p.materialColour && m_p.megavolt && !stripped)
            row = ToneTable::FirstMev + rows.hueSteps[size_t(x)];
        else if (m_p.materialColour && c != MaterialClass::Background)
            row = ToneTable::FirstHue + rows.hueSteps[size_t(x)];
        if (m_p.densityHighlight && aHigh[x] >= m_p.densityMin && aHigh[x] <= m_p.densityMax)
            row = ToneTable::Density;
        line[x] = m_tones.at(row, level);
    }
}

} // namespace pen
