// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CartonGoods.h"

#include "scenes/CargoSolids.h"
#include "volume/BoxSolid.h"
#include "volume/CylinderSolid.h"
#include "volume/EllipsoidSolid.h"
#include "volume/HollowSolid.h"

namespace pen::CartonGoods {
namespace {

using namespace CargoSolids;
using Counts = std::array<int, 3>;

const QString Card = QStringLiteral("cellulose");

// unit repeated on a grid inside one carton, the grid centred on offset in the carton's cell.
std::shared_ptr<const Solid> inCarton(std::shared_ptr<const Solid> unit, Counts counts, Vec3 spacing, Vec3 offset = {})
{
    return std::make_shared<LatticeSolid>(std::move(unit), counts, spacing, Placement::at(offset));
}

// One copy of unitInCell (volume each) in every cell of the block.
void everyCell(WeighedScene &scene, std::shared_ptr<const Solid> unitInCell, double volume, Vec3 min, Counts counts,
               Vec3 cell, const QString &material, double density = 0)
{
    scene.add(lattice(std::move(unitInCell), counts, cell, min), volume * product(counts), material, density);
}

// Corrugated board cartons filling the cells (5 mm board is mostly air: about 0.15 g/cm³); also
// what is left where goods were taken out.
GoodsPacking::Placer cartons(Vec3 cell, double wall)
{
    return [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &) {
        everyCell(scene, pen::hollowBox(cell, wall, Placement()), SolidVolumes::hollowBox(cell, wall), min, counts,
                  cell, Card, 0.15);
    };
}

GoodsPacking packing(const QString &key, Vec3 cell, double minKg, double maxKg)
{
    GoodsPacking p;
    p.key = key;
    p.unit = cell;
    p.minLoadKg = minKg;
    p.maxLoadKg = maxKg;
    return p;
}

} // namespace

GoodsPacking tiles(SceneRandom &random)
{
    // Porcelain stoneware (about 2.3 g/cm³; alumina stands in for the ceramic body), four tiles a
    // carton: the MeV scanner's classic weigh-out load.
    const double tile = random.uniform(0.8, 1.0), wall = 0.3, pitch = tile + 0.02;
    const Vec3 cell{60, 60, 4 * pitch + 2 * wall + 0.04};
    GoodsPacking p = packing(QStringLiteral("tiles"), cell, 18000, 25000);
    p.packaging = cartons(cell, wall);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &r) {
        p.packaging(scene, min, counts, r);
        const Vec3 size{59.2, 59.2, tile};
        everyCell(scene, inCarton(std::make_shared<BoxSolid>(size, Placement()), {1, 1, 4}, {59.2, 59.2, pitch}),
                  4 * SolidVolumes::box(size), min, counts, cell, QStringLiteral("alumina_ceramic"), 2.3);
    };
    return p;
}

GoodsPacking shirts(SceneRandom &random)
{
    // Folded cotton shirts, a layer every 2 cm, about 11 kg a carton.
    const double wall = 0.5, density = random.uniform(0.12, 0.15);
    const Vec3 cell{50, 60, 40};
    GoodsPacking p = packing(QStringLiteral("t-shirts"), cell, 3500, 7000);
    p.packaging = cartons(cell, wall);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &r) {
        p.packaging(scene, min, counts, r);
        const Vec3 layer{48.6, 58.6, 1.6};
        everyCell(scene, inCarton(std::make_shared<BoxSolid>(layer, Placement()), {1, 1, 19}, {48.6, 58.6, 2.0}),
                  19 * SolidVolumes::box(layer), min, counts, cell, Card, density);
    };
    return p;
}

GoodsPacking furniture(SceneRandom &random)
{
    // Flat packs: four chipboard panels (0.65 g/cm³) and a bag of screws and hinges a carton.
    const double wall = 0.5, panel = random.uniform(1.5, 1.8);
    const Vec3 cell{95, 115, 4 * (panel + 0.6) + 1.2};
    GoodsPacking p = packing(QStringLiteral("furniture"), cell, 8000, 14000);
    p.packaging = cartons(cell, wall);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &r) {
        p.packaging(scene, min, counts, r);
        const Vec3 board{93, 113, panel}, fittings{12, 8, 0.3};
        everyCell(scene, inCarton(std::make_shared<BoxSolid>(board, Placement()), {1, 1, 4}, {93, 113, panel + 0.6}),
                  4 * SolidVolumes::box(board), min, counts, cell, Card, 0.65);
        everyCell(scene, std::make_shared<BoxSolid>(fittings, Placement::at({30, 40, cell.z / 2 - 0.7})),
                  SolidVolumes::box(fittings), min, counts, cell, QStringLiteral("steel_304"), 4);
    };
    return p;
}

