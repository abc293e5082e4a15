// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/Concealment.h"

#include "scenes/SceneShapes.h"

namespace pen::Concealments {

using namespace SceneShapes;

QList<SceneObject> luggageCover(Concealment how, const QRectF &threat, const QRectF &container, SceneRandom &random)
{
    const QRectF around = threat.adjusted(-threat.width() * 0.2, -threat.height() * 0.2, threat.width() * 0.2,
                                          threat.height() * 0.2).intersected(container);
    switch (how) {
    case Concealment::Open:
        return {};
    case Concealment::InsideGoods: // the same organic band as the drug: only texture and shape give it away
        return {box(around, random.chance(0.5) ? QStringLiteral("cellulose") : QStringLiteral("pet_polyester"),
                    random.uniform(5, 10), random.uniform(0.3, 0.5))};
    case Concealment::BehindDense: {
        const QString metal = random.pick(QList<QString>{QStringLiteral("steel_304"), QStringLiteral("aluminium"),
                                                         QStringLiteral("alumina_ceramic")});
        const double cm = metal == u"steel_304" ? random.uniform(0.25, 0.4) : random.uniform(0.8, 1.4);
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
