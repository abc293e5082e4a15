// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TobaccoFinder.h"

#include "ComponentFeatures.h"
#include "Periodicity.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace pen::classical {
namespace {

// Blocks of cartons are wider than a brick: look at objects up to 40 cm across, less than most
// parcels, so that the parcel's own walls and packing stay background.
constexpr double ObjectWidthMm = 400;
// Tobacco is about 0.2 g/cm³: a 4.4 cm carton is 0.9 g/cm², with its card 1.3 g/cm².
constexpr double MinGramsPerCm2 = 0.6;
constexpr double MinAreaCm2 = 300;   // two cartons
constexpr double MinPeriodMm = 40;   // a pack's thickness

double ramp(double value, double from, double to)
{
    return std::clamp((value - from) / (to - from), 0.0, 1.0);
}

// Mean of the object's own a_high over its pixels in each row (byRows) or column of its box.
std::vector<float> profile(const ComponentFeatures &c, const cv::Mat &ownHigh, bool byRows)
{
    const cv::Mat values = ownHigh(c.box);
    // Only the inside: the block's outline would repeat nothing but itself.
    cv::Mat inside;
    cv::erode(c.mask, inside, cv::Mat(), cv::Point(-1, -1), 3);
    const int length = byRows ? c.box.height : c.box.width;
    std::vector<float> sums(size_t(length), 0.f), counts(size_t(length), 0.f);
    for (int y = 0; y < values.rows; ++y)
        for (int x = 0; x < values.cols; ++x)
            if (inside.at<uchar>(y, x)) {
                const size_t i = size_t(byRows ? y : x);
                sums[i] += values.at<float>(y, x);
                counts[i] += 1;
            }
    for (size_t i = 0; i < sums.size(); ++i)
        sums[i] = counts[i] > 0 ? sums[i] / counts[i] : 0.f;
    return sums;
}

} // namespace

std::vector<Finding> findTobacco(const AttenuationMaps &maps, const MaterialBandTable &bands, const OrganicMassScale &mass)
{
    const OrganicLayers layers = OrganicLayers::find(maps, bands, mass, ObjectWidthMm, MinGramsPerCm2);
    const int minPeriod = std::max(3, int(std::lround(MinPeriodMm / maps.pixelMm)));
    std::vector<Finding> findings;
    for (const ComponentFeatures &c : ComponentFeatures::measure(layers, maps, bands, mass, MinAreaCm2)) {
        const Periodicity across = Periodicity::of(profile(c, layers.ownHigh, true), minPeriod);
        const Periodicity along = Periodicity::of(profile(c, layers.ownHigh, false), minPeriod);
        const double strength = std::max(across.strength, along.strength);
        const cv::Rect2d box = maps.toView(c.box);
        const double p = ramp(strength, 0.3, 0.7) * ramp(c.rectangularity, 0.5, 0.8);
        if (p > 0)
            findings.push_back({"cigarettes", box.x, box.y, box.width, box.height, p});
    }
    return findings;
}

} // namespace pen::classical
