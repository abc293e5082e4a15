// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "OrganicLayers.h"

#include <opencv2/core.hpp>

#include <vector>

namespace pen::classical {

/// What a connected component of OrganicLayers::mask looks like, in physical units.
struct ComponentFeatures {
    cv::Rect box; ///< working pixels
    cv::Mat mask; ///< CV_8U over box, 255 inside the component
    double areaCm2 = 0;
    double gramsPerCm2 = 0;       ///< mean areal density of the object itself
    double massKg = 0;            ///< areaCm2 × gramsPerCm2
    double ratioToOrganicMax = 0; ///< its own R over the organic band's upper R: higher for higher Z_eff
    double uniformity = 0;        ///< 1 − coefficient of variation of its own a_high; a pressed block is even
    double rectangularity = 0;    ///< area over that of its smallest enclosing rotated rectangle

    /// The components of layers.mask of at least minAreaCm2, measured.
    static std::vector<ComponentFeatures> measure(const OrganicLayers &layers, const AttenuationMaps &maps,
                                                  const MaterialBandTable &bands, const OrganicMassScale &mass,
                                                  double minAreaCm2);
};

} // namespace pen::classical