GoodsPacking apples(SceneRandom &random)
{
    // Apples (water, 0.85 g/cm³ with their air) in rows of six by four, three layers a crate.
    const double size = random.uniform(3.3, 3.5);
    const Vec3 cell{50, 30, 28}, spacing{8.1, 7.1, 8.9};
    GoodsPacking p = packing(QStringLiteral("apples"), cell, 12000, 20000);
    p.packaging = cartons(cell, 0.6);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &r) {
        p.packaging(scene, min, counts, r);
        const Vec3 semiAxes{size, size, size * 0.95};
        everyCell(scene, inCarton(std::make_shared<EllipsoidSolid>(semiAxes, Placement()), {6, 4, 3}, spacing),
                  72 * SolidVolumes::ellipsoid(semiAxes), min, counts, cell, QStringLiteral("water"), 0.85);
    };
    return p;
}

GoodsPacking bottledDrinks(SceneRandom &random)
{
    // 24 upright 33 cl bottles (soda-lime glass, 3 mm walls) a carton, the beer in the lower part.
    const double fill = random.uniform(13.0, 13.6), r = 3.1, length = 22.5, glass = 0.3;
    const Vec3 cell{26, 39, 24}, spacing{6.3, 6.3, 23.2};
    GoodsPacking p = packing(QStringLiteral("bottled-drinks"), cell, 16000, 24000);
    p.packaging = cartons(cell, 0.4);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &rnd) {
        p.packaging(scene, min, counts, rnd);
        everyCell(scene, inCarton(pen::hollowCylinder(r, length, glass, Placement()), {4, 6, 1}, spacing),
                  24 * SolidVolumes::hollowCylinder(r, length, glass), min, counts, cell,
                  QStringLiteral("glass_soda_lime"));
        const double inner = r - glass;
        auto beer = std::make_shared<CylinderSolid>(inner, fill, Placement::at({0, 0, -length / 2 + glass + fill / 2}));
        everyCell(scene, inCarton(beer, {4, 6, 1}, spacing), 24 * SolidVolumes::cylinder(inner, fill), min, counts,
                  cell, QStringLiteral("water"));
    };
    return p;
}

GoodsPacking cannedDrinks(SceneRandom &random)
{
    // 24 cans of 33 cl on a card tray; the film round them is too thin to matter.
    const double fill = random.uniform(10.4, 10.8), r = 3.3, length = 11.5, wall = 0.012;
    const Vec3 cell{26.6, 39.9, 11.7}, spacing{6.65, 6.65, 11.5};
    GoodsPacking p = packing(QStringLiteral("canned-drinks"), cell, 16000, 23000);
    const Vec3 tray{26.6, 39.9, 0.2};
    p.packaging = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &) {
        everyCell(scene, std::make_shared<BoxSolid>(tray, Placement::at({0, 0, -cell.z / 2 + 0.1})),
                  SolidVolumes::box(tray), min, counts, cell, Card, 0.6);
    };
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &rnd) {
        p.packaging(scene, min, counts, rnd);
        const Vec3 up{0, 0, 0.1};
        everyCell(scene, inCarton(pen::hollowCylinder(r, length, wall, Placement()), {4, 6, 1}, spacing, up),
                  24 * SolidVolumes::hollowCylinder(r, length, wall), min, counts, cell, QStringLiteral("aluminium"));
        const double inner = r - wall;
        auto drink = std::make_shared<CylinderSolid>(inner, fill, Placement::at({0, 0, -length / 2 + wall + fill / 2}));
        everyCell(scene, inCarton(drink, {4, 6, 1}, spacing, up), 24 * SolidVolumes::cylinder(inner, fill), min, counts,
                  cell, QStringLiteral("water"));
    };
    return p;
}

} // namespace pen::CartonGoods
