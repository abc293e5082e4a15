// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ContainerPacker.h"

#include "packing/PlacedSolid.h"
#include "packing/TurnedFootprint.h"
#include "tip/PortableRandom.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace pen {
namespace {

constexpr double LowestTolerance = 1.0;   // cm: places this close to the lowest count as lowest
constexpr double WasteTie = 1.0;          // cm³: gaps under an item that differ less are equal
constexpr double OnEdgeProbability = 0.1; // most things lie flat in a bag
constexpr double TallestOnEdge = 10;      // cm: higher than this, a thing on edge would topple

constexpr double SmallFootprintCm = 16;   // things no longer than this fall any way round
constexpr double SmallTurnedFreely = 0.6; // share of small things lying at any angle
constexpr double SquareSlack = 0.03;      // rad: small things not turned freely, and retries

// A quarter turn about z with some slack (up to largeSlant for larger things on the first try),
// or (first tries only) any turn for small things; upside down half the time, on edge now and
// then. A turned thing takes the room its turned outline covers, as in a real bag where a slanted
// thing wastes space in its corners.
Rotation restingPose(std::mt19937 &engine, const PackableItem &item, bool flatOnly, double largeSlant)
{
    const Vec3 size = item.localBounds.max - item.localBounds.min;
    const bool small = std::max(size.x, size.y) <= SmallFootprintCm;
    const bool freely = !flatOnly && small && PortableRandom::chance(engine, SmallTurnedFreely);
    double yaw = 0;
    if (freely) {
        yaw = PortableRandom::uniformReal(engine, 0, 2 * std::numbers::pi);
    } else {
        const double slack = flatOnly || small ? SquareSlack : std::max(SquareSlack, largeSlant);
        yaw = PortableRandom::uniformInt(engine, 0, 3) * std::numbers::pi / 2;
        yaw += PortableRandom::uniformReal(engine, -slack, slack);
    }
    double roll = PortableRandom::chance(engine, 0.5) ? std::numbers::pi : 0.0;
    if (!flatOnly && !item.staysFlat && PortableRandom::chance(engine, OnEdgeProbability))
        roll = std::numbers::pi / 2;
    return Rotation::fromYawPitchRoll(yaw, 0, roll);
}

Bounds3 turnedBounds(const PackableItem &item, const Rotation &pose)
{
    const Placement turn{pose, {}};
    Bounds3 bounds;
    for (const VolumeObject &object : item.objects)
        bounds.include(turn.boundsToWorld(object.solid->bounds()));
    return bounds;
}

int cellsFor(double length)
{
    return std::max(1, int(std::ceil(length - 1e-9)));
}

} // namespace

ContainerPacker::ContainerPacker(PackedBag &bag, std::mt19937 &engine, double largeSlant)
    : m_bag(bag), m_engine(engine), m_heights(int(std::floor(bag.inner.max.x - bag.inner.min.x + 1e-9)),
                                              int(std::floor(bag.inner.max.y - bag.inner.min.y + 1e-9))),
      m_ceiling(bag.inner.max.z - bag.inner.min.z), m_largeSlant(largeSlant)
{
}

bool ContainerPacker::place(const PackableItem &item)
{
    // A pose that does not fit is retried lying flat, then flat and turned the other way.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Rotation pose = restingPose(m_engine, item, attempt > 0, m_largeSlant);
        const Bounds3 turned = turnedBounds(item, pose);
        if (turned.max.z - turned.min.z > TallestOnEdge && attempt == 0)
            continue;
        if (placeInPose(item, pose))
            return true;
    }
    return false;
}

bool ContainerPacker::placeNear(const PackableItem &item, const Vec3 &target)
{
    for (int attempt = 0; attempt < 2; ++attempt)
        if (placeInPose(item, restingPose(m_engine, item, true, m_largeSlant), target))
            return true;
    return false;
}

// The first of the places with room under the lid whose base centre is nearest to the target.
int ContainerPacker::pickNearest(const std::vector<double> &restingHeights, int width, int depth, double limit,
                                 const Vec3 &near) const
{
    const int across = m_heights.columns() - width + 1;
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (size_t i = 0; i < restingHeights.size(); ++i) {
        if (restingHeights[i] > limit)
            continue;
        const double dx = m_bag.inner.min.x + double(int(i) % across) + width / 2.0 - near.x;
        const double dy = m_bag.inner.min.y + double(int(i) / across) + depth / 2.0 - near.y;
        const double dz = m_bag.inner.min.z + restingHeights[i] - near.z;
        if (dx * dx + dy * dy + 16 * dz * dz < bestDistance) {
            bestDistance = dx * dx + dy * dy + 16 * dz * dz;
            best = int(i);
        }
    }
    return best;
}

