// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/BulkGoods.h"

#include "scenes/CargoSolids.h"
#include "volume/BoxSolid.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"
#include "volume/SolidGroup.h"

#include <algorithm>

namespace pen::BulkGoods {
namespace {

using namespace CargoSolids;
using Counts = std::array<int, 3>;

const QString Steel = QStringLiteral("iron");

void everyCell(WeighedScene &scene, std::shared_ptr<const Solid> unitInCell, double volume, Vec3 min, Counts counts,
               Vec3 cell, const QString &material, double density = 0)
{
    scene.add(lattice(std::move(unitInCell), counts, cell, min), volume * product(counts), material, density);
}

GoodsPacking packing(const QString &key, Vec3 cell, bool onPallets, double minKg, double maxKg)
{
    GoodsPacking p;
    p.key = key;
    p.unit = cell;
    p.onPallets = onPallets;
    p.minLoadKg = minKg;
    p.maxLoadKg = maxKg;
    return p;
}

// Steel parts in a crate, each in its own slot (centre, size) of the crate's inside.
void motor(WeighedScene &scene, Vec3 c, Vec3 slot, SceneRandom &r)
{
    const double length = std::min(slot.x - 20, r.uniform(40, 70)), radius = std::min(slot.y, slot.z) / 2 - 1;
    hollowCylinder(scene, Axis::X, c, radius, length, 2.5, Steel);                  // cast housing
    tube(scene, Axis::X, c, radius - 3, length * 0.6, 4, QStringLiteral("copper")); // windings
    cylinder(scene, Axis::X, c, (radius - 7) * 0.8, length * 0.6, Steel);           // rotor
    cylinder(scene, Axis::X, c + Vec3{length / 2 + 4.5, 0, 0}, 2.5, 9, Steel);      // shaft end
}

void gearbox(WeighedScene &scene, Vec3 c, Vec3 slot, SceneRandom &r)
{
    const Vec3 size{std::min(slot.x, r.uniform(40, 70)), slot.y, std::min(slot.z, r.uniform(35, 60))};
    hollowBox(scene, c - size / 2, c + size / 2, 2.5, Steel);
    for (double side : {-0.25, 0.25})
        cylinder(scene, Axis::X, c + Vec3{0, side * size.y, 0}, std::min(size.y, size.z) * 0.22, size.x * 0.3, Steel);
}

void pipeSpool(WeighedScene &scene, Vec3 c, Vec3 slot, SceneRandom &r)
{
    const double radius = std::min(slot.y, slot.z) / 2 - 5, length = slot.x - 8, wall = r.uniform(1.0, 2.5);
    tube(scene, Axis::X, c, radius, length, wall, Steel);
    for (double side : {-1.0, 1.0}) // flanges
        tube(scene, Axis::X, c + Vec3{side * (length / 2 + 1.5), 0, 0}, radius + 5, 3, 6, Steel);
}

void plates(WeighedScene &scene, Vec3 c, Vec3 slot, SceneRandom &r)
{
    const Vec3 size{slot.x - 4, slot.y - 4, std::min(slot.z, r.uniform(4, 16))};
    const Vec3 low = c - Vec3{size.x / 2, size.y / 2, slot.z / 2};
    box(scene, low, low + size, Steel);
}

// A plywood crate on skids with two parts, one in each half along y.
void crate(WeighedScene &scene, Vec3 min, Vec3 cell, SceneRandom &r)
{
    const Vec3 size = cell - Vec3{1, 1, 1};
    hollowBox(scene, min, min + size, 1.8, QStringLiteral("cellulose"), 0.6);
    for (double x : {8.0, size.x - 18})
        box(scene, min + Vec3{x, 1.8, 1.8}, min + Vec3{x + 10, size.y - 1.8, 9.8}, QStringLiteral("cellulose"), 0.6);
    const Vec3 slot{size.x - 8, size.y / 2 - 4, size.z - 14};
    for (double half : {0.25, 0.75}) {
        const Vec3 c = min + Vec3{size.x / 2, half * size.y, 10 + slot.z / 2};
        switch (r.integer(0, 3)) {
        case 0: motor(scene, c, slot, r); break;
        case 1: gearbox(scene, c, slot, r); break;
        case 2: pipeSpool(scene, c, slot, r); break;
        default: plates(scene, c, slot, r); break;
        }
    }
}

} // namespace

GoodsPacking fabricRolls(SceneRandom &random)
{
    // Rolls of woven polyester (about 0.55 g/cm³ wound) on card cores, lying along the container.
    const double radius = random.uniform(13.5, 15.3), density = random.uniform(0.5, 0.6), length = 116;
    GoodsPacking p = packing(QStringLiteral("textiles"), {31, 118, 31}, true, 10000, 16000);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &) {
        const Placement lying = along(Axis::Y, {});
        auto cloth = std::make_shared<HollowSolid>(std::make_shared<CylinderSolid>(radius, length, lying),
                                                   std::make_shared<CylinderSolid>(4, length, lying));
        everyCell(scene, cloth, SolidVolumes::cylinder(radius, length) - SolidVolumes::cylinder(4, length), min, counts,
                  p.unit, QStringLiteral("pet_polyester"), density);
        everyCell(scene, tubeSolid(4, length, 0.6, lying), SolidVolumes::tube(4, length, 0.6), min, counts, p.unit,
                  QStringLiteral("cellulose"), 0.7);
    };
    return p;
}

