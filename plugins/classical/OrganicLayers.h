// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "AttenuationMaps.h"
#include "OrganicMassScale.h"

#include "enhance/MaterialBandTable.h"

#include <opencv2/core.hpp>

namespace pen::classical {

/// Objects narrower than a given width taken out of their background (LocalBackground), and where
/// they are organic matter of at least a given areal density.
struct OrganicLayers {
    cv::Mat ownLow;  ///< attenuation the objects add, low energy (CV_32F)
    cv::Mat ownHigh; ///< the same, high energy
    cv::Mat mask;    ///< CV_8U, 255 where an object is organic and dense enough, cleaned by opening and closing

    /// The layers of maps' objects narrower than widthMm; organic as MaterialBands::classifyLayer
    /// has it (the layer's own R against the bands at the total a_high), at least minGramsPerCm2.
    static OrganicLayers find(const AttenuationMaps &maps, const MaterialBandTable &bands, const OrganicMassScale &mass,
                              double widthMm, double minGramsPerCm2);
};

} // namespace pen::classical
