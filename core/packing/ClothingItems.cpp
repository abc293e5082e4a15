// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "packing/ClothingItems.h"

#include "packing/ItemShapes.h"
#include "volume/ClothSheet.h"

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
    addPlies(item, engine, {w, d, h}, areal, drawInt(engine, 4, 7));
    if (kind == 2)
        addJeansMetal(item, w, d, 0);
    return item;
}

} // namespace pen::ClothingItems