// Among the places within LowestTolerance of the lowest, the ones that leave least room under the
// item (its resting height over the cells' heights, summed), so that the packing stays dense; a
// random one of those that tie.
int ContainerPacker::pickLowest(const std::vector<double> &restingHeights, const std::vector<double> &sums, double area,
                                double limit)
{
    const double lowest = *std::min_element(restingHeights.begin(), restingHeights.end());
    if (lowest > limit)
        return -1;
    double leastGap = std::numeric_limits<double>::max();
    std::vector<int> candidates;
    for (size_t i = 0; i < restingHeights.size(); ++i) {
        if (restingHeights[i] > std::min(limit, lowest + LowestTolerance))
            continue;
        const double gap = restingHeights[i] * area - sums[i];
        if (gap < leastGap - WasteTie) {
            leastGap = gap;
            candidates.clear();
        }
        if (gap <= leastGap + WasteTie)
            candidates.push_back(int(i));
    }
    return candidates[size_t(PortableRandom::uniformInt(m_engine, 0, int(candidates.size()) - 1))];
}

bool ContainerPacker::placeInPose(const PackableItem &item, const Rotation &pose, const std::optional<Vec3> &near)
{
    const Bounds3 turned = turnedBounds(item, pose);
    const Vec3 size = turned.max - turned.min;
    const int width = cellsFor(size.x), depth = cellsFor(size.y);
    // The turned outline, centred in its box of cells as the item will be: a slanted thing leaves
    // the corners of its box to others.
    const Vec3 centring{(width - size.x) / 2 - turned.min.x, (depth - size.y) / 2 - turned.min.y, 0};
    const std::vector<Vec3> outline = TurnedFootprint::outline(item, pose);
    std::vector<Vec3> inBox;
    for (const Vec3 &point : outline)
        inBox.push_back(point + centring);
    const CellMask mask = TurnedFootprint::cellsUnder(inBox, width, depth);
    const std::vector<double> resting = m_heights.restingHeights(mask);
    if (resting.empty())
        return false;
    const int spot = near
        ? pickNearest(resting, width, depth, m_ceiling - size.z, *near)
        : pickLowest(resting, m_heights.footprintSums(mask), double(mask.cells.size()), m_ceiling - size.z);
    if (spot < 0)
        return false;
    const int across = m_heights.columns() - width + 1;
    const CellRect rect{spot % across, spot / across, width, depth};
    const double base = resting[size_t(spot)];
    // Centred in its cells, resting on the highest of them.
    const Vec3 corner
        = m_bag.inner.min + Vec3{rect.column + (width - size.x) / 2, rect.row + (depth - size.y) / 2, base};
    m_heightsBeforeLast = m_heights;
    m_heights.raise(rect.column, rect.row, mask, base + size.z);
    record(item, {pose, corner - turned.min}, outline);
    return true;
}

// outline: the item's outline turned by the placement's rotation, before it is moved.
void ContainerPacker::record(const PackableItem &item, const Placement &placement, const std::vector<Vec3> &outline)
{
    VolumeScene objects;
    PlacedItem record;
    record.name = item.name;
    record.kind = item.kind.isEmpty() ? item.name : item.kind;
    record.category = item.category;
    record.mainMaterial = item.mainMaterial;
    record.isThreat = item.isThreat();
    std::vector<std::shared_ptr<const Solid>> solids;
    for (const VolumeObject &object : item.objects)
        solids.push_back(object.solid);
    for (const SettlingLiquid &liquid : item.liquids)
        solids[liquid.object] = settledLiquid(liquid, placement.rotation);
    for (size_t i = 0; i < item.objects.size(); ++i) {
        const VolumeObject &object = item.objects[i];
        objects.push_back({std::make_shared<PlacedSolid>(solids[i], placement), object.material, object.densityGcm3});
        record.bounds.include(objects.back().solid->bounds());
    }
    for (const Vec3 &point : outline)
        record.outline.push_back(point + Vec3{placement.translation.x, placement.translation.y, 0});
    record.pose = placement.rotation;
    append(record, objects);
}

bool ContainerPacker::fits(const PackableItem &item) const
{
    for (const double yaw : {0.0, std::numbers::pi / 2}) {
        const Bounds3 turned = turnedBounds(item, Rotation::aboutAxis({0, 0, 1}, yaw));
        const std::vector<double> resting
            = m_heights.restingHeights(cellsFor(turned.max.x - turned.min.x), cellsFor(turned.max.y - turned.min.y));
        if (!resting.empty()
            && *std::min_element(resting.begin(), resting.end()) <= m_ceiling - (turned.max.z - turned.min.z))
            return true;
    }
    return false;
}

void ContainerPacker::raiseSurfaceTo(double heightCm)
{
    m_heights.raise({0, 0, m_heights.columns(), m_heights.rows()}, heightCm);
}

void ContainerPacker::takeOutLast()
{
    m_heights = m_heightsBeforeLast;
    m_bag.scene.resize(size_t(m_bag.items.back().firstObject));
    m_bag.items.pop_back();
}

double ContainerPacker::filledFraction() const
{
    return m_heights.footprintSums(m_heights.columns(), m_heights.rows()).front()
        / (double(m_heights.columns()) * m_heights.rows() * m_ceiling);
}

void ContainerPacker::append(const PlacedItem &record, const VolumeScene &objects)
{
    PlacedItem placed = record;
    placed.firstObject = int(m_bag.scene.size());
    placed.objectCount = int(objects.size());
    m_bag.scene.insert(m_bag.scene.end(), objects.begin(), objects.end());
    m_bag.items.push_back(placed);
}

} // namespace pen
