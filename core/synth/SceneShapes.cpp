// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/SceneShapes.h"

#include <QPolygonF>

#include <cmath>

namespace pen::SceneShapes {

namespace {

// Member by member, so that a field the physics model adds later keeps its default.
SceneObject make(SceneObject::Shape shape, const QRectF &bounds, const QString &material, double cm, double density)
{
    SceneObject object;
    object.shape = shape;
    object.bounds = bounds;
    object.material = material;
    object.densityGcm3 = density;
    object.thicknessCm = cm;
    return object;
}

} // namespace

SceneObject box(const QRectF &bounds, const QString &material, double thicknessCm, double density)
{
    return make(SceneObject::Shape::Box, bounds, material, thicknessCm, density);
}

SceneObject ellipse(const QRectF &bounds, const QString &material, double thicknessCm, double density)
{
    return make(SceneObject::Shape::Ellipse, bounds, material, thicknessCm, density);
}

SceneObject polygon(const QList<QPointF> &points, const QString &material, double thicknessCm, double density)
{
    SceneObject object = make(SceneObject::Shape::Polygon, boundsOf(points), material, thicknessCm, density);
    object.polygon = points;
    return object;
}

QList<QPointF> placed(const QList<QPointF> &points, QPointF centre, double degrees)
{
    const double r = degrees * 3.141592653589793 / 180.0;
    const double c = std::cos(r), s = std::sin(r);
    QList<QPointF> out;
    out.reserve(points.size());
    for (const QPointF &p : points)
        out.append(centre + QPointF(p.x() * c - p.y() * s, p.x() * s + p.y() * c));
    return out;
}

QList<QPointF> rotatedRect(QPointF centre, double w, double h, double degrees)
{
    return placed({{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}}, centre, degrees);
}

QRectF boundsOf(const QList<QPointF> &points)
{
    return QPolygonF(points).boundingRect();
}

QList<QPointF> ring(QPointF centre, double rx, double ry, double width, int points)
{
    QList<QPointF> outer, inner;
    for (int i = 0; i <= points; ++i) {
        const double t = 2 * 3.141592653589793 * i / points;
        outer << centre + QPointF(rx * std::cos(t), ry * std::sin(t));
        inner.prepend(centre + QPointF((rx - width) * std::cos(t), (ry - width) * std::sin(t)));
    }
    return outer + inner;
}

double thicknessAt(const SceneObject &object, double x, double y)
{
    switch (object.shape) {
    case SceneObject::Shape::Box: return object.bounds.contains(x, y) ? object.thicknessCm : 0.0;
    case SceneObject::Shape::Ellipse: {
        const double dx = (x - object.bounds.center().x()) / (object.bounds.width() / 2);
        const double dy = (y - object.bounds.center().y()) / (object.bounds.height() / 2);
        const double r2 = dx * dx + dy * dy;
        return r2 < 1 ? object.thicknessCm * std::sqrt(1 - r2) : 0.0;
    }
    case SceneObject::Shape::Polygon:
        if (!object.bounds.isNull() && !object.bounds.contains(x, y))
            return 0.0;
        return QPolygonF(object.polygon).containsPoint(QPointF(x, y), Qt::OddEvenFill) ? object.thicknessCm : 0.0;
    }
    return 0.0;
}

namespace {

double shoelaceArea(const QList<QPointF> &points)
{
    double twice = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &a = points[i];
        const QPointF &b = points[(i + 1) % points.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

} // namespace

double volumeCm3(const SceneObject &object, double pixelMm)
{
    const double cm2PerPixel = (pixelMm / 10) * (pixelMm / 10);
    double pixels = 0;
    switch (object.shape) {
    case SceneObject::Shape::Box: pixels = object.bounds.width() * object.bounds.height(); break;
    case SceneObject::Shape::Ellipse: // the mean of sqrt(1 - r²) over a disc is 2/3
        pixels = 3.141592653589793 / 4 * object.bounds.width() * object.bounds.height() * (2.0 / 3.0);
        break;
    case SceneObject::Shape::Polygon: pixels = shoelaceArea(object.polygon); break;
    }
    return pixels * cm2PerPixel * object.thicknessCm;
}

double densityOf(const SceneObject &object, const AttenuationTable &table)
{
    return object.densityGcm3 > 0 ? object.densityGcm3 : table.density(object.material);
}

double massKg(const SceneObject &object, double pixelMm, const AttenuationTable &table)
{
    return volumeCm3(object, pixelMm) * densityOf(object, table) / 1000.0;
}

double massKg(const QList<SceneObject> &objects, double pixelMm, const AttenuationTable &table)
{
    double sum = 0;
    for (const SceneObject &object : objects)
        sum += massKg(object, pixelMm, table);
    return sum;
}

} // namespace pen::SceneShapes
