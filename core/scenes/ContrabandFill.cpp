// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/ContrabandFill.h"

#include "packing/PlacedSolid.h"
#include "packing/ThreatItems.h"
#include "scenes/CargoSolids.h"
#include "volume/BoxSolid.h"
#include "volume/HollowSolid.h"
#include "volume/SolidGroup.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pen::ContrabandFill {
namespace {

using namespace CargoSolids;
using Counts = std::array<int, 3>;

// Copies of a box-shaped unit on a grid from space's low corner: the contents (density) and,
// where wall > 0, the wrapping round each (wrapDensity), as two lattices.
void boxes(ContrabandGoods &goods, WeighedScene &scene, Vec3 cell, Counts counts, Vec3 min, double wall,
           const QString &material, double density, const QString &wrap, double wrapDensity)
{
    const Vec3 inner = cell - Vec3{2 * wall, 2 * wall, 2 * wall};
    goods.objects.push_back(scene.add(lattice(std::make_shared<BoxSolid>(inner, Placement()), counts, cell, min),
                                      SolidVolumes::box(inner) * product(counts), material, density));
    if (wall > 0)
        goods.objects.push_back(scene.add(lattice(pen::hollowBox(cell, wall, Placement()), counts, cell, min),
                                          SolidVolumes::hollowBox(cell, wall) * product(counts), wrap, wrapDensity));
}

// How much of space's height the bulk goods take, in whole units.
Vec3 shared(const Bounds3 &space, double share)
{
    const Vec3 size = space.max - space.min;
    return {size.x, size.y, size.z * share};
}

ContrabandGoods cigarettes(const Bounds3 &space, double share, WeighedScene &scene)
{
    // Tobacco packed in its packs and cartons is about 0.16 g/cm³: some 12 kg a master case.
    ContrabandGoods goods{QStringLiteral("cigarettes"), QStringLiteral("cellulose"), {}, 0, {}};
    Counts counts;
    Vec3 cell = bestTurn({58, 45, 30}, shared(space, share), counts);
    QString unit = QStringLiteral("master cases of 50 cartons");
    double wall = 0.5;
    if (product(counts) == 0) { // too low for master cases (under a false floor): cartons of 200
        cell = bestTurn({27.5, 8.8, 4.4}, space.max - space.min, counts);
        unit = QStringLiteral("cartons of 200 cigarettes");
        wall = 0.05;
    }
    counts = {std::max(1, counts[0]), std::max(1, counts[1]), std::max(1, counts[2])};
    boxes(goods, scene, cell, counts, space.min, wall, goods.material, 0.16, goods.material, 0.15);
    goods.note = QStringLiteral("%1 %2 in a regular %3 x %4 x %5 block")
                     .arg(product(counts))
                     .arg(unit)
                     .arg(counts[0])
                     .arg(counts[1])
                     .arg(counts[2]);
    return goods;
}

ContrabandGoods bricks(const QString &drug, const Bounds3 &space, double share, WeighedScene &scene)
{
    ContrabandGoods goods{QStringLiteral("narcotics"), drug, {}, 0, {}};
    const Vec3 cell{17.4, 11.4, 4.4}, size = shared(space, share);
    Counts counts{std::max(1, int(size.x / cell.x)), std::max(1, int(size.y / cell.y)),
                  std::max(1, int(size.z / cell.z))};
    // Pressed to about 1.3 g/cm³: a kilogram a brick.
    boxes(goods, scene, cell, counts, space.min, 0.2, drug, 1000 / SolidVolumes::box(cell - Vec3{0.4, 0.4, 0.4}),
          QStringLiteral("polyethylene"), 0.94);
    goods.note = QStringLiteral("%1 bricks of %2 of about 1 kg")
                     .arg(product(counts))
                     .arg(drug == u"cocaine_hcl" ? QStringLiteral("cocaine") : QStringLiteral("heroin"));
    return goods;
}

ContrabandGoods bales(const Bounds3 &space, double share, WeighedScene &scene)
{
    ContrabandGoods goods{QStringLiteral("other"),
                          QStringLiteral("pet_polyester"),
                          QStringLiteral("undeclared goods: bales of textiles"),
                          0,
                          {}};
    Counts counts;
    Vec3 cell = bestTurn({60, 50, 40}, shared(space, share), counts);
    if (product(counts) == 0) {
        cell = space.max - space.min;
        counts = {1, 1, 1};
    }
    boxes(goods, scene, cell, counts, space.min, 0.1, goods.material, 0.3, goods.material, 0.9);
    return goods;
}

PackableItem threatItem(const QString &kind, std::mt19937 &engine)
{
    if (kind == u"knife")
        return ThreatItems::knife(engine);
    if (kind == u"explosive")
        return ThreatItems::pipeBomb(engine);
    if (kind == u"currency")
        return ThreatItems::banknotes(engine);
    return ThreatItems::pistol(engine);
}

// One item lying flat in the middle of space's floor, weighed by measuring its parts.
ContrabandGoods item(const QString &kind, const Bounds3 &space, WeighedScene &scene, SceneRandom &random)
{
    std::mt19937 engine(random.nextSeed());
    const PackableItem thing = threatItem(kind, engine);
    Bounds3 local;
    for (const VolumeObject &part : thing.objects)
        local.include(part.solid->bounds());
    const Vec3 middle = (space.min + space.max) / 2;
    const Vec3 at{middle.x - (local.min.x + local.max.x) / 2, middle.y - (local.min.y + local.max.y) / 2,
                  space.min.z - local.min.z};
    ContrabandGoods goods{thing.category, thing.mainMaterial, thing.name, 0, {}};
    for (const VolumeObject &part : thing.objects) {
        auto placed = std::make_shared<PlacedSolid>(part.solid, Placement::at(at));
        goods.objects.push_back(
            scene.add(placed, SolidVolumes::measured(*part.solid, 0.2), part.material, part.densityGcm3));
    }
    return goods;
}

} // namespace

