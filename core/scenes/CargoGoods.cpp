// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoGoods.h"

#include "scenes/SceneTexture.h"
#include "synth/SceneShapes.h"

namespace pen::CargoGoods {
namespace {

using namespace SceneShapes;

// A carton's card walls: thin outline strips that show the carton pattern on the console.
QList<SceneObject> cartonWalls(const QRectF &r, double wallPx)
{
    return {box(QRectF(r.left(), r.top(), r.width(), wallPx), QStringLiteral("cellulose"), 30, 0.6),
            box(QRectF(r.left(), r.bottom() - wallPx, r.width(), wallPx), QStringLiteral("cellulose"), 30, 0.6),
            box(QRectF(r.left(), r.top(), wallPx, r.height()), QStringLiteral("cellulose"), 30, 0.6),
            box(QRectF(r.right() - wallPx, r.top(), wallPx, r.height()), QStringLiteral("cellulose"), 30, 0.6)};
}

// Cartons in a grid, each filled by fill(cell) with its contents.
template <typename Fill> Load cartons(const QRectF &area, double cellW, double cellH, Fill fill)
{
    Load load;
    for (double y = area.bottom() - cellH; y >= area.top(); y -= cellH) {
        for (double x = area.left(); x + cellW <= area.right(); x += cellW) {
            const QRectF cell(x, y, cellW - 1, cellH - 1);
            load.objects << cartonWalls(cell, 1) << fill(cell);
            ++load.units;
        }
    }
    return load;
}

// Tile cartons (60 x 8 cm from the side): tiles lying flat, one above the other, a hair apart.
Load tiles(const QRectF &area, double px)
{
    return cartons(area, 60 * px, 8 * px, [&](const QRectF &cell) {
        QList<SceneObject> layers;
        const double layer = (cell.height() - 2) / 4;
        for (int i = 0; i < 4; ++i)
            layers << box(QRectF(cell.left() + 1, cell.top() + 1 + i * layer, cell.width() - 2, layer - 1),
                          QStringLiteral("alumina_ceramic"), 4.5, 1.0);
        return layers;
    });
}

// Cartons of folded garments: soft, mottled fabric, thicker where the stacks are pressed.
Load garments(const QRectF &area, double px, const QString &fabric, double cm, double density, SceneRandom &random)
{
    return cartons(area, 60 * px, 40 * px, [&](const QRectF &cell) {
        return SceneTexture::texturedBox(cell.adjusted(2, 2, -2, -2), fabric, cm, density, 0.5, 14 * px, random);
    });
}

// Rolls of fabric lying along the beam: discs of cloth round a cardboard core, stacked in a pyramid.
Load rolls(const QRectF &area, double px, SceneRandom &random)
{
    Load load;
    const double d = random.uniform(26, 34) * px, r = d / 2;
    for (int row = 0; area.bottom() - (row + 1) * d * 0.87 >= area.top(); ++row) {
        const double y = area.bottom() - r - row * d * 0.87;
        for (double x = area.left() + r + (row % 2) * r; x + r <= area.right(); x += d) {
            load.objects << polygon(ring(QPointF(x, y), r - 1, r - 1, r - 5 * px, 20), QStringLiteral("pet_polyester"),
                                    60, 0.16)
                         << polygon(ring(QPointF(x, y), 5 * px, 5 * px, 1 * px, 16), QStringLiteral("cellulose"), 160,
                                    0.7);
            ++load.units;
        }
    }
    return load;
}

Load furniture(const QRectF &area, double px, SceneRandom &random)
{
    Load load;
    // Flat-packed panels stacked on edge, their fittings in small bags, the whole wrapped in card.
    for (double x = area.left(); x < area.right() - 4 * px; x += random.uniform(8, 14) * px) {
        const double h = random.uniform(0.5, 1.0) * area.height();
        const QRectF panel(x, area.bottom() - h, 2 * px, h);
        load.objects << box(panel, QStringLiteral("cellulose"), 15, 0.6);
        if (random.chance(0.3)) // a bag of screws and hinges
            load.objects << box(QRectF(x - 2 * px, area.bottom() - h * random.uniform(0.2, 0.8), 6 * px, 4 * px),
                                QStringLiteral("steel_304"), 0.3);
        ++load.units;
    }
    load.objects << box(area, QStringLiteral("cellulose"), 1.0, 0.5);
    return load;
}

Load apples(const QRectF &area, double px, SceneRandom &random)
{
    Load load;
    const double crateH = 30 * px;
    for (double y = area.bottom() - crateH; y >= area.top(); y -= crateH) {
        const QRectF crate(area.left(), y, area.width(), crateH - 2);
        load.objects << box(crate, QStringLiteral("cellulose"), 2, 0.5) << cartonWalls(crate, 1.5 * px);
        ++load.units;
        for (double x = area.left() + 3; x + 9 * px < area.right(); x += 9.2 * px) {
            for (double yy = y + 3; yy + 9 * px < y + crateH; yy += 9.2 * px) {
                const double d = random.uniform(7, 9) * px;
                load.objects << ellipse(
                    QRectF(x + random.uniform(0, 9 * px - d), yy + random.uniform(0, 9 * px - d), d, d),
                    QStringLiteral("water"), random.uniform(8, 12), 0.85);
            }
        }
    }
    return load;
}

// A steel part: a gear or flange (a ring with its hub), a shaft, or a motor (iron core, copper winding).
QList<SceneObject> steelPart(const QRectF &r, double px, SceneRandom &random)
{
    const QPointF c = r.center();
    const double s = r.width();
    switch (random.integer(0, 2)) {
    case 0:
        return {polygon(ring(c, s / 2, s / 2, s * 0.25, 24), QStringLiteral("iron"), random.uniform(1, 2.5)),
                polygon(ring(c, s * 0.15, s * 0.15, s * 0.08, 12), QStringLiteral("iron"), 4)};
    case 1:
        return {box(QRectF(r.left(), c.y() - 3 * px, s, 6 * px), QStringLiteral("iron"), 5),
                box(QRectF(r.left() + s * 0.3, c.y() - s * 0.2, s * 0.15, s * 0.4), QStringLiteral("iron"), 2)};
    default:
        return {box(r, QStringLiteral("iron"), 0.8),
                box(r.adjusted(s * 0.15, s * 0.15, -s * 0.15, -s * 0.15), QStringLiteral("copper"), 1.5),
                box(QRectF(r.right(), c.y() - 2 * px, s * 0.3, 4 * px), QStringLiteral("iron"), 4)};
    }
}

Load machinery(const QRectF &area, double px, SceneRandom &random)
{
    Load load;
    load.objects << box(area, QStringLiteral("cellulose"), 3, 0.5) << cartonWalls(area, 4 * px); // the wooden crate
    const int parts = random.integer(3, 6);
    for (int i = 0; i < parts; ++i) {
        const double s = random.uniform(15, 40) * px;
        const QPointF c(random.uniform(area.left() + s / 2, area.right() - s * 0.8),
                        area.bottom() - s / 2 - random.uniform(0, area.height() - s));
        load.objects << steelPart(QRectF(c.x() - s / 2, c.y() - s / 2, s, s), px, random);
        ++load.units;
    }
    return load;
}

// Cartons of drinks (26 x 24 cm from the side): the bottles' or cans' liquid and their walls.
Load drinks(const QRectF &area, double px, const QString &wall, double wallCm)
{
    return cartons(area, 26 * px, 24 * px, [&](const QRectF &cell) {
        return QList<SceneObject>{box(cell.adjusted(2, cell.height() * 0.3, -2, -2), QStringLiteral("water"), 4, 1.0),
                                  box(cell.adjusted(1, 1, -1, -1), wall, wallCm)};
    });
}

// Car tyres stacked flat, seen from the side: rubber bands with their steel belts.
Load tyres(const QRectF &area, double px)
{
    Load load;
    for (double y = area.bottom() - 15 * px; y >= area.top(); y -= 15 * px) {
        load.objects << box(QRectF(area.left(), y, area.width(), 14 * px), QStringLiteral("rubber_natural"), 3, 1.15)
                     << box(QRectF(area.left(), y + 5 * px, area.width(), 4 * px), QStringLiteral("iron"), 0.05);
        load.units += std::max(1, int(area.width() / (64 * px)));
    }
    return load;
}

// A wooden pallet from the side: top deck boards, three blocks, bottom boards.
QList<SceneObject> palletBase(const QRectF &r, double px)
{
    QList<SceneObject> wood{
        box(QRectF(r.left(), r.top(), r.width(), 2.2 * px), QStringLiteral("cellulose"), 60, 0.55),
        box(QRectF(r.left(), r.bottom() - 2.2 * px, r.width(), 2.2 * px), QStringLiteral("cellulose"), 30, 0.55)};
    for (double f : {0.0, 0.5, 1.0})
        wood << box(QRectF(r.left() + f * (r.width() - 10 * px), r.top() + 2.2 * px, 10 * px, r.height() - 4.4 * px),
                    QStringLiteral("cellulose"), 60, 0.55)
             << box(QRectF(r.left() + f * (r.width() - 10 * px) + 4 * px, r.top(), 0.5 * px, 2.2 * px),
                    QStringLiteral("iron"), 5); // nails
    return wood;
}

} // namespace

const QList<GoodsKind> &kinds()
{
    static const QList<GoodsKind> all{
        {QStringLiteral("tiles"), QStringLiteral("Glazed ceramic floor tiles"), QStringLiteral("690721"),
         QStringLiteral("cartons")},
        {QStringLiteral("t-shirts"), QStringLiteral("Cotton T-shirts, knitted"), QStringLiteral("610910"),
         QStringLiteral("cartons")},
        {QStringLiteral("furniture"), QStringLiteral("Wooden bedroom furniture"), QStringLiteral("940350"),
         QStringLiteral("pieces")},
        {QStringLiteral("apples"), QStringLiteral("Fresh apples"), QStringLiteral("080810"), QStringLiteral("crates")},
        {QStringLiteral("machinery"), QStringLiteral("Machinery parts, n.e.s."), QStringLiteral("847989"),
         QStringLiteral("pieces")},
        {QStringLiteral("textiles"), QStringLiteral("Woven polyester fabric in rolls"), QStringLiteral("540752"),
         QStringLiteral("bales")},
        {QStringLiteral("bottled-drinks"), QStringLiteral("Beer made from malt, in glass bottles"),
         QStringLiteral("220300"), QStringLiteral("cartons")},
        {QStringLiteral("canned-drinks"), QStringLiteral("Sweetened soft drinks in aluminium cans"),
         QStringLiteral("220210"), QStringLiteral("trays")},
        {QStringLiteral("tyres"), QStringLiteral("New pneumatic tyres of rubber, for motor cars"),
         QStringLiteral("401110"), QStringLiteral("pieces")},
        {QStringLiteral("cotton-bales"), QStringLiteral("Raw cotton, not carded or combed, in bales"),
         QStringLiteral("520100"), QStringLiteral("bales")},
        {QStringLiteral("scrap-metal"), QStringLiteral("Ferrous waste and scrap, pressed into bundles"),
         QStringLiteral("720449"), QStringLiteral("bundles")},
    };
    return all;
}

const GoodsKind &find(const QString &key)
{
    for (const GoodsKind &kind : kinds())
        if (kind.key == key)
            return kind;
    return kinds().first();
}

Load pallet(const GoodsKind &goods, const QRectF &area, double pixelMm, SceneRandom &random)
{
    const double px = 10 / pixelMm;
    Load load;
    if (goods.key == u"tiles") // alumina stands in for the ceramic body
        load = tiles(area, px);
    else if (goods.key == u"t-shirts")
        load = garments(area, px, QStringLiteral("cellulose"), 80, 0.12, random);
    else if (goods.key == u"textiles")
        load = rolls(area, px, random);
    else if (goods.key == u"furniture")
        load = furniture(area, px, random);
    else if (goods.key == u"apples")
        load = apples(area, px, random);
    else if (goods.key == u"bottled-drinks")
        load = drinks(area, px, QStringLiteral("glass_soda_lime"), 0.6);
    else if (goods.key == u"canned-drinks")
        load = drinks(area, px, QStringLiteral("aluminium"), 0.05);
    else if (goods.key == u"tyres")
        load = tyres(area, px);
    else if (goods.key == u"cotton-bales")
        load = garments(area, px, QStringLiteral("cellulose"), 60, 0.3, random);
    else
        load = machinery(area, px, random);
    load.objects << palletBase(QRectF(area.left(), area.bottom(), area.width(), 14 * px), px);
    return load;
}

} // namespace pen::CargoGoods
