// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Solid.h"

#include <QPointF>

#include <memory>
#include <random>
#include <vector>

/// Short ways to make the solids that items are built of, in the item's frame (cm).
namespace pen::ItemShapes {

Placement at(Vec3 centre);
/// Turns a solid's local z axis (the axis of cylinders, capsules, tubes) onto x or y.
Placement alongX(Vec3 centre);
Placement alongY(Vec3 centre);

std::shared_ptr<const Solid> box(Vec3 size, Vec3 centre);
std::shared_ptr<const Solid> cylinderAlongX(double radius, double length, Vec3 centre);
std::shared_ptr<const Solid> cylinderUpright(double radius, double length, Vec3 centre);
/// A slab of the outline (x-y) thickness high, lying flat at centre.
std::shared_ptr<const Solid> slab(const std::vector<QPointF> &outline, double thickness, double bevel, Vec3 centre);
/// A wire through the points.
std::shared_ptr<const Solid> wire(const std::vector<Vec3> &points, double radius);
/// A coil spring of turns round the x axis, from start for length cm.
std::shared_ptr<const Solid> spring(Vec3 start, double length, double coilRadius, double wireRadius, int turns);
/// A rectangle with corners cut by chamfer, centred on the origin.
std::vector<QPointF> chamferedRectangle(double width, double depth, double chamfer);

/// A uniform draw in [low, high) that is the same on every platform.
double draw(std::mt19937 &engine, double low, double high);
int drawInt(std::mt19937 &engine, int low, int high);

} // namespace pen::ItemShapes
