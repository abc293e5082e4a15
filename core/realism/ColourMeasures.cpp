// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/ColourMeasures.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cassert>
#include <vector>

namespace pen::realism {

double lowValueShare(const cv::Mat3b &rgb, const cv::Mat1b &mask)
{
    int inside = 0;
    int low = 0;
    for (int y = 0; y < rgb.rows; ++y) {
        for (int x = 0; x < rgb.cols; ++x) {
            if (!mask(y, x))
                continue;
            const cv::Vec3b &pixel = rgb(y, x);
            ++inside;
            // value < 0.3 of 255 = 76.5
            if (std::max({pixel[0], pixel[1], pixel[2]}) <= 76)
                ++low;
        }
    }
    return inside ? double(low) / inside : 0;
}

int distinctColours(const cv::Mat3b &rgb, const cv::Mat1b &mask)
{
    // One bit per possible colour: 2 MB, and no sort of millions of pixels.
    std::vector<bool> seen(size_t(1) << 24, false);
    const int stride = std::max(1, cv::countNonZero(mask) / DistinctColourSample);
    int count = 0, inside = 0;
    for (int y = 0; y < rgb.rows; ++y) {
        for (int x = 0; x < rgb.cols; ++x) {
            if (!mask(y, x) || inside++ % stride != 0)
                continue;
            const cv::Vec3b &pixel = rgb(y, x);
            const size_t key = (size_t(pixel[0]) << 16) | (size_t(pixel[1]) << 8) | pixel[2];
            if (!seen[key]) {
                seen[key] = true;
                ++count;
            }
        }
    }
    return count;
}

HueValueHistogram hueValueHistogram(const cv::Mat3b &rgb, const cv::Mat1b &mask)
{
    cv::Mat hsv;
    cv::cvtColor(rgb, hsv, cv::COLOR_RGB2HSV); // 8-bit hue is 0..179 (degrees / 2)
    const int channels[] = {0, 2};
    const int sizes[] = {HueBins, ValueBins};
    const float hueRange[] = {0, 180};
    const float valueRange[] = {0, 256};
    const float *ranges[] = {hueRange, valueRange};
    cv::Mat counts;
    cv::calcHist(&hsv, 1, channels, mask, counts, 2, sizes, ranges);
    HueValueHistogram histogram{};
    const double total = cv::sum(counts)[0];
    if (total == 0)
        return histogram;
    for (int hue = 0; hue < HueBins; ++hue) {
        for (int value = 0; value < ValueBins; ++value)
            histogram[size_t(hue * ValueBins + value)] = counts.at<float>(hue, value) / total;
    }
    return histogram;
}

double histogramDistance(std::span<const double> a, std::span<const double> b)
{
    assert(a.size() == b.size());
    cv::Mat1f first(1, int(a.size()));
    cv::Mat1f second(1, int(b.size()));
    for (size_t i = 0; i < a.size(); ++i) {
        first(0, int(i)) = float(a[i]);
        second(0, int(i)) = float(b[i]);
    }
    return cv::compareHist(first, second, cv::HISTCMP_BHATTACHARYYA);
}

} // namespace pen::realism
