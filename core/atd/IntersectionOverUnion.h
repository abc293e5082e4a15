// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/GroundTruthObject.h"
#include "model/Region.h"

namespace pen {

/// Area of the intersection over area of the union of two regions' bounding boxes (polygons are
/// replaced by Region::bounds()), 0..1. Regions in different views never overlap: 0.
double intersectionOverUnion(const Region &a, const Region &b);

/// The best overlap of a region with any of an object's regions (one per view), 0..1.
double intersectionOverUnion(const Region &region, const GroundTruthObject &object);

} // namespace pen
