// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/ContainerFrame.h"
#include "scenes/WeighedScene.h"

/// A three-axle container chassis under the container of frame: two I-section main rails with
/// their cross members, the gooseneck's skid plate and king pin at the front, twist locks under
/// the corner castings, landing legs, an air tank, the rear under-run guard and three axles of
/// twin tyres at the door end (two under a 20 ft container).
namespace pen::SemiTrailer {

void build(const ContainerFrame &frame, WeighedScene &scene);

/// Where the king pin stands (y, cm): the tractor's fifth wheel is under it.
double kingPinY(const ContainerFrame &frame);

} // namespace pen::SemiTrailer
