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
constexpr double MinAreaCm2 = 300; // two cartons
constexpr double MinPeriodMm = 40; // a pack's thickness
// A card wall between cartons: the tobacco of 4.4 cm is missing there, about 0.9 g/cm².
constexpr double WallMinGramsPerCm2 = 0.3;

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

// a_high = −ln T of the view's own pixels inside rect.
cv::Mat viewHigh(const pen_atd_view &view, const cv::Rect &rect)
{
    cv::Mat a(rect.size(), CV_32F);
    for (int y = 0; y < rect.height; ++y) {
        const uint16_t *in = view.high + size_t(rect.y + y) * view.width + size_t(rect.x);
        float *out = a.ptr<float>(y);
        for (int x = 0; x < rect.width; ++x)
            out[x] = float(-std::log(double(std::max<uint16_t>(in[x], 1)) / 65535.0));
    }
    return a;
}

// The median of every row: a wall across the block lowers most of its row, an edge of clutter
// lying over the block only a part.
std::vector<float> rowMedians(const cv::Mat &a)
{
    std::vector<float> medians(size_t(a.rows)), row(size_t(a.cols));
    for (int y = 0; y < a.rows; ++y) {
        const float *in = a.ptr<float>(y);
        row.assign(in, in + a.cols);
        std::nth_element(row.begin(), row.begin() + a.cols / 2, row.end());
        medians[size_t(y)] = row[size_t(a.cols / 2)];
    }
    return medians;
}

struct Walls {
    int count = 0;
    double meanDip = 0;  ///< a_high
    bool regular = true; ///< spacings within 15 % of each other
};

// Thin dips of the profile: one or two pixels wide, lower than both sides (not the foot of a step),
// at least minDip deep and far above the profile's own noise, at least minSpacing apart.
Walls wallsOf(const std::vector<float> &profile, double minDip, int minSpacing)
{
    constexpr int Reach = 3;
    const int n = int(profile.size());
    Walls walls;
    if (n < 2 * Reach + 3)
        return walls;
    std::vector<double> dip(size_t(n), 0.0);
    for (int i = Reach; i < n - Reach; ++i)
        dip[size_t(i)] = std::min(profile[size_t(i - Reach)], profile[size_t(i + Reach)]) - profile[size_t(i)];
    std::vector<double> spread;
    for (int i = Reach; i < n - Reach; ++i)
        spread.push_back(std::abs(dip[size_t(i)]));
    std::nth_element(spread.begin(), spread.begin() + spread.size() / 2, spread.end());
    const double sigma = 1.4826 * spread[spread.size() / 2];
    const double threshold = std::max(minDip, 8 * sigma);
    std::vector<int> at;
    double sum = 0;
    for (int i = Reach + 1; i < n - Reach - 1; ++i) {
        const double d = dip[size_t(i)];
        if (d < threshold || d < dip[size_t(i - 1)] || d <= dip[size_t(i + 1)])
            continue;
        if (!at.empty() && i - at.back() < minSpacing)
            return {}; // lines closer than a pack's thickness: a texture, not card walls
        at.push_back(i);
        sum += d;
    }
    walls.count = int(at.size());
    walls.meanDip = at.empty() ? 0 : sum / double(at.size());
    if (at.size() >= 2) {
        int shortest = n, longest = 0;
        for (size_t k = 1; k < at.size(); ++k) {
            shortest = std::min(shortest, at[k] - at[k - 1]);
            longest = std::max(longest, at[k] - at[k - 1]);
        }
        walls.regular = longest <= 1.15 * shortest;
    }
    return walls;
}

} // namespace

std::vector<Finding> findTobacco(const pen_atd_view &view, const AttenuationMaps &maps, const MaterialBandTable &bands,
                                 const OrganicMassScale &mass)
{
    const OrganicLayers layers = OrganicLayers::find(maps, bands, mass, ObjectWidthMm, MinGramsPerCm2);
    const int minPeriod = std::max(3, int(std::lround(MinPeriodMm / maps.pixelMm)));
    std::vector<Finding> findings;
    for (const ComponentFeatures &c : ComponentFeatures::measure(layers, maps, bands, mass, MinAreaCm2)) {
        const Periodicity across = Periodicity::of(profile(c, layers.ownHigh, true), minPeriod);
        const Periodicity along = Periodicity::of(profile(c, layers.ownHigh, false), minPeriod);
        const double strength = std::max(across.strength, along.strength);
        const cv::Rect2d box = maps.toView(c.box);
        double p = ramp(strength, 0.3, 0.7) * ramp(c.rectangularity, 0.5, 0.8);
        // The card walls in the view's own pixels, inside the block's box less a margin.
        const int margin = int(std::lround(4 * maps.factor));
        const cv::Rect inner
            = cv::Rect(int(std::lround(box.x)) + margin, int(std::lround(box.y)) + margin,
                       int(std::lround(box.width)) - 2 * margin, int(std::lround(box.height)) - 2 * margin)
            & cv::Rect(0, 0, int(view.width), int(view.height));
        if (view.high && inner.width > 8 && inner.height > 8) {
            const double viewMm = maps.pixelMm / maps.factor;
            const int minSpacing = std::max(3, int(std::lround(MinPeriodMm / viewMm)));
            const double minDip = mass.aHighOf(WallMinGramsPerCm2);
            const cv::Mat a = viewHigh(view, inner);
            cv::Mat transposed;
            cv::transpose(a, transposed);
            const Walls rows = wallsOf(rowMedians(a), minDip, minSpacing);
            const Walls columns = wallsOf(rowMedians(transposed), minDip, minSpacing);
            const int count = rows.count + columns.count;
            const double meanDip
                = count > 0 ? (rows.meanDip * rows.count + columns.meanDip * columns.count) / count : 0;
            const double pWalls = count > 0 && rows.regular && columns.regular
                ? ramp(meanDip / minDip, 1.0, 2.0) * ramp(c.rectangularity, 0.5, 0.8)
                : 0.0;
            p = std::max(p, pWalls);
        }
        if (p > 0)
            findings.push_back({"cigarettes", box.x, box.y, box.width, box.height, p});
    }
    return findings;
}

} // namespace pen::classical
