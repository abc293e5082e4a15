// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <QString>

#include <memory>
#include <vector>

namespace pen {

/// One homogeneous object of a 3-D scene: a solid (shared, immutable) of one material.
struct VolumeObject {
    std::shared_ptr<const Solid> solid;
    QString material;       ///< an AttenuationTable key
    double densityGcm3 = 0; ///< 0: the table's nominal density
};

/// A bag or parcel on the belt, in the scanner's frame (cm; see Vec3). Objects may overlap: their
/// path lengths add, as if each were alone in the space it occupies.
using VolumeScene = std::vector<VolumeObject>;

} // namespace pen
