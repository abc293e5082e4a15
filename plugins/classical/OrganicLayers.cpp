// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "OrganicLayers.h"

#include "LocalBackground.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace pen::classical {
namespace {

// Removes specks and threads thinner than about a centimetre, then closes gaps of that size
// (a seam, a strap) so that one object stays one component.
void clean(cv::Mat &mask, double pixelMm)
{
    const int side = std::max(3, int(std::lround(10 / pixelMm)) | 1);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(side, side));
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN, kernel);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, kernel);
}

// Beyond T_high = 1 % the ratio of a thin organic layer under dense matter is mostly noise.
constexpr float ReliableMaxAttenuation = 4.6f;

} // namespace

OrganicLayers OrganicLayers::find(const AttenuationMaps &maps, const MaterialBandTable &bands,
                                  const OrganicMassScale &mass, double widthMm, double minGramsPerCm2)
{
    OrganicLayers layers;
    layers.ownLow = maps.low - localBackground(maps.low, maps.pixelMm, widthMm);
    layers.ownHigh = maps.high - localBackground(maps.high, maps.pixelMm, widthMm);
    layers.mask = cv::Mat::zeros(maps.high.size(), CV_8U);
    const float minOwnHigh = float(mass.aHighOf(minGramsPerCm2));
    for (int y = 0; y < maps.high.rows; ++y) {
        const float *high = maps.high.ptr<float>(y);
        const float *ownLow = layers.ownLow.ptr<float>(y);
        const float *ownHigh = layers.ownHigh.ptr<float>(y);
        uchar *out = layers.mask.ptr<uchar>(y);
        for (int x = 0; x < maps.high.cols; ++x) {
            const bool dense = ownHigh[x] >= minOwnHigh && high[x] <= ReliableMaxAttenuation;
            if (dense && ownLow[x] <= ownHigh[x] * bands.organicMaxRatio(high[x]))
                out[x] = 255;
        }
    }
    clean(layers.mask, maps.pixelMm);
    return layers;
}

} // namespace pen::classical
