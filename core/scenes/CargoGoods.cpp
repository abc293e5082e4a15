// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoGoods.h"

#include "scenes/SceneShapes.h"

namespace pen::CargoGoods {
namespace {

using namespace SceneShapes;

// Cartons or bundles in a grid; the 1-px gaps are the card walls an officer sees as a pattern.
Load grid(const QRectF &area, double cellW, double cellH, const QString &material, double cm, double density)
{
    Load load;
    for (double y = area.bottom() - cellH; y >= area.top(); y -= cellH) {
        for (double x = area.left(); x + cellW <= area.right(); x += cellW) {
            load.objects << box(QRectF(x, y, cellW - 1, cellH - 1), material, cm, density);
            ++load.units;
        }
    }
    return load;
}

Load furniture(const QRectF &area, double px, SceneRandom &random)
{
    Load load;
    // Flat-packed panels stacked on edge, and a few assembled pieces with legs.
    for (double x = area.left(); x < area.right() - 4 * px; x += random.uniform(8, 14) * px) {
        const double h = random.uniform(0.5, 1.0) * area.height();
        load.objects << box(QRectF(x, area.bottom() - h, 2 * px, h), QStringLiteral("cellulose"), 15, 0.6);
        ++load.units;
    }
    load.objects << box(area, QStringLiteral("cellulose"), 1.0, 0.5);
    return load;
}

Load apples(const QRectF &area, double px, SceneRandom &random)
{
    Load load;
    const double crateH = 30 * px, d = 9 * px;
    for (double y = area.bottom() - crateH; y >= area.top(); y -= crateH) {
        load.objects << box(QRectF(area.left(), y, area.width(), crateH - 2), QStringLiteral("cellulose"), 4, 0.5);
        ++load.units;
        for (double x = area.left() + 2; x + d < area.right(); x += d * 1.05)
            for (double yy = y + 2; yy + d < y + crateH; yy += d * 1.05)
                load.objects << ellipse(QRectF(x + random.uniform(-1, 1), yy, d, d), QStringLiteral("water"), 12, 0.85);
    }
    return load;
}

Load machinery(const QRectF &area, double px, SceneRandom &random)
{
    Load load;
    load.objects << box(area, QStringLiteral("cellulose"), 3, 0.5); // the wooden crate
    const int parts = random.integer(2, 5);
    for (int i = 0; i < parts; ++i) {
        const double s = random.uniform(15, 45) * px;
        const QPointF c(random.uniform(area.left() + s / 2, area.right() - s / 2), area.bottom() - s / 2 - random.uniform(0, area.height() - s));
        const QRectF r(c.x() - s / 2, c.y() - s / 2, s, s);
        load.objects << (i % 2 ? ellipse(r, QStringLiteral("iron"), random.uniform(1, 2.5))
                               : box(r, QStringLiteral("iron"), random.uniform(0.8, 2)));
        load.objects << ellipse(r.adjusted(s / 3, s / 3, -s / 3, -s / 3), QStringLiteral("air"), 0.1);
        ++load.units;
    }
    return load;
}

} // namespace

const QList<GoodsKind> &kinds()
{
    static const QList<GoodsKind> all{
        {QStringLiteral("tiles"), QStringLiteral("Glazed ceramic floor tiles"), QStringLiteral("690721"), QStringLiteral("cartons")},
        {QStringLiteral("t-shirts"), QStringLiteral("Cotton T-shirts, knitted"), QStringLiteral("610910"), QStringLiteral("cartons")},
        {QStringLiteral("furniture"), QStringLiteral("Wooden bedroom furniture"), QStringLiteral("940350"), QStringLiteral("pieces")},
        {QStringLiteral("apples"), QStringLiteral("Fresh apples"), QStringLiteral("080810"), QStringLiteral("crates")},
        {QStringLiteral("machinery"), QStringLiteral("Machinery parts, n.e.s."), QStringLiteral("847989"), QStringLiteral("pieces")},
        {QStringLiteral("textiles"), QStringLiteral("Woven polyester fabric in rolls"), QStringLiteral("540752"), QStringLiteral("bales")},
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
    if (goods.key == u"tiles") // tile cartons: 60 x 8 cm stacks of ceramic (alumina stands in for the body)
        load = grid(area, 60 * px, 8 * px, QStringLiteral("alumina_ceramic"), 5, 1.0);
    else if (goods.key == u"t-shirts")
        load = grid(area, 60 * px, 40 * px, QStringLiteral("cellulose"), 80, 0.12);
    else if (goods.key == u"textiles")
        load = grid(area, 40 * px, 40 * px, QStringLiteral("pet_polyester"), 60, 0.15);
    else if (goods.key == u"furniture")
        load = furniture(area, px, random);
    else if (goods.key == u"apples")
        load = apples(area, px, random);
    else
        load = machinery(area, px, random);
    // The wooden pallet under every load: planks and blocks seen from the side.
    load.objects << box(QRectF(area.left(), area.bottom(), area.width(), 14 * px), QStringLiteral("cellulose"), 12, 0.6);
    return load;
}

} // namespace pen::CargoGoods
