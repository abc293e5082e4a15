// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Vec3.h"

#include <limits>

namespace pen {

/// The part [enter, exit] of a line (parameter t along a unit direction, cm) inside a convex region.
/// An interval with exit ≤ enter is empty; the default one is the whole line.
struct Interval {
    double enter = -std::numeric_limits<double>::infinity();
    double exit = std::numeric_limits<double>::infinity();

    bool isEmpty() const { return !(exit > enter); }
    double length() const { return isEmpty() ? 0.0 : exit - enter; }
    Interval intersected(Interval other) const;
    static Interval empty() { return {0, 0}; }
};

/// The line inside the box [min, max] (Kay–Kajiya slabs).
Interval slabInterval(const Ray &ray, Vec3 min, Vec3 max);

/// Where a·t² + 2·halfB·t + c < 0, for a > 0: the inside of a quadric along a line.
Interval quadraticInterval(double a, double halfB, double c);

/// The line inside the axis-aligned ellipsoid of these semi-axes round the origin (a sphere when
/// they are equal).
Interval ellipsoidInterval(const Ray &ray, Vec3 semiAxes);

/// The line inside the infinite cylinder of radius r round the z axis.
Interval zCylinderInterval(const Ray &ray, double radius);

/// interval clipped to the half-space dot(normal, p) ≤ offset.
Interval clippedToHalfSpace(const Ray &ray, Interval interval, Vec3 normal, double offset);

} // namespace pen