GoodsPacking tyres(SceneRandom &random)
{
    // 205/55 R16 car tyres stacked flat: the tread band and two sidewalls of rubber compound (1.15
    // g/cm³ with its carbon black), the steel belts under the tread and the bead wires at the rim.
    // Bands and discs rather than a torus: a stack of hundreds costs a ray quadratics, not quartics.
    const double outer = random.uniform(31.2, 31.7), bead = 20.3, width = 14.4;
    GoodsPacking p = packing(QStringLiteral("tyres"), {64, 64, 14.6}, false, 6000, 10000);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &) {
        const double side = 0.9, tread = 1.4, wall = outer - bead;
        const std::vector<std::shared_ptr<const Solid>> rubber{
            tubeSolid(outer, width - 2 * side, tread, Placement()),
            tubeSolid(outer, side, wall, Placement::at({0, 0, (width - side) / 2})),
            tubeSolid(outer, side, wall, Placement::at({0, 0, -(width - side) / 2}))};
        everyCell(scene, std::make_shared<SolidGroup>(rubber, Placement()),
                  SolidVolumes::tube(outer, width - 2 * side, tread) + 2 * SolidVolumes::tube(outer, side, wall), min,
                  counts, p.unit, QStringLiteral("rubber_natural"), 1.15);
        const double belt = outer - tread / 2;
        const std::vector<std::shared_ptr<const Solid>> steel{
            tubeSolid(belt, 10, 0.06, Placement()), tubeSolid(bead + 0.6, 0.6, 0.4, Placement::at({0, 0, 3})),
            tubeSolid(bead + 0.6, 0.6, 0.4, Placement::at({0, 0, -3}))};
        everyCell(scene, std::make_shared<SolidGroup>(steel, Placement()),
                  SolidVolumes::tube(belt, 10, 0.06) + 2 * SolidVolumes::tube(bead + 0.6, 0.6, 0.4), min, counts,
                  p.unit, Steel);
    };
    return p;
}

GoodsPacking cottonBales(SceneRandom &random)
{
    // Universal-density bales (140 × 53 × 74 cm, about 225 kg) bound by six steel ties.
    const double density = random.uniform(0.40, 0.45);
    GoodsPacking p = packing(QStringLiteral("cotton-bales"), {53, 140, 74}, false, 18000, 23000);
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &) {
        const Vec3 bale{52, 139, 73}, tie{52.2, 1.9, 73.2}, bore{52, 1.9, 73};
        everyCell(scene, std::make_shared<BoxSolid>(bale, Placement()), SolidVolumes::box(bale), min, counts, p.unit,
                  QStringLiteral("cellulose"), density);
        auto band = std::make_shared<HollowSolid>(std::make_shared<BoxSolid>(tie, Placement()),
                                                  std::make_shared<BoxSolid>(bore, Placement()));
        everyCell(scene, std::make_shared<LatticeSolid>(band, Counts{1, 6, 1}, Vec3{52.2, 23.1, 73.2}, Placement()),
                  6 * (SolidVolumes::box(tie) - SolidVolumes::box(bore)), min, counts, p.unit, Steel);
    };
    return p;
}

GoodsPacking scrapBundles(SceneRandom &random)
{
    // Pressed bundles of sheet and section scrap: steel at a quarter of its density on average,
    // with heavier lumps (castings, rail ends) here and there.
    const double density = random.uniform(1.6, 2.4);
    GoodsPacking p = packing(QStringLiteral("scrap-metal"), {58, 60, 45}, false, 20000, 26000);
    p.dense = true;
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &r) {
        const Vec3 bundle{56, 58, 44};
        everyCell(scene, std::make_shared<BoxSolid>(bundle, Placement()), SolidVolumes::box(bundle), min, counts,
                  p.unit, Steel, density);
        for (int lump = r.integer(0, 2); lump > 0; --lump) {
            const Vec3 cell{r.integer(0, counts[0] - 1) + 0.5, r.integer(0, counts[1] - 1) + 0.5,
                            r.integer(0, counts[2] - 1) + 0.5};
            const Vec3 centre = min + Vec3{cell.x * p.unit.x, cell.y * p.unit.y, cell.z * p.unit.z};
            const Vec3 size{r.uniform(10, 40), r.uniform(10, 40), r.uniform(8, 30)};
            box(scene, centre - size / 2, centre + size / 2, Steel, 4.0);
        }
    };
    return p;
}

GoodsPacking machinery(SceneRandom &random)
{
    // One crate to a pallet; crates differ, so they are solids of their own, not a lattice.
    GoodsPacking p = packing(QStringLiteral("machinery"), {95, 115, random.uniform(80, 110)}, true, 8000, 18000);
    p.dense = true;
    p.place = [=](WeighedScene &scene, Vec3 min, Counts counts, SceneRandom &r) {
        for (int i = 0; i < counts[0]; ++i)
            for (int j = 0; j < counts[1]; ++j)
                for (int k = 0; k < counts[2]; ++k)
                    crate(scene, min + Vec3{i * p.unit.x, j * p.unit.y, k * p.unit.z}, p.unit, r);
    };
    return p;
}

} // namespace pen::BulkGoods
