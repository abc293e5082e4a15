// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>
#include <QString>

namespace pen {

/// A kind of legitimate goods in container and vehicle loads, with what a declaration says of it.
struct GoodsKind {
    QString key;         ///< tiles, t-shirts, furniture, apples, machinery, textiles, bottled-drinks,
                         ///< canned-drinks, tyres, cotton-bales, scrap-metal
    QString description; ///< as a declarant writes it
    QString hsCode;      ///< the real 6-digit Harmonized System subheading
    QString unit;        ///< what quantity counts: cartons, pieces, ...
};

/// The goods kinds of container and van loads (ContainerLoad, VehicleLoad builds them in 3-D).
namespace CargoGoods {

const QList<GoodsKind> &kinds();
const GoodsKind &find(const QString &key); ///< key must be one of kinds()

} // namespace CargoGoods
} // namespace pen
