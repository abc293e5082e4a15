// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/DeclarationMaker.h"

#include <cmath>

namespace pen::DeclarationMaker {

Declaration honest(const Shipment &shipment, SceneRandom &random)
{
    static const QList<QString> origins{QStringLiteral("CN"), QStringLiteral("TR"), QStringLiteral("VN"),
                                        QStringLiteral("IN"), QStringLiteral("MA"), QStringLiteral("BR"),
                                        QStringLiteral("ES"), QStringLiteral("PL")};
    Declaration d;
    d.goodsDescription = shipment.goods.description;
    d.hsCode = shipment.goods.hsCode;
    d.quantity = shipment.units;
    d.quantityUnit = shipment.goods.unit;
    const double gross = shipment.goodsMassKg * (1 + PackagingFraction) * random.uniform(0.97, 1.03);
    d.grossWeightKg = std::round(gross);
    d.origin = random.pick(origins);
    return d;
}

Declaration inconsistent(const QString &kind, const Shipment &shipment, SceneRandom &random)
{
    Declaration d = honest(shipment, random);
    if (kind == u"wrong-goods") {
        // Declared as something else that customs would treat differently (e.g. textiles for tiles).
        QList<GoodsKind> others;
        for (const GoodsKind &g : CargoGoods::kinds())
            if (g.key != shipment.goods.key)
                others.append(g);
        const GoodsKind &declared = random.pick(others);
        d.goodsDescription = declared.description;
        d.hsCode = declared.hsCode;
        d.quantityUnit = declared.unit;
    } else if (kind == u"wrong-quantity") {
        d.quantity = std::max(1.0, std::round(shipment.units * random.uniform(0.35, 0.55)));
    } else if (kind == u"wrong-weight") {
        const double factor = random.chance(0.5) ? random.uniform(0.3, 0.5) : random.uniform(2.0, 3.0);
        d.grossWeightKg = std::round(*d.grossWeightKg * factor);
    }
    return d;
}

} // namespace pen::DeclarationMaker
