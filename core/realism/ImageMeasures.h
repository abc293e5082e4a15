// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <optional>

/// Grey-level measures of an X-ray image inside a mask (255 where measured). luma is 8-bit, 0..255,
/// read as transmission (255 = air). Each function is pure and thread-safe; an empty mask gives 0.
namespace pen::realism {

/// Luma in 16 equal bins over 0..255, as shares of the masked pixels (summing to 1).
using LumaHistogram = std::array<double, 16>;

struct LumaDistribution {
    LumaHistogram histogram{};
    double darkShare = 0;         ///< share of pixels with luma < 0.5 (below 128 of 255)
    double medianAttenuation = 0; ///< median of -ln(luma / 255), luma clipped to [1, 255]
};

LumaDistribution lumaDistribution(const cv::Mat1b &luma, const cv::Mat1b &mask);

/// Share of pixels whose 9 x 9 neighbourhood has a standard deviation below 1.5 (of 255): the
/// noise-free flat areas that real detectors never produce.
double flatShare(const cv::Mat1b &luma, const cv::Mat1b &mask);

/// Share of pixels that are Canny edges, with hysteresis thresholds CannyLow and CannyHigh on the
/// 3 x 3 Sobel gradient (L1 norm) of the 8-bit luma, without smoothing first.
double edgeDensity(const cv::Mat1b &luma, const cv::Mat1b &mask);
constexpr double CannyLow = 50;
constexpr double CannyHigh = 150;

/// Percentiles of the gradient magnitude: 3 x 3 Sobel on luma 0..1, scaled by 1/8 so that a ramp
/// rising by d per pixel gives d.
struct GradientPercentiles {
    double p50 = 0;
    double p90 = 0;
};
GradientPercentiles gradientPercentiles(const cv::Mat1b &luma, const cv::Mat1b &mask);

/// The largest square centred in bounds.
cv::Rect centredSquare(const cv::Rect &bounds);

/// Slope of the radially averaged power spectrum in log-log coordinates over SpectrumBandLow to
/// SpectrumBandHigh cycles per pixel: about 0 for white noise, -2 for 1/f^2 (Brownian) texture,
/// steeper for smooth images. The square (of image, any scale) is cut about its centre to at most
/// 2048 pixels a side, and to a side with no prime factor above 5 (for a fast DFT); its mean is
/// removed and a 2-D Hann window applied. The fit weights each radius by
/// 1/r, so that every octave counts the same. Empty where the square is under 32 pixels a side.
std::optional<double> powerSpectrumSlope(const cv::Mat1f &image, const cv::Rect &square);
constexpr double SpectrumBandLow = 0.03;
constexpr double SpectrumBandHigh = 0.25;

/// Entropy in bits (0 to log2(10)) of the histogram of uniform local binary patterns, 8 neighbours
/// at radius 1, a neighbour counting as set when it is at least the centre: 9 uniform patterns
/// (by their number of set bits) and one bin for all others. Flat areas give all set bits, so
/// plastic-smooth images have a low entropy; noise and fine texture a high one.
double lbpEntropy(const cv::Mat1b &luma, const cv::Mat1b &mask);

} // namespace pen::realism