Vec3 bestTurn(Vec3 size, Vec3 space, std::array<int, 3> &counts)
{
    const Vec3 turns[] = {{size.x, size.y, size.z}, {size.y, size.x, size.z}, {size.x, size.z, size.y},
                          {size.z, size.x, size.y}, {size.y, size.z, size.x}, {size.z, size.y, size.x}};
    Vec3 best = turns[0];
    counts = {0, 0, 0};
    for (const Vec3 &t : turns) {
        const std::array<int, 3> c{int(space.x / t.x), int(space.y / t.y), int(space.z / t.z)};
        if (c[0] * c[1] * c[2] > counts[0] * counts[1] * counts[2]) {
            counts = c;
            best = t;
        }
    }
    return best;
}

ContrabandGoods fill(const QString &kind, const Bounds3 &space, double share, WeighedScene &scene, SceneRandom &random)
{
    ContrabandGoods goods;
    if (kind == u"cigarettes")
        goods = cigarettes(space, share, scene);
    else if (kind == u"cocaine" || kind == u"heroin")
        goods = bricks(kind == u"cocaine" ? QStringLiteral("cocaine_hcl") : QStringLiteral("heroin_base"), space, share,
                       scene);
    else if (kind == u"textile-bales")
        goods = bales(space, share, scene);
    else
        goods = item(kind, space, scene, random);
    for (size_t index : goods.objects)
        goods.massKg += scene.massKg(index);
    return goods;
}

ContrabandGoods inTyres(const QString &drug, Vec3 min, std::array<int, 3> counts, Vec3 cell, WeighedScene &scene)
{
    ContrabandGoods goods{QStringLiteral("narcotics"), drug, {}, 0, {}};
    // A ring of 1 kg bricks in each tyre's hollow (between the beads at 21 cm and the tread at 30 cm,
    // the sidewalls 12.6 cm apart), as one solid.
    const Vec3 brick{7, 12, 10};
    std::vector<std::shared_ptr<const Solid>> ring;
    for (int k = 0; k < 8; ++k) {
        const double angle = k * std::numbers::pi / 4;
        ring.push_back(std::make_shared<BoxSolid>(
            brick, Placement{Rotation::aboutAxis({0, 0, 1}, angle), {25 * std::cos(angle), 25 * std::sin(angle), 0}}));
    }
    const int tyres = product(counts);
    goods.objects.push_back(scene.add(lattice(std::make_shared<SolidGroup>(ring, Placement()), counts, cell, min),
                                      8 * SolidVolumes::box(brick) * tyres, drug, 1.3));
    goods.massKg = scene.massKg(goods.objects.back());
    goods.note = QStringLiteral("%1 bricks of %2 of about 1 kg in the hollow of %3 tyres")
                     .arg(8 * tyres)
                     .arg(drug == u"cocaine_hcl" ? QStringLiteral("cocaine") : QStringLiteral("heroin"))
                     .arg(tyres);
    return goods;
}

std::vector<size_t> steelCover(const Bounds3 &space, WeighedScene &scene, SceneRandom &random)
{
    // A plywood crate with two or three steel plates standing across the beam.
    std::vector<size_t> cover{hollowBox(scene, space.min, space.max, 1.8, QStringLiteral("cellulose"), 0.6)};
    const int plates = random.integer(2, 3);
    const double step = (space.max.x - space.min.x) / (plates + 1),
                 thickness = std::min(random.uniform(3, 8), 0.8 * step);
    for (int i = 1; i <= plates; ++i) {
        const double x = space.min.x + i * step;
        cover.push_back(box(scene, {x - thickness / 2, space.min.y + 2, space.min.z + 2},
                            {x + thickness / 2, space.max.y - 2, space.max.z - 2}, QStringLiteral("iron")));
    }
    return cover;
}

} // namespace pen::ContrabandFill
