// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/ScanPlanes.h"

#include "enhance/AttenuationLut.h"
#include "enhance/MevRowClassifier.h"
#include "enhance/NeighbourSums.h"
#include "synth/ParallelRows.h"

#include <algorithm>

namespace pen::ScanPlanes {
namespace {

using NeighbourSums::columnSums;
using NeighbourSums::rowSum;

quint8 codeOf(const MaterialBandTable &bands, float aLow, float aHigh)
{
    const MaterialClass c = bands.classify(aLow, aHigh);
    if (c == MaterialClass::Background || c == MaterialClass::Impenetrable)
        return quint8(MaterialCode::of(c, 0));
    return quint8(MaterialCode::of(c, std::clamp(bands.hueStep(aLow, aHigh), 0, MaterialPalette::HueSteps - 1)));
}

} // namespace

Plane<float> signal(const ScanView &view, float lowWeight, float highWeight)
{
    const auto &lut = AttenuationLut::table();
    Plane<float> plane = allocate<float>(view);
    const quint16 *low = view.channels.front().pixels.data();
    const quint16 *high = view.channels.back().pixels.data();
    forEachRowRange(view.height, [&](int first, int last) {
        const size_t end = size_t(last) * size_t(view.width);
        for (size_t i = size_t(first) * size_t(view.width); i < end; ++i)
            plane[i] = lowWeight * lut[low[i]] + highWeight * lut[high[i]];
    });
    return plane;
}

Plane<float> edgeDetail(const ScanView &view, const float *signal)
{
    const int width = view.width, height = view.height;
    Plane<float> detail = allocate<float>(view);
    const auto row = [&](int y, size_t x) { return signal[size_t(y) * size_t(width) + x]; };
    forEachRowRange(height, [&](int first, int last) {
        std::vector<float> columns(static_cast<size_t>(width));
        for (int y = first; y < last; ++y) {
            columnSums(row, y, height, 2.0f, columns);
            const float rows = NeighbourSums::neighbourCount(y, height);
            const float *s = signal + size_t(y) * size_t(width);
            float *d = detail.get() + size_t(y) * size_t(width);
            for (int x = 0; x < width; ++x)
                d[x] = s[x]
                    - rowSum(columns.data(), x, width, 2.0f)
                        / ((rows + 1.0f) * (NeighbourSums::neighbourCount(x, width) + 1.0f));
        }
    });
    return detail;
}

Plane<quint8> materialCodes(const ScanView &view, const MaterialBandTable &bands)
{
    const auto &lut = AttenuationLut::table();
    const size_t width = size_t(view.width);
    Plane<quint8> codes = allocate<quint8>(view);
    const quint16 *low = view.channels.front().pixels.data();
    const quint16 *high = view.channels.back().pixels.data();
    const auto lowRow = [&](int y, size_t x) { return lut[low[size_t(y) * width + x]]; };
    const auto highRow = [&](int y, size_t x) { return lut[high[size_t(y) * width + x]]; };
    forEachRowRange(view.height, [&](int first, int last) {
        std::vector<float> columnLow(width), columnHigh(width);
        for (int y = first; y < last; ++y) {
            columnSums(lowRow, y, view.height, 1.0f, columnLow);
            columnSums(highRow, y, view.height, 1.0f, columnHigh);
            const float rows = NeighbourSums::neighbourCount(y, view.height);
            quint8 *code = codes.get() + size_t(y) * width;
            for (int x = 0; x < view.width; ++x) {
                const float n = rows * NeighbourSums::neighbourCount(x, view.width);
                code[x] = codeOf(bands, rowSum(columnLow.data(), x, view.width, 1.0f) / n,
                                 rowSum(columnHigh.data(), x, view.width, 1.0f) / n);
            }
        }
    });
    return codes;
}

Plane<quint8> mevCodes(const ScanView &view, const MevClassTable &table)
{
    Plane<quint8> codes = allocate<quint8>(view);
    forEachRowRange(view.height, [&](int first, int last) {
        MevRowClassifier classifier(view, table);
        std::vector<MevClassTable::Pixel> pixels(size_t(view.width));
        for (int y = first; y < last; ++y) {
            classifier.classifyRow(y, pixels.data());
            quint8 *code = codes.get() + size_t(y) * size_t(view.width);
            for (size_t x = 0; x < pixels.size(); ++x)
                code[x] = quint8(MaterialCode::of(pixels[x].materialClass, pixels[x].step));
        }
    });
    return codes;
}

} // namespace pen::ScanPlanes
