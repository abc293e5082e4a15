// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/ClutterItems.h"

#include "scenes/SceneTexture.h"
#include "synth/SceneShapes.h"

#include <algorithm>
#include <cmath>

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

// Small metal parts of a circuit board: chips, capacitors, connectors, screws.
QList<SceneObject> boardParts(const QRectF &board, int count, double pixelMm, SceneRandom &random)
{
    QList<SceneObject> parts;
    for (int i = 0; i < count; ++i) {
        const double w = px(random.uniform(0.3, 2.2), pixelMm), h = px(random.uniform(0.3, 1.6), pixelMm);
        const QRectF r(random.uniform(board.left(), board.right() - w), random.uniform(board.top(), board.bottom() - h),
                       w, h);
        switch (random.integer(0, 3)) {
        case 0:
            parts << box(r, QStringLiteral("silica"), 0.12)
                  << box(r.adjusted(1, 1, -1, -1), QStringLiteral("copper"), 0.02);
            break;
        case 1: parts << ellipse(r, QStringLiteral("aluminium"), 0.8); break;
        case 2: parts << box(r, QStringLiteral("brass"), 0.08); break;
        default:
            parts << ellipse(QRectF(r.topLeft(), QSizeF(px(0.4, pixelMm), px(0.4, pixelMm))),
                             QStringLiteral("steel_304"), 0.5);
        }
    }
    return parts;
}

// Li-ion cells side by side (18650: 6.5 x 1.8 cm): steel can, wound electrodes.
QList<SceneObject> cells(const QRectF &area, bool across, double pixelMm)
{
    QList<SceneObject> objects;
    const double d = px(1.8, pixelMm);
    const int n = std::max(1, int((across ? area.width() : area.height()) / d));
    for (int i = 0; i < n; ++i) {
        const QRectF c = across ? QRectF(area.left() + i * d, area.top(), d - 1, area.height())
                                : QRectF(area.left(), area.top() + i * d, area.width(), d - 1);
        objects << box(c, QStringLiteral("steel_304"), 0.06)
                << box(c.adjusted(2, 2, -2, -2), QStringLiteral("aluminium"), 1.2, 1.4)
                << box(c.adjusted(3, 3, -3, -3), QStringLiteral("copper"), 0.04);
    }
    return objects;
}

ClutterItem laptop(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double w = px(random.uniform(30, 36), pixelMm), h = px(random.uniform(21, 25), pixelMm);
    const QRectF body = centred(centre, w, h);
    const bool metal = random.chance(0.5);
    ClutterItem item{
        {box(body, metal ? QStringLiteral("aluminium") : QStringLiteral("polystyrene"), metal ? 0.25 : 0.5),
         box(body.adjusted(w * 0.02, h * 0.02, -w * 0.02, -h * 0.02), QStringLiteral("glass_soda_lime"), 0.08)},
        0,
        2};
    const QRectF board = body.adjusted(w * 0.05, h * 0.05, -w * 0.05, -h * 0.55);
    item.objects << box(board, QStringLiteral("glass_pyrex"), 0.16)
                 << boardParts(board, random.integer(14, 24), pixelMm, random);
    item.objects << cells(body.adjusted(w * 0.08, h * 0.55, -w * 0.08, -h * 0.1), true, pixelMm);
    item.objects << ellipse(centred(body.topRight() + QPointF(-w * 0.2, h * 0.3), px(5, pixelMm), px(5, pixelMm)),
                            QStringLiteral("copper"), 0.3); // the fan's motor and heat pipe
    item.objects << box(QRectF(body.right() - w * 0.45, body.top() + h * 0.28, w * 0.3, px(0.8, pixelMm)),
                        QStringLiteral("copper"), 0.3);
    for (QPointF corner : {body.topLeft(), body.topRight(), body.bottomLeft(), body.bottomRight()}) // hinges and screws
        item.objects << ellipse(centred(centre + (corner - centre) * 0.92, px(0.6, pixelMm), px(0.6, pixelMm)),
                                QStringLiteral("steel_304"), 0.6);
    return item;
}

