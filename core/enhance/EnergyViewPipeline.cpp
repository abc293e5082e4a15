// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/EnergyViewPipeline.h"

#include "enhance/AttenuationLut.h"
#include "enhance/MaterialPalette.h"

#include <array>

namespace pen {

// Three input rows in a ring (the row and its neighbours) and the column sums of the current row.
// The sums run in the same order as the shader's loops (top, middle, bottom; left, centre, right)
// so that both round alike.
struct EnergyViewPipeline::Rows {
    explicit Rows(int width)
    {
        for (int i = 0; i < 3; ++i) {
            low[size_t(i)].resize(size_t(width));
            high[size_t(i)].resize(size_t(width));
            signal[size_t(i)].resize(size_t(width));
        }
        columnLow.resize(size_t(width));
        columnHigh.resize(size_t(width));
        columnBlur.resize(size_t(width));
    }
    static size_t slot(int y) { return size_t(y % 3); }

    std::array<std::vector<float>, 3> low, high, signal;
    std::vector<float> columnLow, columnHigh, columnBlur;
};

EnergyViewPipeline::EnergyViewPipeline(const ScanView &view, const PipelineParameters &parameters,
                                       const MaterialBandTable *bands, const LocalContrastLuts *localContrast)
    : m_view(view), m_p(parameters), m_bands(bands), m_localContrast(localContrast)
{
    for (MaterialClass c : {MaterialClass::Background, MaterialClass::Organic, MaterialClass::Mixed,
                            MaterialClass::Inorganic, MaterialClass::Impenetrable})
        m_palette[size_t(c)] = MaterialPalette::rgb(c);
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
    Rows rows(m_view.width);
    if (first > 0)
        loadRow(rows, first - 1);
    loadRow(rows, first);
    for (int y = first; y < last; ++y) {
        if (y + 1 < m_view.height)
            loadRow(rows, y + 1);
        renderRow(rows, y, reinterpret_cast<QRgb *>(out.scanLine(y)));
    }
}

namespace {

// c = 0; c += w_top·top; c += w_mid·middle; c += w_bottom·bottom over the rows inside the image.
void columnSums(const std::array<std::vector<float>, 3> &ring, int y, int height, float middleWeight,
                std::vector<float> &out)
{
    const bool up = y > 0, down = y + 1 < height;
    const float *top = ring[size_t((y + 2) % 3)].data();
    const float *middle = ring[size_t(y % 3)].data();
    const float *bottom = ring[size_t((y + 1) % 3)].data();
    for (size_t x = 0; x < out.size(); ++x) {
        float c = 0.0f;
        if (up)
            c += top[x];
        c += middleWeight * middle[x];
        if (down)
            c += bottom[x];
        out[x] = c;
    }
}

float rowSum(const std::vector<float> &columns, int x, float centreWeight)
{
    float s = 0.0f;
    if (x > 0)
        s += columns[size_t(x - 1)];
    s += centreWeight * columns[size_t(x)];
    if (size_t(x + 1) < columns.size())
        s += columns[size_t(x + 1)];
    return s;
}

} // namespace

void EnergyViewPipeline::renderRow(Rows &rows, int y, QRgb *line) const
{
    const int width = m_view.width;
    const float rowCount = float(1 + (y > 0) + (y + 1 < m_view.height));
    const bool classes = m_p.needsClasses() && m_bands;
    if (classes) {
        columnSums(rows.low, y, m_view.height, 1.0f, rows.columnLow);
        columnSums(rows.high, y, m_view.height, 1.0f, rows.columnHigh);
    }
    if (m_p.edgeGain > 0)
        columnSums(rows.signal, y, m_view.height, 2.0f, rows.columnBlur);
    const float *signal = rows.signal[Rows::slot(y)].data();
    const float *aHigh = rows.high[Rows::slot(y)].data();
    for (int x = 0; x < width; ++x) {
        const float columnCount = float(1 + (x > 0) + (x + 1 < width));
        float s = signal[x];
        if (m_p.edgeGain > 0) {
            const float blur = rowSum(rows.columnBlur, x, 2.0f) / ((rowCount + 1.0f) * (columnCount + 1.0f));
            s = s + m_p.edgeGain * (s - blur);
        }
        if (m_localContrast && m_p.localContrast)
            s = m_p.baseLow + m_localContrast->map(x, y, s) * m_p.baseWidth;
        MaterialClass materialClass = MaterialClass::Background;
        if (classes) {
            const float n = rowCount * columnCount;
            materialClass = m_bands->classify(rowSum(rows.columnLow, x, 1.0f) / n, rowSum(rows.columnHigh, x, 1.0f) / n);
        }
        line[x] = colour(s, aHigh[x], materialClass);
    }
}

QRgb EnergyViewPipeline::colour(float signal, float aHigh, MaterialClass materialClass) const
{
    const bool stripped = m_p.strips(materialClass);
    const float lightness = stripped ? m_p.strippedLightness : m_p.lightness(signal);
    if (stripped)
        materialClass = MaterialClass::Background;
    MaterialPalette::Rgb rgb{lightness, lightness, lightness};
    if (m_p.materialColour && materialClass == MaterialClass::Impenetrable)
        rgb = m_palette[size_t(materialClass)];
    else if (m_p.materialColour && materialClass != MaterialClass::Background)
        rgb = MaterialPalette::shade(m_palette[size_t(materialClass)], 1.0f - lightness);
    if (m_p.negative)
        rgb = {1.0f - rgb[0], 1.0f - rgb[1], 1.0f - rgb[2]};
    if (m_p.densityHighlight && aHigh >= m_p.densityMin && aHigh <= m_p.densityMax) {
        const float shading = 0.4f + 0.6f * lightness;
        rgb = {m_p.densityRgb[0] * shading, m_p.densityRgb[1] * shading, m_p.densityRgb[2] * shading};
    }
    return qRgb(toByte(rgb[0]), toByte(rgb[1]), toByte(rgb[2]));
}

} // namespace pen
