// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/AttenuationTable.h"
#include "synth/SceneProjector.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace pen::SceneShapes {

/// Small constructors for SceneObject (pixels; thickness in cm along the beam; density 0 = the
/// table's nominal density).
SceneObject box(const QRectF &bounds, const QString &material, double thicknessCm, double density = 0);
SceneObject ellipse(const QRectF &bounds, const QString &material, double thicknessCm, double density = 0);
SceneObject polygon(const QList<QPointF> &points, const QString &material, double thicknessCm, double density = 0);

/// points (relative to the origin) rotated by degrees about the origin, then moved to centre.
QList<QPointF> placed(const QList<QPointF> &points, QPointF centre, double degrees);
/// A w x h rectangle centred on centre and turned by degrees, as a polygon.
QList<QPointF> rotatedRect(QPointF centre, double w, double h, double degrees);
QRectF boundsOf(const QList<QPointF> &points);
/// An elliptic ring rx x ry (outer radii) and width wide, as one polygon the odd-even rule fills:
/// a loop of cable, a wheel rim, the end of a roll of fabric.
QList<QPointF> ring(QPointF centre, double rx, double ry, double width, int points = 28);

/// Thickness along the ray through (x, y) in cm, as SceneProjector models it (an Ellipse is a
/// cylinder, thickest on its axis).
double thicknessAt(const SceneObject &object, double x, double y);
/// Volume in cm³ (an Ellipse is a cylinder: its mean chord over the ellipse is 2/3 of its axis).
double volumeCm3(const SceneObject &object, double pixelMm);
double densityOf(const SceneObject &object, const AttenuationTable &table);
double massKg(const SceneObject &object, double pixelMm, const AttenuationTable &table);
double massKg(const QList<SceneObject> &objects, double pixelMm, const AttenuationTable &table);

} // namespace pen::SceneShapes
