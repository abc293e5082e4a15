// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ComponentFeatures.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace pen::classical {
namespace {

struct Sums {
    double low = 0, high = 0, highSquared = 0, total = 0;
    int count = 0;
};

std::vector<Sums> sumsPerLabel(const cv::Mat &labels, int labelCount, const OrganicLayers &layers,
                               const cv::Mat &totalHigh)
{
    std::vector<Sums> sums(static_cast<size_t>(labelCount));
    for (int y = 0; y < labels.rows; ++y) {
        const int *label = labels.ptr<int>(y);
        const float *low = layers.ownLow.ptr<float>(y), *high = layers.ownHigh.ptr<float>(y),
                    *total = totalHigh.ptr<float>(y);
        for (int x = 0; x < labels.cols; ++x) {
            if (label[x] == 0)
                continue;
            Sums &s = sums[size_t(label[x])];
            s.low += low[x];
            s.high += high[x];
            s.highSquared += double(high[x]) * high[x];
            s.total += total[x];
            ++s.count;
        }
    }
    return sums;
}

double rectangularityOf(const cv::Mat &mask, double area)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Point> points;
    for (const auto &contour : contours)
        points.insert(points.end(), contour.begin(), contour.end());
    if (points.size() < 3)
        return 0;
    const cv::Size2f size = cv::minAreaRect(points).size;
    // The outline runs through the centres of the boundary pixels: add them back.
    return std::min(1.0, area / std::max(1.0, double(size.width + 1) * double(size.height + 1)));
}

} // namespace

std::vector<ComponentFeatures> ComponentFeatures::measure(const OrganicLayers &layers, const AttenuationMaps &maps,
                                                          const MaterialBandTable &bands, const OrganicMassScale &mass,
                                                          double minAreaCm2)
{
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(layers.mask, labels, stats, centroids, 8, CV_32S);
    const double cm2PerPixel = maps.pixelMm * maps.pixelMm / 100;
    const std::vector<Sums> sums = sumsPerLabel(labels, count, layers, maps.high);
    std::vector<ComponentFeatures> components;
    for (int i = 1; i < count; ++i) {
        const Sums &s = sums[size_t(i)];
        ComponentFeatures c;
        c.areaCm2 = s.count * cm2PerPixel;
        if (c.areaCm2 < minAreaCm2 || s.high <= 0)
            continue;
        c.box = cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                         stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        c.mask = labels(c.box) == i;
        const double meanHigh = s.high / s.count;
        c.gramsPerCm2 = mass.gramsPerCm2(meanHigh);
        c.massKg = c.gramsPerCm2 * c.areaCm2 / 1000;
        c.ratioToOrganicMax = (s.low / s.high) / bands.organicMaxRatio(float(s.total / s.count));
        const double variance = std::max(0.0, s.highSquared / s.count - meanHigh * meanHigh);
        c.uniformity = std::max(0.0, 1 - std::sqrt(variance) / meanHigh);
        c.rectangularity = rectangularityOf(c.mask, s.count);
        components.push_back(std::move(c));
    }
    return components;
}

} // namespace pen::classical
