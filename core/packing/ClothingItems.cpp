// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ClothingItems.h"

#include "packing/ItemShapes.h"
#include "volume/ClothSheet.h"
#include "volume/HollowSolid.h"
#include "volume/SweptTube.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pen::ClothingItems {

using namespace ItemShapes;

namespace {

constexpr double NodeSpacing = 1.5; // cm: fine enough for creases a few cm apart

struct Wave {
    double kx, ky, phase, amplitude;
    bool crease; // |sin|: a sharp fold line instead of a soft wave
};

std::vector<Wave> drawWaves(std::mt19937 &engine, double amplitude)
{
    std::vector<Wave> waves;
    for (int i = 0; i < 4; ++i) {
        const double angle = draw(engine, 0, std::numbers::pi), k = draw(engine, 0.15, 0.9);
        waves.push_back({k * std::cos(angle), k * std::sin(angle), draw(engine, 0, 6.3),
                         amplitude * draw(engine, 0.15, 0.35), i % 2 == 0});
    }
    return waves;
}

void addJeansMetal(PackableItem &item, double w, double d, double z)
{
    for (double x : {-w * 0.35, -w * 0.2, w * 0.2, w * 0.35})
        item.add(cylinderUpright(0.35, 0.15, {x, d / 2 - 1.0, z}), QStringLiteral("copper"));
    item.add(wire({{-w * 0.05, d / 2 - 1.5, z}, {-w * 0.05, d / 2 - 9.0, z}}, 0.2), QStringLiteral("brass"), 4.0);
    item.add(cylinderUpright(0.8, 0.3, {-w * 0.05, d / 2 - 0.8, z}), QStringLiteral("zinc"));
}

} // namespace

std::vector<double> foldHeights(std::mt19937 &engine, int columns, int rows, double amplitude)
{
    const std::vector<Wave> waves = drawWaves(engine, amplitude);
    std::vector<double> heights;
    heights.reserve(size_t(columns) * size_t(rows));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            double h = 0;
            for (const Wave &wave : waves) {
                const double s = std::sin(wave.kx * c * NodeSpacing + wave.ky * r * NodeSpacing + wave.phase);
                h += wave.amplitude * (wave.crease ? std::abs(s) : 0.5 * (s + 1));
            }
            heights.push_back(h);
        }
    return heights;
}

namespace {

// Plies of folded fabric over w × d, h high in all, areal g/cm² together.
void addPlies(PackableItem &item, std::mt19937 &engine, Vec3 size, double areal, int layers)
{
    const double thickness = 0.1, amplitude = size.z / layers;
    const int columns = int(size.x / NodeSpacing) + 1, rows = int(size.y / NodeSpacing) + 1;
    for (int k = 0; k < layers; ++k) {
        std::vector<double> heights = foldHeights(engine, columns, rows, amplitude);
        const double z = -size.z / 2 + (k + 0.1) * (size.z - amplitude) / layers;
        item.add(
            std::make_shared<ClothSheet>(size.x, size.y, columns, rows, std::move(heights), thickness, at({0, 0, z})),
            item.mainMaterial, areal / layers / thickness);
    }
}

// Creases over the top ply: the fabric bent over itself, a thin-walled tube lying along a gentle
// curve. Seen from above its two flanks are edge-on, so each crease shows as a pair of fine dark
// lines a few millimetres apart, as garments do in real scans; the flat plies alone never turn
// steep enough for that. The creases lie inside the plies' box, which stays the item's size for
// the packer.
void addCreases(PackableItem &item, std::mt19937 &engine, double densityGcm3, int count)
{
    constexpr double Wall = 0.08;   // cm: one layer of fabric
    constexpr double Overshoot = 1; // cm the curve through the points may swing past them
    const Bounds3 plies = item.localBounds;
    const Vec3 size = plies.max - plies.min, centre = (plies.max + plies.min) * 0.5;
    for (int c = 0; c < count; ++c) {
        const double radius = draw(engine, 0.15, std::min(0.4, size.z / 3));
        const double halfX = size.x / 2 - radius - Overshoot, halfY = size.y / 2 - radius - Overshoot;
        const double length = draw(engine, 0.3, 0.8) * std::max(size.x, size.y);
        const double angle = draw(engine, 0, std::numbers::pi);
        const Vec3 along{std::cos(angle), std::sin(angle), 0}, across{-along.y, along.x, 0};
        const Vec3 middle{draw(engine, -halfX / 2, halfX / 2), draw(engine, -halfY / 2, halfY / 2), 0};
        const double z = plies.max.z - radius - Wall;
        std::vector<Vec3> points;
        for (int k = 0; k < 5; ++k) {
            const Vec3 p = middle + (length * (k / 4.0 - 0.5)) * along + draw(engine, -1.0, 1.0) * across;
            points.push_back({centre.x + std::clamp(p.x, -halfX, halfX), centre.y + std::clamp(p.y, -halfY, halfY), z});
        }
        item.add(std::make_shared<HollowSolid>(std::make_shared<SweptTube>(points, radius, Placement{}, 4),
                                               std::make_shared<SweptTube>(points, radius - Wall, Placement{}, 4)),
                 item.mainMaterial, densityGcm3);
    }
    item.localBounds = plies;
}

} // namespace

PackableItem smallGarment(std::mt19937 &engine)
{
    const bool socks = draw(engine, 0, 1) < 0.5;
    PackableItem item{socks ? QStringLiteral("socks") : QStringLiteral("underwear")};
    item.staysFlat = true;
    item.mainMaterial = QStringLiteral("cellulose");
    const Vec3 size = socks ? Vec3{draw(engine, 10, 13), draw(engine, 7, 9), draw(engine, 3, 4.5)}
                            : Vec3{draw(engine, 16, 22), draw(engine, 12, 16), draw(engine, 1.2, 2.0)};
    addPlies(item, engine, size, socks ? draw(engine, 0.5, 0.8) : draw(engine, 0.15, 0.3), socks ? 4 : 3);
    return item;
}

PackableItem foldedGarment(std::mt19937 &engine)
{
    static const char *kinds[] = {"shirt", "sweater", "jeans"};
    const int kind = drawInt(engine, 0, 2);
    PackableItem item{QString::fromLatin1(kinds[kind])};
    item.staysFlat = true;
    const double w = draw(engine, 28, 38), d = draw(engine, 20, 30), h = draw(engine, 1.5, 3.0);
    const double areal = kind == 0 ? draw(engine, 0.25, 0.45) : draw(engine, 0.5, 0.9);
    item.mainMaterial = kind == 1 ? QStringLiteral("nylon6") : QStringLiteral("cellulose");
    const int layers = drawInt(engine, 4, 7);
    addPlies(item, engine, {w, d, h}, areal, layers);
    // The creases draw from an engine of their own, seeded by the garment's size: the bag's stream
    // of draws, and so every other item of it, stays as it was without them.
    std::mt19937 creases(quint32(std::lround(w * 1000)) * 73856093u ^ quint32(std::lround(d * 1000)) * 19349663u
                         ^ quint32(std::lround(h * 1000)) * 83492791u);
    addCreases(item, creases, areal / layers / 0.1, drawInt(creases, 2, 4));
    if (kind == 2)
        addJeansMetal(item, w, d, 0);
    return item;
}

} // namespace pen::ClothingItems
