// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AttenuationMaps.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace pen::classical {
namespace {

// −ln(T/65535) for every 16-bit value; 0 (nothing came through) is read as 1 so that it stays finite.
const std::array<float, 65536> &attenuationOfValue()
{
    static const std::array<float, 65536> table = [] {
        std::array<float, 65536> a{};
        for (size_t v = 0; v < a.size(); ++v)
            a[v] = float(-std::log(double(std::max<size_t>(v, 1)) / 65535.0));
        return a;
    }();
    return table;
}

cv::Mat attenuation(const uint16_t *values, int width, int height)
{
    const std::array<float, 65536> &lookUp = attenuationOfValue();
    cv::Mat a(height, width, CV_32F);
    float *out = a.ptr<float>();
    const size_t count = size_t(width) * size_t(height);
    for (size_t i = 0; i < count; ++i)
        out[i] = lookUp[values[i]];
    return a;
}

cv::Mat reduced(const cv::Mat &full, double factor)
{
    if (factor <= 1)
        return full;
    cv::Mat small;
    const cv::Size size(std::max(1, int(std::lround(full.cols / factor))),
                        std::max(1, int(std::lround(full.rows / factor))));
    cv::resize(full, small, size, 0, 0, cv::INTER_AREA);
    return small;
}

} // namespace

AttenuationMaps AttenuationMaps::fromView(const pen_atd_view &view, double targetMm, int maxSide, double assumedMm)
{
    const int width = int(view.width), height = int(view.height);
    const double viewMm = view.pixel_size_mm > 0 ? view.pixel_size_mm : assumedMm;
    const double bySize = double(std::max(width, height)) / maxSide;
    const double factor = std::max({1.0, std::floor(targetMm / viewMm), std::ceil(bySize)});
    AttenuationMaps maps;
    maps.low = reduced(attenuation(view.low, width, height), factor);
    maps.high = reduced(attenuation(view.high, width, height), factor);
    maps.factor = double(width) / maps.low.cols;
    maps.pixelMm = viewMm * maps.factor;
    return maps;
}

cv::Rect2d AttenuationMaps::toView(const cv::Rect &working) const
{
    return {working.x * factor, working.y * factor, working.width * factor, working.height * factor};
}

} // namespace pen::classical
