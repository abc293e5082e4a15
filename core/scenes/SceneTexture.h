// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneRandom.h"
#include "synth/SceneProjector.h"

#include <QList>
#include <QRectF>

/// Seeded texture for scene objects, built from the projector's own shapes (all pixels, cm along the
/// beam). A real garment, carton or bale is never one uniform slab: its thickness varies smoothly and
/// it has folds. Each function is pure given the random state and keeps every object inside `area`.
namespace pen::SceneTexture {

/// Smooth low-frequency variation: overlapping cylinders (ellipses about cellPx across) inside area
/// that add meanCm of material on average over area, each bump between 0.3 and 1.7 times its share.
QList<SceneObject> mottle(const QRectF &area, const QString &material, double density, double meanCm, double cellPx,
                          SceneRandom &random);

/// A box of thicknessCm whose thickness varies by about ±amplitude (0..1) of itself, cellPx the size
/// of the variation; the areal mass is about that of the plain box. The base box comes first.
QList<SceneObject> texturedBox(const QRectF &bounds, const QString &material, double thicknessCm, double density,
                               double amplitude, double cellPx, SceneRandom &random);

/// count folds or wrinkles: thin turned strips (widthPx wide) of extra cm of material inside area.
QList<SceneObject> folds(const QRectF &area, const QString &material, double density, double cm, int count,
                         double widthPx, SceneRandom &random);

/// A closed outline about `bounds`, its corners rounded and each of its points pulled in by up to
/// jitter (a fraction of the smaller side): the outline of a soft, folded item.
QList<QPointF> softOutline(const QRectF &bounds, double jitter, SceneRandom &random);

} // namespace pen::SceneTexture
