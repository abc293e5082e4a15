// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HalvedView.h"

#include "synth/ParallelRows.h"

#include <algorithm>

namespace pen::gui {
namespace {

// Reading the last column or row twice where the size is odd makes the sum of four the doubled
// sum of the two (or the quadrupled one) pixels there, so one division by four serves every block.
template <typename Pixel, int Components>
void halve(const Pixel *in, int width, int height, Pixel *out, int outWidth, int outHeight)
{
    forEachRowRange(outHeight, [=](int first, int last) {
        for (int y = first; y < last; ++y) {
            const Pixel *top = in + size_t(2 * y) * size_t(width) * Components;
            const Pixel *bottom = in + size_t(std::min(2 * y + 1, height - 1)) * size_t(width) * Components;
            Pixel *row = out + size_t(y) * size_t(outWidth) * Components;
            for (int x = 0; x < outWidth; ++x) {
                const size_t left = size_t(2 * x) * Components;
                const size_t right = size_t(std::min(2 * x + 1, width - 1)) * Components;
                for (int c = 0; c < Components; ++c) {
                    const unsigned sum
                        = unsigned(top[left + c]) + top[right + c] + bottom[left + c] + bottom[right + c];
                    row[size_t(x) * Components + size_t(c)] = Pixel((sum + 2) / 4);
                }
            }
        }
    });
}

} // namespace

ScanView halvedView(const ScanView &view)
{
    ScanView half;
    half.label = view.label;
    half.kind = view.kind;
    half.width = (view.width + 1) / 2;
    half.height = (view.height + 1) / 2;
    if (view.pixelSizeMm)
        half.pixelSizeMm = *view.pixelSizeMm * 2;
    half.peakKv = view.peakKv;
    half.displayEncoded = view.displayEncoded;
    for (const Image16 &channel : view.channels) {
        Image16 halved(half.width, half.height);
        halve<quint16, 1>(channel.pixels.data(), channel.width, channel.height, halved.pixels.data(), half.width,
                          half.height);
        half.channels.push_back(std::move(halved));
    }
    if (!view.colour.isEmpty()) {
        half.colour = RgbImage8(half.width, half.height);
        halve<quint8, 3>(view.colour.rgb.data(), view.colour.width, view.colour.height, half.colour.rgb.data(),
                         half.width, half.height);
    }
    return half;
}

} // namespace pen::gui