ClutterItem gadget(SceneRandom &random, QPointF centre, double pixelMm)
{
    // A phone, power bank or charger: a plastic case around a board and a cell or a transformer.
    const double w = px(random.uniform(7, 16), pixelMm), h = px(random.uniform(6, 9), pixelMm);
    const QRectF body = centred(centre, w, h);
    ClutterItem item{{box(body, QStringLiteral("polystyrene"), 2.0, 1.1)}, 0, 2.5};
    if (random.chance(0.5)) {
        item.objects << cells(body.adjusted(2, 2, -w * 0.3, -2), false, pixelMm)
                     << box(QRectF(body.right() - w * 0.28, body.top() + 2, w * 0.25, h - 4),
                            QStringLiteral("glass_pyrex"), 0.15)
                     << boardParts(QRectF(body.right() - w * 0.28, body.top() + 2, w * 0.25, h - 4), 6, pixelMm,
                                   random);
    } else {
        const QRectF core = body.adjusted(w * 0.25, h * 0.2, -w * 0.25, -h * 0.2);
        item.objects << box(core, QStringLiteral("iron"), 1.2)
                     << box(core.adjusted(-3, 3, 3, -3), QStringLiteral("copper"), 0.8)
                     << box(QRectF(body.right(), centre.y() - px(1, pixelMm), px(1.5, pixelMm), px(0.3, pixelMm)),
                            QStringLiteral("brass"), 0.2)
                     << box(QRectF(body.right(), centre.y() + px(0.7, pixelMm), px(1.5, pixelMm), px(0.3, pixelMm)),
                            QStringLiteral("brass"), 0.2);
    }
    return item;
}

QList<SceneObject> toiletry(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double w = px(random.uniform(3, 6), pixelMm), l = px(random.uniform(10, 19), pixelMm);
    const QRectF r = random.chance(0.5) ? centred(centre, l, w) : centred(centre, w, l);
    switch (random.integer(0, 3)) {
    case 0: // a spray can: aluminium, propellant and liquid
        return {box(r, QStringLiteral("aluminium"), 0.05),
                ellipse(r, QStringLiteral("water"), w * pixelMm / 10 * 0.8, 0.8)};
    case 1: // a tube of toothpaste or cream
        return {box(r, QStringLiteral("aluminium"), 0.03), ellipse(r, QStringLiteral("sucrose"), 2.5, 1.3)};
    case 2: // a razor: plastic handle, steel head
        return {
            box(r, QStringLiteral("polypropylene"), 1.0),
            box(QRectF(r.topLeft(), QSizeF(std::max(r.width(), r.height()) * 0.25, std::min(r.width(), r.height()))),
                QStringLiteral("steel_304"), 0.05)};
    default: // a plastic bottle of shampoo
        return {ellipse(r, QStringLiteral("water"), w * pixelMm / 10, 1.0),
                box(r, QStringLiteral("polyethylene"), 0.1)};
    }
}

} // namespace

ClutterItem clothing(SceneRandom &random, QPointF centre, double pixelMm)
{
    // Folded garments: layers of low-density fabric, thicker where they fold, with seams and a zip.
    const double w = px(random.uniform(25, 42), pixelMm), h = px(random.uniform(18, 32), pixelMm);
    const double cm = random.uniform(4, 12), density = random.uniform(0.25, 0.45);
    const QString fabric = random.chance(0.5) ? QStringLiteral("pet_polyester") : QStringLiteral("cellulose");
    const QRectF bounds = centred(centre, w, h);
    const int layers = random.integer(2, 4);
    ClutterItem item{{}, 0, cm};
    for (int i = 0; i < layers; ++i) {
        const QRectF layer = bounds.adjusted(random.uniform(0, 0.2) * w, random.uniform(0, 0.2) * h,
                                             -random.uniform(0, 0.2) * w, -random.uniform(0, 0.2) * h);
        item.objects << polygon(SceneTexture::softOutline(layer, 0.12, random), fabric, 0.4 * cm / layers, density);
    }
    const QRectF core = bounds.adjusted(w * 0.15, h * 0.15, -w * 0.15, -h * 0.15);
    item.objects << SceneTexture::mottle(core, fabric, density, 0.45 * cm, px(random.uniform(5, 9), pixelMm), random)
                 << SceneTexture::folds(core, fabric, density, 0.3 * cm, random.integer(2, 6),
                                        px(random.uniform(0.8, 2), pixelMm), random);
    if (random.chance(0.4)) // a zip: brass teeth along one edge
        item.objects << box(QRectF(core.left(), core.center().y(), core.width(), px(0.6, pixelMm)),
                            QStringLiteral("brass"), 0.12);
    else if (random.chance(0.5)) // buttons
        for (int i = 0; i < 5; ++i)
            item.objects << ellipse(centred(QPointF(core.center().x(), core.top() + i * core.height() / 4),
                                            px(1.2, pixelMm), px(1.2, pixelMm)),
                                    QStringLiteral("polystyrene"), 0.3);
    return item;
}

