// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/ChordMath.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

// One axis of the slab test; a line parallel to the slab is either always or never inside it.
// Inlined: it runs for every solid's bounds on every ray of a scan.
[[gnu::always_inline]] inline bool clipAxis(double origin, double direction, double low, double high,
                                            Interval &interval)
{
    if (direction == 0)
        return origin >= low && origin <= high;
    double t0 = (low - origin) / direction, t1 = (high - origin) / direction;
    if (t0 > t1)
        std::swap(t0, t1);
    interval.enter = std::max(interval.enter, t0);
    interval.exit = std::min(interval.exit, t1);
    return interval.exit >= interval.enter;
}

[[gnu::always_inline]] inline bool outsideParallelSlab(double origin, double direction, double low, double high)
{
    return direction == 0 && (origin < low || origin > high);
}

} // namespace

Interval Interval::intersected(Interval other) const
{
    return {std::max(enter, other.enter), std::min(exit, other.exit)};
}

Interval slabInterval(const Ray &ray, Vec3 min, Vec3 max)
{
    // A projector's rays often run parallel to an axis (a fan plane across the belt): a cheap miss.
    if (outsideParallelSlab(ray.origin.x, ray.direction.x, min.x, max.x)
        || outsideParallelSlab(ray.origin.y, ray.direction.y, min.y, max.y)
        || outsideParallelSlab(ray.origin.z, ray.direction.z, min.z, max.z))
        return Interval::empty();
    Interval interval;
    if (clipAxis(ray.origin.x, ray.direction.x, min.x, max.x, interval)
        && clipAxis(ray.origin.y, ray.direction.y, min.y, max.y, interval)
        && clipAxis(ray.origin.z, ray.direction.z, min.z, max.z, interval))
        return interval;
    return Interval::empty();
}

Interval quadraticInterval(double a, double halfB, double c)
{
    if (a <= 0)
        return c < 0 ? Interval{} : Interval::empty();
    const double discriminant = halfB * halfB - a * c;
    if (discriminant <= 0)
        return Interval::empty();
    // The stable pair of roots: no cancellation between halfB and the square root.
    const double q = -(halfB + std::copysign(std::sqrt(discriminant), halfB));
    const double t0 = q / a, t1 = q != 0 ? c / q : -t0;
    return {std::min(t0, t1), std::max(t0, t1)};
}

Interval ellipsoidInterval(const Ray &ray, Vec3 semiAxes)
{
    const Vec3 o{ray.origin.x / semiAxes.x, ray.origin.y / semiAxes.y, ray.origin.z / semiAxes.z};
    const Vec3 d{ray.direction.x / semiAxes.x, ray.direction.y / semiAxes.y, ray.direction.z / semiAxes.z};
    return quadraticInterval(dot(d, d), dot(o, d), dot(o, o) - 1);
}

Interval zCylinderInterval(const Ray &ray, double radius)
{
    const Vec3 o = ray.origin, d = ray.direction;
    return quadraticInterval(d.x * d.x + d.y * d.y, o.x * d.x + o.y * d.y, o.x * o.x + o.y * o.y - radius * radius);
}

Interval clippedToHalfSpace(const Ray &ray, Interval interval, Vec3 normal, double offset)
{
    const double along = dot(normal, ray.direction);
    const double distance = offset - dot(normal, ray.origin); // ≥ 0 where the origin is inside
    if (along == 0)
        return distance >= 0 ? interval : Interval::empty();
    const double t = distance / along;
    if (along > 0)
        interval.exit = std::min(interval.exit, t);
    else
        interval.enter = std::max(interval.enter, t);
    return interval;
}

} // namespace pen
