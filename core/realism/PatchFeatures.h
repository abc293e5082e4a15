// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <vector>

/// What a two-sample classifier sees of an image: small squares of its object's interior, each
/// described by the grey figures of ImageMeasures computed on that square alone.
namespace pen::realism {

constexpr int PatchFeatureCount = 9;
/// Mean and standard deviation of the luma (0..1), dark share, median attenuation, flat share,
/// edge density, gradient p50 and p90, LBP entropy.
using PatchFeatures = std::array<float, PatchFeatureCount>;

constexpr int PatchSide = 48;          ///< pixels, at the image's own resolution
constexpr int MaxPatchesPerImage = 24; ///< taken evenly from all that fit, so large images do not outweigh small ones

/// The features of the luma's pixels inside mask (255 where taken): the same figures, over any shape.
PatchFeatures maskedFeatures(const cv::Mat1b &luma, const cv::Mat1b &mask);

/// The features of every PatchSide square of a grid over the image that lies wholly inside
/// interior (255 inside), at most MaxPatchesPerImage of them, taken evenly in grid order.
/// Deterministic; empty where no square fits.
std::vector<PatchFeatures> interiorPatchFeatures(const cv::Mat1b &luma, const cv::Mat1b &interior);

} // namespace pen::realism
