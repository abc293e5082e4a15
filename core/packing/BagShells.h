// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/VolumeScene.h"

#include <random>

namespace pen {

/// The container things are packed in, in the scanner's frame (cm), and the room inside it.
struct BagShell {
    QString name;
    QString mainMaterial;
    VolumeScene objects;
    Bounds3 inner; ///< the packable volume: its floor is where the first items rest
};

/// A hard-shell trolley suitcase lying on the belt (z = 0) with its length along the belt (y) and
/// centred across it at centreX: a polypropylene shell, two telescopic aluminium trolley tubes in a
/// compartment under the packing floor, a steel frame wire round the opening, zips, rivets, four
/// wheels and a handle. innerSize is the packable room (x across, y along, z up).
BagShell suitcaseShell(std::mt19937 &engine, Vec3 innerSize, double centreX, double startY);

/// A corrugated cardboard carton of innerSize lying on the belt, with a band of tape.
BagShell parcelCarton(Vec3 innerSize, double centreX, double startY);

} // namespace pen
