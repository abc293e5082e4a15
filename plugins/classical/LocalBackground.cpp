// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LocalBackground.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace pen::classical {

cv::Mat localBackground(const cv::Mat &attenuation, double pixelMm, double widthMm)
{
    // A kernel of about 24 coarse pixels keeps the opening fast and still follows the background.
    const double coarse = std::max(1.0, std::floor(widthMm / pixelMm / 24));
    cv::Mat small = attenuation;
    if (coarse > 1)
        cv::resize(attenuation, small, cv::Size(), 1 / coarse, 1 / coarse, cv::INTER_AREA);
    const int side = std::max(3, int(std::lround(widthMm / (pixelMm * coarse))) | 1);
    cv::Mat opened;
    cv::morphologyEx(small, opened, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(side, side)));
    if (coarse <= 1)
        return opened;
    cv::Mat background;
    cv::resize(opened, background, attenuation.size(), 0, 0, cv::INTER_LINEAR);
    return cv::min(background, attenuation);
}

} // namespace pen::classical