ClutterItem book(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double cm = random.uniform(1.5, 4), w = random.uniform(13, 17), h = random.uniform(19, 24);
    const double degrees = random.uniform(-25, 25);
    return {
        {polygon(rotatedRect(centre, px(w, pixelMm), px(h, pixelMm), degrees), QStringLiteral("cellulose"), cm, 0.8),
         polygon(rotatedRect(centre, px(w + 0.4, pixelMm), px(h + 0.4, pixelMm), degrees), QStringLiteral("cellulose"),
                 0.4, 0.9),
         polygon(rotatedRect(centre + QPointF(0, 0), px(1, pixelMm), px(h, pixelMm), degrees),
                 QStringLiteral("cellulose"), 1.0, 0.8)},
        0,
        cm};
}

ClutterItem electronics(SceneRandom &random, QPointF centre, double pixelMm)
{
    return random.chance(0.45) ? laptop(random, centre, pixelMm) : gadget(random, centre, pixelMm);
}

ClutterItem bottle(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double d = random.uniform(6, 9), length = random.uniform(20, 30);
    const bool lying = random.chance(0.7), glass = random.chance(0.3);
    const double fill = random.uniform(0.6, 1.0);
    const QRectF r = lying ? centred(centre, px(length, pixelMm), px(d, pixelMm))
                           : centred(centre, px(d, pixelMm), px(d, pixelMm));
    ClutterItem item{{}, 0, d};
    const QString wall = glass ? QStringLiteral("glass_soda_lime") : QStringLiteral("pet_polyester");
    if (!lying) {
        item.objects << ellipse(r, QStringLiteral("water"), length * fill) << ellipse(r, wall, glass ? 0.8 : 0.1)
                     << ellipse(r.adjusted(r.width() * 0.3, r.height() * 0.3, -r.width() * 0.3, -r.height() * 0.3),
                                QStringLiteral("polypropylene"), 1.5);
        return item;
    }
    const QRectF liquid(r.left() + r.width() * (1 - fill) * 0.8, r.top(),
                        r.width() * (fill * 0.8 + 0.2 - (1 - fill) * 0.0), r.height());
    const double neck = r.height() * 0.35;
    item.objects << box(QRectF(r.left(), r.top(), r.width() * 0.8, r.height()), wall, glass ? 0.6 : 0.08)
                 << ellipse(liquid.intersected(r), QStringLiteral("water"), d)
                 << box(QRectF(r.right() - r.width() * 0.2, r.center().y() - neck / 2, r.width() * 0.2, neck), wall,
                        glass ? 0.8 : 0.1)
                 << box(QRectF(r.right() - px(2, pixelMm), r.center().y() - neck / 2 - 1, px(2, pixelMm), neck + 2),
                        QStringLiteral("polypropylene"), 2.5);
    return item;
}

