// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/CtVolume.h"

#include <vector>

/// Planes through a CT volume, as a CT viewer shows them. Axes as in CtProjection.h: x across the
/// belt, y from top to bottom, z along the belt.
namespace pen::CtSlices {

enum class Plane {
    AcrossBelt, ///< z fixed: a slice as the scanner reconstructs it (x across, y down)
    Horizontal, ///< y fixed: seen from above (x across, z down the picture)
    AlongBelt,  ///< x fixed: seen from the side (y across, z down the picture)
};

/// How many slices the volume has in plane.
int count(const CtVolume &volume, Plane plane);

/// One slice of CT numbers, row by row, with its spacing in mm (for the picture's aspect).
struct Slice {
    int width = 0;
    int height = 0;
    double columnSpacingMm = 0;
    double rowSpacingMm = 0;
    std::vector<float> values;
};

/// Slice index of plane; index is clamped to [0, count − 1].
Slice slice(const CtVolume &volume, Plane plane, int index);

/// Grey levels of a slice through a window of CT numbers: lowestHu and below black, highestHu and
/// above white, linear between (air dark, metal bright, as CT viewers show it).
std::vector<quint8> windowed(const Slice &slice, double lowestHu, double highestHu);

} // namespace pen::CtSlices
