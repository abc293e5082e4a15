// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneRandom.h"
#include "synth/SceneProjector.h"

#include <QList>

namespace pen {

/// One everyday item in a parcel or a bag: its objects in the top view (pixels) and where it
/// lies in height (cm above the floor), from which the side view of a dual-view scanner is made.
struct ClutterItem {
    QList<SceneObject> objects;
    double zCm = 0;
    double heightCm = 1;
};

/// Builders of the legitimate contents of parcels and bags, sized in cm and placed in pixels.
/// Each draws its pose and size from random; the same random state gives the same item.
namespace ClutterItems {

/// Folded garments: layers of fabric with a seeded thickness texture and folds, a zip or buttons.
ClutterItem clothing(SceneRandom &random, QPointF centre, double pixelMm);
ClutterItem book(SceneRandom &random, QPointF centre, double pixelMm);
/// A laptop, phone, power bank or charger: case, FR4-like board (glass fibre) with small metal
/// parts, Li-ion cells in steel cans, or a transformer's iron core and copper winding.
ClutterItem electronics(SceneRandom &random, QPointF centre, double pixelMm);
ClutterItem bottle(SceneRandom &random, QPointF centre, double pixelMm);
ClutterItem shoes(SceneRandom &random, QPointF centre, double pixelMm);
/// A coiled cable (copper in PVC loops) with its charger.
ClutterItem cables(SceneRandom &random, QPointF centre, double pixelMm);
/// A wash bag: spray can, tubes, razor, small bottles.
ClutterItem toiletries(SceneRandom &random, QPointF centre, double pixelMm);
/// Any one of the above, weighted towards clothing as in real bags.
ClutterItem any(SceneRandom &random, QPointF centre, double pixelMm);

/// The same item seen from the side (pixels of a view whose y is height): each top-view object
/// becomes a box over its x-extent and the item's whole height, with the thickness that keeps its mass.
QList<SceneObject> sideView(const ClutterItem &item, double pixelMm, double floorY);

} // namespace ClutterItems
} // namespace pen
