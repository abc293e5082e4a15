// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Placement.h"
#include "volume/VolumeScene.h"

#include <QList>
#include <QString>

#include <vector>

namespace pen {

/// Where one item of a packed bag ended up, for ground truth and checks.
struct PlacedItem {
    QString name;
    QString kind;     ///< the catalogue entry it was drawn as, else its name
    QString category; ///< "clutter" or a ThreatCategories key
    QString mainMaterial;
    Bounds3 bounds;            ///< world, cm: round all the item's parts
    std::vector<Vec3> outline; ///< world x, y (cm): what the item covers seen from above, convex
    Rotation pose;             ///< how the item was turned from its own frame
    bool isThreat = false;
    bool isDrape = false;      ///< a garment spread over the packing, following its surface
    bool isFalseFloor = false; ///< the false floor over ThreatCover::UnderFalseFloor threats
    int firstObject = 0;       ///< the item's parts are scene[firstObject, firstObject + objectCount)
    int objectCount = 0;
};

/// A packed bag or parcel on the belt, in the scanner's frame (cm; see Vec3).
struct PackedBag {
    VolumeScene scene;             ///< the container's parts first, then the items in packing order
    std::vector<PlacedItem> items; ///< in packing order (the first rests on the floor)
    QString containerName;
    int containerObjects = 0; ///< how many of the scene's first objects are the container
    Bounds3 inner;            ///< the packable room inside the container
};

/// Where a threat goes in the packing, from easy to hard to see.
enum class ThreatCover {
    AmongClutter, ///< at a random point of the packing order: clutter under and over it
    OnTop,        ///< among the last things in: little over it
    UnderDense, ///< among the clutter, beside a dense thing (ItemCatalogue::denseBeside) and under others (denseCover)
    UnderFalseFloor, ///< first in, on the floor, under a false floor that the rest is packed on
};

/// One threat to pack: an ItemCatalogue::threats() name and where it goes.
struct ThreatToPack {
    QString name;
    ThreatCover cover = ThreatCover::AmongClutter;
};

/// What to pack besides the clutter.
struct PackingOptions {
    int minItems = 30; ///< items the packer aims for (drawn between the two), threats included
    int maxItems = 60;
    QList<ThreatToPack> threats; ///< packed among the clutter
    bool drapeGarments = true;   ///< lay spread garments over the packing now and then

    /// Larger things lie up to this far (rad) off square to the walls: 8° in a suitcase packed by
    /// hand; a carton's goods are stacked square.
    double largeSlant = 0.14;

    /// Fewer, bigger goods for a parcel.
    static PackingOptions parcel() { return {10, 25, {}, true, 0.03}; }
};

} // namespace pen
