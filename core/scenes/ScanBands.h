// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/GroundTruthObject.h"
#include "volume/Bounds3.h"
#include "volume/LineScanGeometry.h"
#include "volume/ViewTransmissions.h"

#include <QRect>

namespace pen::ScanBands {

/// The rows in which the belt (or the road) carries bounds through the fan planes, marginRows more
/// each side, as a geometry of its own: projecting one item costs its rows, not the whole scan's.
struct RowBand {
    int first = 0;
    LineScanGeometry geometry;
};
RowBand rowBandOf(const Bounds3 &bounds, const LineScanGeometry &geometry, int marginRows);

/// The part of view inside crop (columns and rows of view).
ViewTransmissions cropped(const ViewTransmissions &view, const QRect &crop);

/// How hard a target is to see in box (columns and rows of both views): overlap, the others' share
/// of the attenuation on its own rays (high channel); clutter, the share of the rest of the box
/// that is dense (T_high under 0.5). all: the whole scene; alone: the target alone.
Difficulty difficultyIn(const ViewTransmissions &all, const ViewTransmissions &alone, const QRect &box);

} // namespace pen::ScanBands
