// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/ObjectRegion.h"

#include <opencv2/imgproc.hpp>

namespace pen::realism {
namespace {

// The air is the brightest thing in a transmission image, but a few saturated or burnt-in pixels
// (labels, a white stripe at the detector's end) must not set it: the 99.5th percentile does.
double backgroundLevel(const cv::Mat1b &luma)
{
    std::array<int, 256> counts{};
    for (int y = 0; y < luma.rows; ++y) {
        for (const uchar value : cv::Mat1b(luma.row(y)))
            ++counts[value];
    }
    const double wanted = 0.995 * double(luma.total());
    double seen = 0;
    for (int value = 0; value < 256; ++value) {
        seen += counts[value];
        if (seen >= wanted)
            return value;
    }
    return 255;
}

cv::Mat1b largestComponent(const cv::Mat1b &dark)
{
    cv::Mat1i labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(dark, labels, stats, centroids, 8, CV_32S);
    int best = 0;
    int bestArea = 0;
    for (int label = 1; label < count; ++label) {
        const int area = stats.at<int>(label, cv::CC_STAT_AREA);
        if (area > bestArea) {
            best = label;
            bestArea = area;
        }
    }
    cv::Mat1b component = labels == best;
    if (best == 0)
        component.setTo(0);
    return component;
}

// Filling the outer contour closes holes such as a parcel's bright interior inside its dark box
// outline, which thresholding alone would call air.
cv::Mat1b filled(const cv::Mat1b &component)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(component.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    cv::Mat1b mask = cv::Mat1b::zeros(component.size());
    cv::drawContours(mask, contours, -1, cv::Scalar(255), cv::FILLED);
    return mask;
}

} // namespace

Expected<ObjectRegion> findObjectRegion(const cv::Mat1b &luma)
{
    if (luma.empty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("empty image"));
    ObjectRegion region;
    region.backgroundLevel = backgroundLevel(luma);
    cv::Mat1b dark = luma < 0.9 * region.backgroundLevel;
    // A small closing bridges the one-pixel gaps that noise leaves in thin outlines.
    cv::morphologyEx(dark, dark, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, {3, 3}));
    region.mask = filled(largestComponent(dark));
    region.pixelCount = cv::countNonZero(region.mask);
    if (region.pixelCount < 0.01 * double(luma.total()))
        return makeError(
            ErrorCode::Validation,
            QStringLiteral(
                "no object found: nothing darker than 0.9 of the background level %1 covers 1 % of the image")
                .arg(region.backgroundLevel));
    region.bounds = cv::boundingRect(region.mask);
    const int side = 2 * ObjectRegion::InteriorMargin + 1;
    cv::erode(region.mask, region.interior, cv::getStructuringElement(cv::MORPH_RECT, {side, side}), cv::Point(-1, -1),
              1, cv::BORDER_CONSTANT, cv::Scalar(0));
    if (cv::countNonZero(region.interior) == 0)
        region.interior = region.mask.clone();
    return region;
}

} // namespace pen::realism
