// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <cmath>

namespace pen {

/// A point or vector in the scanner's frame, cm: x across the belt, y along the belt's travel,
/// z up from the belt's surface.
struct Vec3 {
    double x = 0;
    double y = 0;
    double z = 0;

    friend Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Vec3 operator-(Vec3 a) { return {-a.x, -a.y, -a.z}; }
    friend Vec3 operator*(double s, Vec3 a) { return {s * a.x, s * a.y, s * a.z}; }
    friend Vec3 operator*(Vec3 a, double s) { return s * a; }
    friend Vec3 operator/(Vec3 a, double s) { return {a.x / s, a.y / s, a.z / s}; }
    friend bool operator==(Vec3, Vec3) = default;
};

inline double dot(Vec3 a, Vec3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

inline Vec3 cross(Vec3 a, Vec3 b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

inline double length(Vec3 a)
{
    return std::sqrt(dot(a, a));
}

/// a scaled to length 1; a zero vector stays zero.
inline Vec3 normalized(Vec3 a)
{
    const double l = length(a);
    return l > 0 ? a / l : a;
}

/// A half-line or line: origin + t·direction, direction of length 1 so that t is a distance in cm.
struct Ray {
    Vec3 origin;
    Vec3 direction{0, 0, 1};

    Vec3 at(double t) const { return origin + t * direction; }
    /// The ray from one point towards another.
    static Ray between(Vec3 from, Vec3 to) { return {from, normalized(to - from)}; }
};

} // namespace pen
