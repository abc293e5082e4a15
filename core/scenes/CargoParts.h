// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/CargoScene.h"
#include "scenes/ThreatShapes.h"

namespace pen::CargoParts {

/// A container's walls, roof, floor and doors seen from the side (px = pixels per cm).
QList<SceneObject> containerShell(const QRectF &box, double px);
/// A flat-bed trailer under the container: frame, landing legs and three axles.
QList<SceneObject> trailer(const QRectF &area, double px);

/// A car's or van's structure, and where things can be hidden in it.
struct VehicleBody {
    QList<SceneObject> objects; ///< body, engine, wheels, seats, tank
    QList<SceneObject> goods;   ///< a van's cartons (empty for a car)
    QRectF cargoArea;           ///< the van's load space or the car's boot
    QRectF doorArea;            ///< the front door's cavity
    QRectF floorArea;           ///< the floor, where a false floor would go
};
VehicleBody vehicleBody(const QRectF &body, bool van, double px, SceneRandom &random);

/// One hidden item, how it is hidden and what hides it.
struct HiddenItem {
    Threat threat;
    Concealment how = Concealment::Open;
    QList<SceneObject> structure; ///< a false wall or floor, when there is one
    QList<SceneObject> cover;     ///< dense goods on the same rays (BehindDense), not part of the target
    QString inconsistency;        ///< undeclared-goods when the plan asks for it
};
struct Hidden {
    QList<HiddenItem> items;
    QList<QRectF> replaces; ///< where goods were taken out to make room
    /// Where goods were partly taken out (InsideGoods: the rest lies in front of and behind the
    /// item along the beam) and the fraction of their thickness that is left.
    QList<QPair<QRectF, double>> thinned;
    bool recordCompartment = false;
};

Hidden hideInContainer(const ScenePlan &plan, const QRectF &inside, const QList<QRectF> &pallets, double px,
                       SceneRandom &random, const AttenuationTable &table);
Hidden hideInVehicle(const ScenePlan &plan, const VehicleBody &body, double px, SceneRandom &random,
                     const AttenuationTable &table);
/// Puts the hidden items into the draft's first view and records their ground truth.
void addHidden(SceneDraft &draft, const Hidden &hidden);
/// Attaches the declaration the plan asks for; an inconsistency other than undeclared goods is
/// recorded as an "other" object over the goods (cargo, in pixels).
void declare(CargoResult &result, const ScenePlan &plan, const QList<QRectF> &cargo, SceneRandom &random);

} // namespace pen::CargoParts
