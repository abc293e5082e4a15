// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/ClutterItems.h"

#include "scenes/SceneShapes.h"

#include <algorithm>

namespace pen::ClutterItems {
namespace {

using namespace SceneShapes;

double px(double cm, double pixelMm)
{
    return cm * 10 / pixelMm;
}

QRectF centred(QPointF centre, double w, double h)
{
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h);
}

} // namespace

ClutterItem clothing(SceneRandom &random, QPointF centre, double pixelMm)
{
    // Folded garments: low-density fabric, the biggest organic mass in most bags.
    const double w = px(random.uniform(25, 40), pixelMm), h = px(random.uniform(18, 30), pixelMm);
    const double cm = random.uniform(3, 9);
    const QString fabric = random.chance(0.5) ? QStringLiteral("pet_polyester") : QStringLiteral("cellulose");
    ClutterItem item{{box(centred(centre, w, h), fabric, cm, random.uniform(0.15, 0.3))}, 0, cm};
    if (random.chance(0.5)) // a zip or buttons
        item.objects << box(QRectF(centre.x() - w / 2, centre.y(), w * 0.8, px(0.5, pixelMm)), QStringLiteral("brass"), 0.1);
    return item;
}

ClutterItem book(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double cm = random.uniform(1.5, 4);
    const double degrees = random.uniform(-20, 20);
    return {{polygon(rotatedRect(centre, px(15, pixelMm), px(22, pixelMm), degrees), QStringLiteral("cellulose"), cm, 0.8)},
            0, cm};
}

ClutterItem electronics(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double w = px(random.uniform(20, 33), pixelMm), h = px(random.uniform(14, 23), pixelMm);
    const QRectF body = centred(centre, w, h);
    ClutterItem item{{box(body, QStringLiteral("aluminium"), 0.25),
                      box(body.adjusted(w * 0.1, h * 0.1, -w * 0.4, -h * 0.3), QStringLiteral("glass_pyrex"), 0.15),
                      box(body.adjusted(w * 0.55, h * 0.15, -w * 0.05, -h * 0.15), QStringLiteral("aluminium"), 0.6),
                      box(body.adjusted(w * 0.1, h * 0.75, -w * 0.1, -h * 0.05), QStringLiteral("polystyrene"), 1.2)},
                     0, 2};
    for (int i = 0; i < 6; ++i) // copper traces and connectors on the board
        item.objects << box(QRectF(body.left() + w * 0.12, body.top() + h * (0.15 + 0.08 * i), w * 0.4, px(0.15, pixelMm)),
                            QStringLiteral("copper"), 0.05);
    return item;
}

ClutterItem bottle(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double d = random.uniform(6, 9), length = random.uniform(20, 30);
    const bool lying = random.chance(0.6);
    const QRectF r = lying ? centred(centre, px(length, pixelMm), px(d, pixelMm)) : centred(centre, px(d, pixelMm), px(d, pixelMm));
    const double cm = lying ? d : length;
    return {{ellipse(r, QStringLiteral("water"), cm), ellipse(r.adjusted(-1, -1, 1, 1), QStringLiteral("pet_polyester"), 0.1)}, 0, d};
}

ClutterItem shoes(SceneRandom &random, QPointF centre, double pixelMm)
{
    ClutterItem item{{}, 0, 10};
    const double degrees = random.uniform(-15, 15);
    for (int i = 0; i < 2; ++i) {
        const QPointF c = centre + QPointF(0, px(i * 11 - 5.5, pixelMm));
        item.objects << polygon(rotatedRect(c, px(28, pixelMm), px(10, pixelMm), degrees), QStringLiteral("rubber_natural"), 3, 1.1)
                     << polygon(rotatedRect(c, px(24, pixelMm), px(9, pixelMm), degrees), QStringLiteral("cellulose"), 6, 0.35);
    }
    return item;
}

ClutterItem cables(SceneRandom &random, QPointF centre, double pixelMm)
{
    ClutterItem item{{}, 0, 2};
    const int loops = random.integer(3, 6);
    const double r = px(random.uniform(5, 9), pixelMm);
    for (int i = 0; i < loops; ++i) { // a coiled cable: rings of copper in a PVC sheath
        const QRectF ring = centred(centre + QPointF(i * 2.0, i * 1.5), 2 * r, 1.6 * r);
        item.objects << ellipse(ring, QStringLiteral("pvc"), 0.3) << ellipse(ring.adjusted(3, 3, -3, -3), QStringLiteral("air"), 0.3);
    }
    item.objects << ellipse(centred(centre, px(6, pixelMm), px(4, pixelMm)), QStringLiteral("copper"), 0.4)
                 << box(centred(centre + QPointF(r, 0), px(4, pixelMm), px(3, pixelMm)), QStringLiteral("polystyrene"), 3);
    return item;
}

ClutterItem any(SceneRandom &random, QPointF centre, double pixelMm)
{
    switch (random.integer(0, 8)) {
    case 0: return book(random, centre, pixelMm);
    case 1: return electronics(random, centre, pixelMm);
    case 2: return bottle(random, centre, pixelMm);
    case 3: return shoes(random, centre, pixelMm);
    case 4: return cables(random, centre, pixelMm);
    default: return clothing(random, centre, pixelMm);
    }
}

QList<SceneObject> sideView(const ClutterItem &item, double pixelMm, double floorY)
{
    QList<SceneObject> side;
    const double top = floorY - px(item.zCm + item.heightCm, pixelMm);
    for (const SceneObject &object : item.objects) {
        const QRectF bounds = object.shape == SceneObject::Shape::Polygon ? boundsOf(object.polygon) : object.bounds;
        const double xCm = bounds.width() * pixelMm / 10;
        const double heightCm = std::min(item.heightCm, object.thicknessCm);
        if (xCm <= 0 || heightCm <= 0)
            continue;
        const double volume = volumeCm3(object, pixelMm);
        const double z = top + px(item.heightCm - heightCm, pixelMm) / 2;
        side << box(QRectF(bounds.left(), z, bounds.width(), px(heightCm, pixelMm)), object.material,
                    volume / (xCm * heightCm), object.densityGcm3);
    }
    return side;
}

} // namespace pen::ClutterItems
