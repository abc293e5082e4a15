// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/ImageMeasures.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <vector>

namespace pen::realism {
namespace {

double shareInMask(const cv::Mat1b &selected, const cv::Mat1b &mask)
{
    const int total = cv::countNonZero(mask);
    if (total == 0)
        return 0;
    cv::Mat1b both;
    cv::bitwise_and(selected, mask, both);
    return double(cv::countNonZero(both)) / total;
}

std::vector<float> maskedValues(const cv::Mat1f &values, const cv::Mat1b &mask)
{
    std::vector<float> out;
    out.reserve(size_t(cv::countNonZero(mask)));
    for (int y = 0; y < values.rows; ++y) {
        const float *value = values[y];
        const uchar *inside = mask[y];
        for (int x = 0; x < values.cols; ++x) {
            if (inside[x])
                out.push_back(value[x]);
        }
    }
    return out;
}

double percentile(std::vector<float> &values, double share)
{
    if (values.empty())
        return 0;
    const auto nth = values.begin() + std::ptrdiff_t(share * double(values.size() - 1));
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

// A uniform pattern has at most two 0/1 transitions around the circle; it is binned by its number
// of set bits (0..8), every other pattern in bin 9.
int lbpBin(unsigned code)
{
    const unsigned rotated = ((code >> 1) | (code << 7)) & 0xffu;
    const int transitions = std::popcount(code ^ rotated);
    return transitions <= 2 ? std::popcount(code) : 9;
}

unsigned lbpCode(const cv::Mat1b &luma, int x, int y)
{
    static constexpr int dx[8] = {-1, 0, 1, 1, 1, 0, -1, -1};
    static constexpr int dy[8] = {-1, -1, -1, 0, 1, 1, 1, 0};
    const uchar centre = luma(y, x);
    unsigned code = 0;
    for (int i = 0; i < 8; ++i)
        code |= unsigned(luma(y + dy[i], x + dx[i]) >= centre) << i;
    return code;
}

double entropyBits(const std::array<double, 10> &counts)
{
    double total = 0;
    for (const double count : counts)
        total += count;
    if (total == 0)
        return 0;
    double entropy = 0;
    for (const double count : counts) {
        if (count > 0)
            entropy -= count / total * std::log2(count / total);
    }
    return entropy;
}

// Mean power per integer radius (in frequency bins) of a square spectrum, up to side / 2.
std::vector<double> radialPower(const cv::Mat &spectrum)
{
    const int side = spectrum.rows;
    std::vector<double> sum(size_t(side / 2 + 1), 0.0);
    std::vector<int> count(sum.size(), 0);
    for (int v = 0; v < side; ++v) {
        const int fv = v <= side / 2 ? v : v - side;
        const auto *row = spectrum.ptr<cv::Vec2f>(v);
        for (int u = 0; u < side; ++u) {
            const int fu = u <= side / 2 ? u : u - side;
            const auto radius = size_t(std::lround(std::hypot(fu, fv)));
            if (radius < sum.size()) {
                sum[radius] += double(row[u][0]) * row[u][0] + double(row[u][1]) * row[u][1];
                ++count[radius];
            }
        }
    }
    for (size_t r = 0; r < sum.size(); ++r)
        sum[r] = count[r] ? sum[r] / count[r] : 0;
    return sum;
}

std::optional<double> fittedSlope(const std::vector<double> &power, int side)
{
    double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    const auto first = size_t(std::ceil(SpectrumBandLow * side));
    const auto last = size_t(std::floor(SpectrumBandHigh * side));
    for (size_t r = std::max<size_t>(first, 1); r <= last && r < power.size(); ++r) {
        if (power[r] <= 0)
            continue;
        const double w = 1.0 / double(r);
        const double x = std::log(double(r) / side);
        const double y = std::log(power[r]);
        sw += w, sx += w * x, sy += w * y, sxx += w * x * x, sxy += w * x * y;
    }
    const double denominator = sw * sxx - sx * sx;
    if (sw == 0 || std::abs(denominator) < 1e-12)
        return std::nullopt;
    return (sw * sxy - sx * sy) / denominator;
}

// The DFT of a side with a large prime factor costs O(n^2) per row (a bag of 1999 pixels took
// seconds): the square is shrunk to the nearest side made of factors 2, 3 and 5.
int fastDftSideAtMost(int side)
{
    for (;; --side) {
        int rest = side;
        for (const int factor : {2, 3, 5}) {
            while (rest % factor == 0)
                rest /= factor;
        }
        if (rest == 1)
            return side;
    }
}

} // namespace

LumaDistribution lumaDistribution(const cv::Mat1b &luma, const cv::Mat1b &mask)
{
    std::array<double, 256> counts{};
    double total = 0;
    for (int y = 0; y < luma.rows; ++y) {
        for (int x = 0; x < luma.cols; ++x) {
            if (mask(y, x)) {
                ++counts[luma(y, x)];
                ++total;
            }
        }
    }
    LumaDistribution result;
    if (total == 0)
        return result;
    double seen = 0;
    int median = -1;
    for (int value = 0; value < 256; ++value) {
        result.histogram[size_t(value / 16)] += counts[size_t(value)] / total;
        if (value < 128)
            result.darkShare += counts[size_t(value)] / total;
        seen += counts[size_t(value)];
        if (median < 0 && seen >= total / 2)
            median = value;
    }
    result.medianAttenuation = -std::log(std::max(median, 1) / 255.0);
    return result;
}

double flatShare(const cv::Mat1b &luma, const cv::Mat1b &mask)
{
    cv::Mat1f value;
    luma.convertTo(value, CV_32F);
    cv::Mat1f mean, meanOfSquares;
    cv::boxFilter(value, mean, CV_32F, {9, 9}, {-1, -1}, true, cv::BORDER_REFLECT);
    cv::boxFilter(value.mul(value), meanOfSquares, CV_32F, {9, 9}, {-1, -1}, true, cv::BORDER_REFLECT);
    const cv::Mat1f variance = meanOfSquares - mean.mul(mean);
    return shareInMask(variance < 1.5f * 1.5f, mask);
}

double edgeDensity(const cv::Mat1b &luma, const cv::Mat1b &mask)
{
    cv::Mat1b edges;
    cv::Canny(luma, edges, CannyLow, CannyHigh, 3, false);
    return shareInMask(edges, mask);
}

GradientPercentiles gradientPercentiles(const cv::Mat1b &luma, const cv::Mat1b &mask)
{
    cv::Mat1f dx, dy, magnitude;
    cv::Sobel(luma, dx, CV_32F, 1, 0, 3, 1.0 / (8 * 255), 0, cv::BORDER_REFLECT);
    cv::Sobel(luma, dy, CV_32F, 0, 1, 3, 1.0 / (8 * 255), 0, cv::BORDER_REFLECT);
    cv::magnitude(dx, dy, magnitude);
    std::vector<float> values = maskedValues(magnitude, mask);
    return {percentile(values, 0.5), percentile(values, 0.9)};
}

cv::Rect centredSquare(const cv::Rect &bounds)
{
    const int side = std::min(bounds.width, bounds.height);
    return {bounds.x + (bounds.width - side) / 2, bounds.y + (bounds.height - side) / 2, side, side};
}

std::optional<double> powerSpectrumSlope(const cv::Mat1f &image, const cv::Rect &square)
{
    constexpr int MaxSide = 2048;
    const cv::Rect inside = square & cv::Rect(0, 0, image.cols, image.rows);
    if (std::min(inside.width, inside.height) < 32)
        return std::nullopt;
    const int side = fastDftSideAtMost(std::min({inside.width, inside.height, MaxSide}));
    const cv::Rect crop(inside.x + (inside.width - side) / 2, inside.y + (inside.height - side) / 2, side, side);
    cv::Mat1f patch = image(crop) - cv::mean(image(crop))[0];
    cv::Mat1f window;
    cv::createHanningWindow(window, patch.size(), CV_32F);
    cv::Mat spectrum;
    cv::dft(patch.mul(window), spectrum, cv::DFT_COMPLEX_OUTPUT);
    return fittedSlope(radialPower(spectrum), side);
}

double lbpEntropy(const cv::Mat1b &luma, const cv::Mat1b &mask)
{
    std::array<double, 10> counts{};
    for (int y = 1; y + 1 < luma.rows; ++y) {
        for (int x = 1; x + 1 < luma.cols; ++x) {
            if (mask(y, x))
                ++counts[size_t(lbpBin(lbpCode(luma, x, y)))];
        }
    }
    return entropyBits(counts);
}

} // namespace pen::realism
