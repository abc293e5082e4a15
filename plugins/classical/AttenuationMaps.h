// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <pentournament/atd_plugin.h>

#include <opencv2/core.hpp>

namespace pen::classical {

/// A dual-energy view as attenuations a = −ln T (CV_32F) at a working resolution: large views are
/// averaged down so that a scan of any size takes about the same time.
struct AttenuationMaps {
    cv::Mat low;
    cv::Mat high;
    double factor = 1;  ///< view pixels per working pixel, in each direction
    double pixelMm = 1; ///< size of a working pixel (mm)

    /// Averages blocks of view pixels so that a working pixel is about targetMm wide and the longer
    /// side at most maxSide. A view without a pixel size is taken as assumedMm per pixel.
    static AttenuationMaps fromView(const pen_atd_view &view, double targetMm, int maxSide, double assumedMm);

    /// A box of working pixels in pixels of the view.
    cv::Rect2d toView(const cv::Rect &working) const;
};

} // namespace pen::classical
