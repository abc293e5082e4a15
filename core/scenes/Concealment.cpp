// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/Concealment.h"

#include "scenes/SceneTexture.h"
#include "synth/SceneShapes.h"

#include <algorithm>

namespace pen::Concealments {

using namespace SceneShapes;

QList<SceneObject> luggageCover(Concealment how, const QRectF &threat, const QRectF &container, SceneRandom &random)
{
    const QRectF around
        = threat.adjusted(-threat.width() * 0.2, -threat.height() * 0.2, threat.width() * 0.2, threat.height() * 0.2)
              .intersected(container);
    switch (how) {
    case Concealment::Open: return {};
    case Concealment::InsideGoods: { // wrapped in clothes: the same organic band, only texture and shape give it away
        const QString fabric = random.chance(0.5) ? QStringLiteral("cellulose") : QStringLiteral("pet_polyester");
        const double cm = random.uniform(5, 10), density = random.uniform(0.3, 0.5);
        const QRectF wrap = around
                                .adjusted(-threat.width() * 0.15, -threat.height() * 0.15, threat.width() * 0.15,
                                          threat.height() * 0.15)
                                .intersected(container);
        return QList<SceneObject>{polygon(SceneTexture::softOutline(wrap, 0.08, random), fabric, 0.5 * cm, density)}
        + SceneTexture::mottle(
                   wrap.adjusted(wrap.width() * 0.1, wrap.height() * 0.1, -wrap.width() * 0.1, -wrap.height() * 0.1),
                   fabric, density, 0.5 * cm, std::min(wrap.width(), wrap.height()) / 3, random)
            + SceneTexture::folds(wrap, fabric, density, 0.3 * cm, random.integer(2, 4),
                                  std::min(wrap.width(), wrap.height()) / 15, random);
    }
    case Concealment::BehindDense: { // under a laptop-like device, a steel tray or a ceramic plate
        const int kind = random.integer(0, 2);
        if (kind == 0) {
            QList<SceneObject> device{box(around, QStringLiteral("aluminium"), random.uniform(0.5, 0.8)),
                                      box(around.adjusted(4, 4, -4, -4), QStringLiteral("glass_pyrex"), 0.3)};
            for (double y = around.top() + 6; y + 14 < around.bottom(); y += 22) // battery cells and copper planes
                device << box(QRectF(around.left() + 6, y, around.width() - 12, 14), QStringLiteral("steel_304"), 0.08)
                       << box(QRectF(around.left() + 8, y + 2, around.width() - 16, 10), QStringLiteral("copper"),
                              0.05);
            return device;
        }
        const QString metal = kind == 1 ? QStringLiteral("steel_304") : QStringLiteral("alumina_ceramic");
        const double cm = kind == 1 ? random.uniform(0.25, 0.4) : random.uniform(0.8, 1.4);
        return {box(around, metal, cm), box(around.adjusted(4, 4, -4, -4), QStringLiteral("copper"), 0.05)};
    }
    case Concealment::FalseWall: // plywood over a thin steel sheet, glued in over the whole bottom
        return {box(container.adjusted(2, 2, -2, -2), QStringLiteral("cellulose"), 1.2, 0.6),
                box(container.adjusted(4, 4, -4, -4), QStringLiteral("iron"), 0.08)};
    }
    return {};
}

QString describe(Concealment how)
{
    switch (how) {
    case Concealment::Open: return QStringLiteral("among the contents");
    case Concealment::InsideGoods: return QStringLiteral("inside legitimate goods");
    case Concealment::BehindDense: return QStringLiteral("behind denser goods");
    case Concealment::FalseWall: return QStringLiteral("in a hidden compartment");
    }
    return {};
}

} // namespace pen::Concealments
