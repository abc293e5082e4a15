// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "render/ScanRendering.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace pen {
namespace {

// −ln T per pixel, T clamped away from 0 so that opaque pixels stay finite.
std::vector<float> attenuation(const Image16 &channel)
{
    std::vector<float> a(channel.pixels.size());
    for (size_t i = 0; i < a.size(); ++i)
        a[i] = float(-std::log(std::max<double>(channel.pixels[i], 1.0) / 65535.0));
    return a;
}

std::vector<float> boxMean3(const std::vector<float> &values, int width, int height)
{
    std::vector<float> out(values.size());
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            float sum = 0;
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int xx = x + dx, yy = y + dy;
                    if (xx >= 0 && yy >= 0 && xx < width && yy < height) {
                        sum += values[size_t(yy) * size_t(width) + size_t(xx)];
                        ++n;
                    }
                }
            }
            out[size_t(y) * size_t(width) + size_t(x)] = sum / float(n);
        }
    }
    return out;
}

// Thin matter is a pale tint of its class colour, thick matter the full, darker colour.
QRgb shade(const QColor &colour, double aHigh)
{
    const double strength = std::clamp(aHigh / 1.5, 0.35, 1.0);
    const double darkening = 1.0 - 0.45 * std::clamp((aHigh - 1.5) / 3.0, 0.0, 1.0);
    const auto mix = [&](int c) { return int(std::lround((255.0 * (1 - strength) + c * strength) * darkening)); };
    return qRgb(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

QColor ScanRendering::materialColour(MaterialClass materialClass)
{
    switch (materialClass) {
    case MaterialClass::Background: return QColor(255, 255, 255);
    case MaterialClass::Organic: return QColor(240, 140, 20);
    case MaterialClass::Mixed: return QColor(40, 170, 60);
    case MaterialClass::Inorganic: return QColor(30, 90, 230);
    case MaterialClass::Impenetrable: return QColor(110, 0, 0);
    }
    return {};
}

Expected<QImage> ScanRendering::grey(const ScanView &view, int channel)
{
    if (view.kind == ViewKind::Colour) {
        return QImage(view.colour.rgb.data(), view.width, view.height, view.width * 3, QImage::Format_RGB888)
            .convertToFormat(QImage::Format_RGB32);
    }
    if (channel < 0 || size_t(channel) >= view.channels.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the view has no channel %1").arg(channel));
    const Image16 &image = view.channels[size_t(channel)];
    const auto [low, high] = std::minmax_element(image.pixels.begin(), image.pixels.end());
    const double range = std::max(1, int(*high) - int(*low));
    QImage out(image.width, image.height, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < image.width; ++x)
            line[x] = uchar(std::lround(255.0 * (image.at(x, y) - *low) / range));
    }
    return out;
}

Expected<QImage> ScanRendering::materialColour(const ScanView &view, const MaterialBands &bands)
{
    if (view.kind != ViewKind::DualEnergy || view.channels.size() != 2)
        return makeError(ErrorCode::Unsupported, QStringLiteral("the material view needs low- and high-energy channels"));
    const std::vector<float> aLow = boxMean3(attenuation(view.channels[0]), view.width, view.height);
    const std::vector<float> aHigh = boxMean3(attenuation(view.channels[1]), view.width, view.height);
    QImage out(view.width, view.height, QImage::Format_RGB32);
    for (int y = 0; y < view.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < view.width; ++x) {
            const size_t i = size_t(y) * size_t(view.width) + size_t(x);
            const MaterialClass materialClass = bands.classify(aLow[i], aHigh[i]);
            line[x] = materialClass == MaterialClass::Background ? qRgb(255, 255, 255)
                                                                 : shade(materialColour(materialClass), aHigh[i]);
        }
    }
    return out;
}

} // namespace pen
