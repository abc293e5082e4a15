// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoGoods.h"

namespace pen::CargoGoods {

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

} // namespace pen::CargoGoods
