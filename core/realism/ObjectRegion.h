// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <opencv2/core.hpp>

namespace pen::realism {

/// The bag or parcel in an X-ray image: everything that attenuates, as opposed to the bright air
/// around it.
struct ObjectRegion {
    cv::Mat1b mask;             ///< 255 inside the object, 0 outside; the image's size
    cv::Mat1b interior;         ///< mask eroded by InteriorMargin pixels: texture measures stay off the silhouette
    cv::Rect bounds;            ///< bounding box of mask
    double backgroundLevel = 0; ///< luma of the air, 0..255
    int pixelCount = 0;         ///< pixels in mask

    static constexpr int InteriorMargin = 5;
};

/// Finds the object in an 8-bit luma image: pixels darker than 0.9 of the background level, their
/// largest connected component, with its holes filled. Fails (ErrorCode::Validation) where nothing
/// darker than the background covers at least 1 % of the image. Pure function, thread-safe.
Expected<ObjectRegion> findObjectRegion(const cv::Mat1b &luma);

} // namespace pen::realism
