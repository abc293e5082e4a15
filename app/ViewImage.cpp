// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ViewImage.h"

#include <algorithm>
#include <cstring>

namespace pen::gui::ViewImage {
namespace {

QImage colourImage(const RgbImage8 &colour)
{
    QImage image(colour.width, colour.height, QImage::Format_RGB888);
    const size_t rowBytes = size_t(colour.width) * 3;
    // QImage pads its rows to four bytes; the model's rows are packed.
    for (int y = 0; y < colour.height; ++y)
        std::memcpy(image.scanLine(y), colour.pixel(0, y), rowBytes);
    return image;
}

} // namespace

QImage windowedGrey(const Image16 &channel)
{
    if (channel.isEmpty())
        return QImage();
    const auto [low, high] = std::minmax_element(channel.pixels.cbegin(), channel.pixels.cend());
    const int minimum = *low;
    const int range = *high - *low;
    QImage image(channel.width, channel.height, QImage::Format_Grayscale8);
    for (int y = 0; y < channel.height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < channel.width; ++x) {
            const int value = channel.at(x, y);
            line[x] = uchar(range > 0 ? (value - minimum) * 255 / range : value / 257);
        }
    }
    return image;
}

QImage render(const ScanView &view)
{
    if (!view.hasPixels())
        return QImage();
    if (view.kind == ViewKind::Colour)
        return colourImage(view.colour);
    const size_t channel = view.kind == ViewKind::DualEnergy && view.channels.size() > 1
        ? size_t(ScanView::HighEnergy) : 0;
    return windowedGrey(view.channels[channel]);
}

} // namespace pen::gui::ViewImage
