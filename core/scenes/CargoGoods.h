// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneRandom.h"
#include "synth/SceneProjector.h"

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

/// Goods loads on pallets as seen by a cargo scanner's side view.
///
/// Cargo scanners work with MeV linacs; our physics is a 140 kV tube. A container full of tiles is
/// about 100 g/cm² along the beam and would be opaque here, so every load keeps its areal density
/// to a few g/cm² (about what the image of a MeV scanner shows after its own windowing), and the
/// masses (and declared weights) are those of the simulated, lighter load.
namespace CargoGoods {

const QList<GoodsKind> &kinds();
const GoodsKind &find(const QString &key); ///< key must be one of kinds()

struct Load {
    QList<SceneObject> objects;
    int units = 0; ///< cartons, pieces, ... as GoodsKind::unit counts them
};

/// Goods of that kind stacked in area (pixels, above the pallet) with the pallet itself.
Load pallet(const GoodsKind &goods, const QRectF &area, double pixelMm, SceneRandom &random);

} // namespace CargoGoods
} // namespace pen
