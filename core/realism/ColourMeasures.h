// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <span>

/// Colour measures of a pseudo-colour X-ray image inside a mask (255 where measured). rgb is 8-bit
/// in R, G, B order. Each function is pure and thread-safe; an empty mask gives 0.
namespace pen::realism {

constexpr int HueBins = 12;
constexpr int ValueBins = 8;
/// Shares of the masked pixels by HSV hue (rows, HueBins over 0..360 degrees) and value (columns,
/// ValueBins over 0..1), row-major, summing to 1. Grey pixels have no hue and count as hue 0.
using HueValueHistogram = std::array<double, HueBins * ValueBins>;

/// Share of pixels whose HSV value (the brightest channel) is below 0.3: the near-black of metal.
double lowValueShare(const cv::Mat3b &rgb, const cv::Mat1b &mask);

/// Region pixels over which distinctColours counts: a count of distinct values grows with the
/// number of pixels, and images of different sizes are compared.
constexpr int DistinctColourSample = 40000;

/// Number of distinct exact (R, G, B) triples among DistinctColourSample pixels of the mask (255
/// inside) taken at an even stride in raster order; among all of them where there are fewer.
int distinctColours(const cv::Mat3b &rgb, const cv::Mat1b &mask);

HueValueHistogram hueValueHistogram(const cv::Mat3b &rgb, const cv::Mat1b &mask);

/// Bhattacharyya distance (cv::compareHist, HISTCMP_BHATTACHARYYA) between two histograms of the
/// same length: 0 for the same shape, 1 for no overlap.
double histogramDistance(std::span<const double> a, std::span<const double> b);

} // namespace pen::realism
