// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "realism/ColourMeasures.h"
#include "realism/ImageMeasures.h"
#include "realism/PatchFeatures.h"

#include <QImage>

#include <optional>

namespace pen::realism {

/// What one displayed X-ray image looks like inside its bag or parcel (see ObjectRegion): the
/// numbers that the realism report compares between our renders and real images. Shares are 0..1.
struct RealismFigures {
    int regionPixels = 0; ///< size of the object region

    // Grey figures, on the luma (Rec. 601) of colour images too.
    LumaDistribution luma; ///< over the whole region
    double flatShare = 0;  ///< over the region's interior, as all texture figures
    double edgeDensity = 0;
    GradientPercentiles gradient;
    std::optional<double> spectrumSlope; ///< on the largest centred square of the region's bounding box
    double lbpEntropy = 0;

    // Colour figures: only for colour images, over the whole region.
    bool colour = false;
    double lowValueShare = 0;
    int distinctColours = 0;
    HueValueHistogram hueValue{};

    /// Squares of the interior's luma, for the two-sample test (TwoSampleTest).
    std::vector<PatchFeatures> patches;
};

/// True where the image has colour: more than 1 % of its pixels differ between channels by more
/// than 8 of 255 (so JPEG chroma noise on a grey image does not count).
bool hasColour(const QImage &image);

/// The 8-bit luma (Rec. 601) of an image, as every grey figure reads it.
cv::Mat1b lumaOf(const QImage &image);

/// Measures one image (any QImage format; alpha is ignored). Fails with ErrorCode::Validation where
/// no object is found (see findObjectRegion). Pure function, thread-safe.
Expected<RealismFigures> measureImage(const QImage &image);

} // namespace pen::realism
