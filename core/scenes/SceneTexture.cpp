// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/SceneTexture.h"

#include "synth/SceneShapes.h"

#include <algorithm>
#include <cmath>

namespace pen::SceneTexture {

using namespace SceneShapes;

QList<SceneObject> mottle(const QRectF &area, const QString &material, double density, double meanCm, double cellPx,
                          SceneRandom &random)
{
    QList<SceneObject> bumps;
    if (area.width() < 4 || area.height() < 4 || meanCm <= 0)
        return bumps;
    const double cellW = std::min(cellPx, area.width()), cellH = std::min(cellPx, area.height());
    // About two bumps over every point, so that their sum varies smoothly instead of showing circles.
    const int count = std::clamp(int(std::lround(2.0 * area.width() * area.height() / (cellW * cellH))), 1, 400);
    // A cylinder of axis thickness t over an ellipse w x h holds t * 2/3 * pi/4 * w * h of thickness-area.
    const double share = meanCm * area.width() * area.height() / count;
    for (int i = 0; i < count; ++i) {
        const double w = cellW * random.uniform(0.6, 1.0), h = cellH * random.uniform(0.6, 1.0);
        const double x = random.uniform(area.left(), area.right() - w),
                     y = random.uniform(area.top(), area.bottom() - h);
        const double cm = share / (w * h * 3.141592653589793 / 6) * random.uniform(0.3, 1.7);
        bumps << ellipse(QRectF(x, y, w, h), material, cm, density);
    }
    return bumps;
}

QList<SceneObject> texturedBox(const QRectF &bounds, const QString &material, double thicknessCm, double density,
                               double amplitude, double cellPx, SceneRandom &random)
{
    const double a = std::clamp(amplitude, 0.0, 0.9);
    return QList<SceneObject>{box(bounds, material, thicknessCm * (1 - a), density)}
    + mottle(bounds, material, density, thicknessCm * a, cellPx, random);
}

QList<SceneObject> folds(const QRectF &area, const QString &material, double density, double cm, int count,
                         double widthPx, SceneRandom &random)
{
    QList<SceneObject> strips;
    for (int i = 0; i < count; ++i) {
        const double degrees = random.uniform(-90, 90);
        double length = random.uniform(0.4, 0.9) * std::max(area.width(), area.height());
        const QPointF centre(random.uniform(area.left() + 0.25 * area.width(), area.right() - 0.25 * area.width()),
                             random.uniform(area.top() + 0.25 * area.height(), area.bottom() - 0.25 * area.height()));
        QList<QPointF> strip = rotatedRect(centre, length, widthPx * random.uniform(0.6, 1.4), degrees);
        for (int shrink = 0; shrink < 6 && !area.contains(boundsOf(strip)); ++shrink) {
            length *= 0.7;
            strip = rotatedRect(centre, length, widthPx, degrees);
        }
        if (area.contains(boundsOf(strip)))
            strips << polygon(strip, material, cm * random.uniform(0.6, 1.4), density);
    }
    return strips;
}

QList<QPointF> softOutline(const QRectF &bounds, double jitter, SceneRandom &random)
{
    // Twelve points around an ellipse-like rounded rectangle (superellipse, exponent 4).
    QList<QPointF> points;
    const double reach = jitter * std::min(bounds.width(), bounds.height());
    const QPointF c = bounds.center();
    for (int i = 0; i < 12; ++i) {
        const double t = i * 3.141592653589793 / 6;
        const double ct = std::cos(t), st = std::sin(t);
        const double sx = std::copysign(std::pow(std::abs(ct), 0.5), ct),
                     sy = std::copysign(std::pow(std::abs(st), 0.5), st);
        const double r = 1 - random.uniform(0, reach) / (std::min(bounds.width(), bounds.height()) / 2);
        points << QPointF(c.x() + sx * r * bounds.width() / 2, c.y() + sy * r * bounds.height() / 2);
    }
    return points;
}

} // namespace pen::SceneTexture