ClutterItem shoes(SceneRandom &random, QPointF centre, double pixelMm)
{
    ClutterItem item{{}, 0, 10};
    const double degrees = random.uniform(-25, 25), length = random.uniform(25, 30);
    const bool shank = random.chance(0.6);
    for (int i = 0; i < 2; ++i) {
        const QPointF c = centre
            + placed({QPointF(px(random.uniform(-2, 2), pixelMm), px(i * 11 - 5.5, pixelMm))}, {}, degrees).first();
        const QList<QPointF> sole{{-0.5, -0.45}, {0.1, -0.5}, {0.45, -0.35}, {0.5, 0},
                                  {0.45, 0.35},  {0.1, 0.45}, {-0.5, 0.4}};
        QList<QPointF> outline;
        for (const QPointF &p : sole)
            outline << QPointF(p.x() * px(length, pixelMm), p.y() * px(10, pixelMm));
        item.objects << polygon(placed(outline, c, degrees), QStringLiteral("rubber_natural"), 2.5, 1.1)
                     << polygon(rotatedRect(c, px(length * 0.8, pixelMm), px(8, pixelMm), degrees),
                                QStringLiteral("cellulose"), 5, 0.35)
                     << polygon(rotatedRect(c - placed({QPointF(px(length * 0.38, pixelMm), 0)}, {}, degrees).first(),
                                            px(6, pixelMm), px(7, pixelMm), degrees),
                                QStringLiteral("rubber_natural"), 3, 1.1); // the heel
        if (shank)                                                         // the steel shank in the arch
            item.objects << polygon(
                rotatedRect(c - placed({QPointF(px(length * 0.15, pixelMm), 0)}, {}, degrees).first(), px(9, pixelMm),
                            px(1.2, pixelMm), degrees),
                QStringLiteral("steel_304"), 0.15);
        for (int e = 0; e < 5; ++e) // eyelets
            item.objects << ellipse(
                centred(c + placed({QPointF(px(2 + 1.5 * e, pixelMm), px(1.8, pixelMm))}, {}, degrees).first(),
                        px(0.5, pixelMm), px(0.5, pixelMm)),
                QStringLiteral("brass"), 0.2);
    }
    return item;
}

ClutterItem cables(SceneRandom &random, QPointF centre, double pixelMm)
{
    ClutterItem item{{}, 0, 2};
    const int loops = random.integer(3, 7);
    const double r = px(random.uniform(5, 9), pixelMm), wire = px(0.5, pixelMm);
    for (int i = 0; i < loops; ++i) { // a coiled cable: loops of copper in a PVC sheath
        const QPointF c = centre + QPointF(random.uniform(-1, 1) * wire * 3, random.uniform(-1, 1) * wire * 3);
        const double rx = r * random.uniform(0.85, 1.1), ry = r * random.uniform(0.6, 0.9);
        item.objects << polygon(ring(c, rx, ry, wire), QStringLiteral("pvc"), 0.5)
                     << polygon(ring(c, rx - wire * 0.35, ry - wire * 0.35, wire * 0.3), QStringLiteral("copper"),
                                0.12);
    }
    item.objects << gadget(random, centre + QPointF(r * 1.3, 0), pixelMm).objects;
    return item;
}

ClutterItem toiletries(SceneRandom &random, QPointF centre, double pixelMm)
{
    const double w = px(random.uniform(18, 26), pixelMm), h = px(random.uniform(10, 15), pixelMm);
    const QRectF bag = centred(centre, w, h);
    ClutterItem item{{box(bag, QStringLiteral("pvc"), 0.08)}, 0, 8};
    const int n = random.integer(3, 6);
    for (int i = 0; i < n; ++i)
        item.objects << toiletry(
            random, QPointF(bag.left() + (i + 0.5) * w / n, centre.y() + random.uniform(-0.2, 0.2) * h), pixelMm);
    return item;
}

ClutterItem any(SceneRandom &random, QPointF centre, double pixelMm)
{
    switch (random.integer(0, 11)) {
    case 0: return book(random, centre, pixelMm);
    case 1:
    case 2: return electronics(random, centre, pixelMm);
    case 3: return bottle(random, centre, pixelMm);
    case 4: return shoes(random, centre, pixelMm);
    case 5: return cables(random, centre, pixelMm);
    case 6: return toiletries(random, centre, pixelMm);
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
        // Layers, folds and small parts spread over the item's height: their mass, not a thin sheet of it.
        const double heightCm = item.heightCm;
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
