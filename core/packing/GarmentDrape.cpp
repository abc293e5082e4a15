// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ContainerPacker.h"

#include "packing/ClothingItems.h"
#include "tip/PortableRandom.h"
#include "volume/ClothSheet.h"

#include <algorithm>

namespace pen {
namespace {

constexpr double PlyGap = 0.3;       // cm between the plies of a spread garment
constexpr double PlyThickness = 0.1; // cm
constexpr double Clearance = 0.05;   // cm over what the garment lies on

// Node heights over rect's cell corners: each node rests on the highest of the cells it touches,
// so the bilinear sheet stays above every cell (fabric bridges gaps narrower than a cell).
std::vector<double> surfaceUnder(const HeightMap &heights, const CellRect &rect)
{
    std::vector<double> nodes;
    for (int j = 0; j <= rect.depth; ++j)
        for (int i = 0; i <= rect.width; ++i) {
            const CellRect touching{rect.column + std::max(0, i - 1), rect.row + std::max(0, j - 1),
                                    (i > 0 && i < rect.width) ? 2 : 1, (j > 0 && j < rect.depth) ? 2 : 1};
            nodes.push_back(heights.highestUnder(touching) + Clearance);
        }
    return nodes;
}

// A cell's new top: the highest of its corner nodes plus the plies above them.
void raiseUnderSheet(HeightMap &heights, const CellRect &rect, const std::vector<double> &nodes, double stack)
{
    const auto node = [&](int i, int j) { return nodes[size_t(j) * size_t(rect.width + 1) + size_t(i)]; };
    for (int j = 0; j < rect.depth; ++j)
        for (int i = 0; i < rect.width; ++i) {
            const double top = std::max({node(i, j), node(i + 1, j), node(i, j + 1), node(i + 1, j + 1)});
            heights.raise({rect.column + i, rect.row + j, 1, 1}, top + stack);
        }
}

} // namespace

bool ContainerPacker::drapeGarment()
{
    const int width = PortableRandom::uniformInt(m_engine, m_heights.columns() * 6 / 10, m_heights.columns());
    const int depth = PortableRandom::uniformInt(m_engine, m_heights.rows() * 4 / 10, m_heights.rows() * 7 / 10);
    const CellRect rect{PortableRandom::uniformInt(m_engine, 0, m_heights.columns() - width),
                        PortableRandom::uniformInt(m_engine, 0, m_heights.rows() - depth), width, depth};
    std::vector<double> nodes = surfaceUnder(m_heights, rect);
    const std::vector<double> folds = ClothingItems::foldHeights(m_engine, rect.width + 1, rect.depth + 1,
                                                                 PortableRandom::uniformReal(m_engine, 0.3, 1.0));
    // Wrinkles rise from the surface: the lowest of them lies on it.
    const double flattest = *std::min_element(folds.begin(), folds.end());
    for (size_t k = 0; k < nodes.size(); ++k)
        nodes[k] += folds[k] - flattest;
    const int plies = PortableRandom::uniformInt(m_engine, 2, 3);
    const double stack = (plies - 1) * PlyGap + PlyThickness;
    if (*std::max_element(nodes.begin(), nodes.end()) + stack > m_ceiling)
        return false;
    // A dress or trousers spread flat: 0.1–0.25 g/cm² over its area in all.
    const double density = PortableRandom::uniformReal(m_engine, 0.1, 0.25) / plies / PlyThickness;
    const Vec3 centre = m_bag.inner.min + Vec3{rect.column + width / 2.0, rect.row + depth / 2.0, 0};
    VolumeScene objects;
    PlacedItem record;
    record.name = QStringLiteral("spread garment");
    record.category = QStringLiteral("clutter");
    record.mainMaterial = QStringLiteral("cellulose");
    record.isDrape = true;
    for (int ply = 0; ply < plies; ++ply) {
        std::vector<double> plyHeights = nodes;
        for (double &h : plyHeights)
            h += ply * PlyGap + PlyThickness / 2;
        // Narrower by the ply's thickness on each side, so that it stays inside the room.
        objects.push_back(
            {std::make_shared<ClothSheet>(width - 2 * PlyThickness, depth - 2 * PlyThickness, width + 1, depth + 1,
                                          std::move(plyHeights), PlyThickness, Placement::at(centre)),
             QStringLiteral("cellulose"), density});
        record.bounds.include(objects.back().solid->bounds());
    }
    // The sheet's smooth surface may swell a little past its nodes: it still has to fit under the lid.
    if (record.bounds.max.z > m_bag.inner.max.z)
        return false;
    raiseUnderSheet(m_heights, rect, nodes, stack);
    append(record, objects);
    return true;
}

} // namespace pen
