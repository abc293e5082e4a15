// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <opencv2/core.hpp>

namespace pen::classical {

/// What lies on the rays besides objects narrower than widthMm: the morphological opening of an
/// attenuation map by a square of that width (computed at a coarser scale, then interpolated).
/// The map less it is what such an object adds, its own attenuation, as if taken out of the
/// parcel's walls and the goods under it (a white top-hat).
cv::Mat localBackground(const cv::Mat &attenuation, double pixelMm, double widthMm);

} // namespace pen::classical
