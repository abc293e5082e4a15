// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/PatchFeatures.h"

#include "realism/ImageMeasures.h"

namespace pen::realism {
namespace {

PatchFeatures featuresOf(const cv::Mat1b &patch)
{
    return maskedFeatures(patch, cv::Mat1b(patch.size(), uchar(255)));
}

} // namespace

PatchFeatures maskedFeatures(const cv::Mat1b &luma, const cv::Mat1b &mask)
{
    cv::Scalar mean, deviation;
    cv::meanStdDev(luma, mean, deviation, mask);
    const LumaDistribution distribution = lumaDistribution(luma, mask);
    const GradientPercentiles gradient = gradientPercentiles(luma, mask);
    return {float(mean[0] / 255),          float(deviation[0] / 255),
            float(distribution.darkShare), float(distribution.medianAttenuation),
            float(flatShare(luma, mask)),  float(edgeDensity(luma, mask)),
            float(gradient.p50),           float(gradient.p90),
            float(lbpEntropy(luma, mask))};
}

std::vector<PatchFeatures> interiorPatchFeatures(const cv::Mat1b &luma, const cv::Mat1b &interior)
{
    std::vector<cv::Rect> inside;
    for (int y = 0; y + PatchSide <= luma.rows; y += PatchSide) {
        for (int x = 0; x + PatchSide <= luma.cols; x += PatchSide) {
            const cv::Rect square(x, y, PatchSide, PatchSide);
            if (cv::countNonZero(interior(square)) == PatchSide * PatchSide)
                inside.push_back(square);
        }
    }
    std::vector<PatchFeatures> features;
    const size_t count = std::min<size_t>(inside.size(), MaxPatchesPerImage);
    for (size_t i = 0; i < count; ++i)
        features.push_back(featuresOf(luma(inside[i * inside.size() / count]).clone()));
    return features;
}

} // namespace pen::realism
