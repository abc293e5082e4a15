// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/HeightMap.h"
#include "packing/PackableItem.h"
#include "packing/PackedBag.h"

#include <optional>
#include <random>

namespace pen {

/// Packs items one by one into a bag's inner room under gravity: each is turned to a resting pose
/// (mostly lying flat) and dropped at one of the lowest places where its footprint fits, on a
/// height map of 1 cm cells. Items' boxes never overlap: each owns the whole cells under it up to
/// its top. The bag and the engine must outlive the packer.
class ContainerPacker {
public:
    /// largeSlant: larger things lie up to this far (rad) off square to the walls, drawn evenly.
    ContainerPacker(PackedBag &bag, std::mt19937 &engine, double largeSlant = 0.03);

    /// Adds the item where it comes to rest; false (and nothing added) where it does not fit.
    bool place(const PackableItem &item);
    /// Adds the item lying flat where the centre of its base comes nearest to target (world cm)
    /// with room for it under the lid, resting on what is there; false where it fits nowhere.
    bool placeNear(const PackableItem &item, const Vec3 &target);
    /// Raises the packing's surface to at least heightCm above the floor from wall to wall, as a
    /// false floor laid over what is there does (the last item's removal undoes it too).
    void raiseSurfaceTo(double heightCm);
    /// Spreads a garment over part of the packing, following its surface into gaps; false where
    /// the room is too full. (In GarmentDrape.cpp.)
    bool drapeGarment();
    /// Whether the item would find room now, lying flat either way round (draws nothing).
    bool fits(const PackableItem &item) const;
    /// Takes the item placed last out again (once; not after drapeGarment).
    void takeOutLast();
    /// How full the room is: the mean height of the packing over the room's height, 0..1.
    double filledFraction() const;

private:
    PackedBag &m_bag;
    std::mt19937 &m_engine;
    HeightMap m_heights;
    HeightMap m_heightsBeforeLast{0, 0};
    double m_ceiling = 0; ///< cm above the floor
    double m_largeSlant = 0;

    bool placeInPose(const PackableItem &item, const Rotation &pose, const std::optional<Vec3> &near = {});
    void record(const PackableItem &item, const Placement &placement, const std::vector<Vec3> &outline);
    int pickLowest(const std::vector<double> &restingHeights, const std::vector<double> &sums, double area,
                   double limit);
    int pickNearest(const std::vector<double> &restingHeights, int width, int depth, double limit,
                    const Vec3 &near) const;
    void append(const PlacedItem &record, const VolumeScene &objects);
};

} // namespace pen
