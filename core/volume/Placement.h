// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "volume/Bounds3.h"
#include "volume/Vec3.h"

#include <array>

namespace pen {

/// A rotation as an orthonormal 3 × 3 matrix (row-major); the default is the identity.
class Rotation {
public:
    Rotation() = default;
    /// Right-handed rotation by radians about axis (any length but zero).
    static Rotation aboutAxis(Vec3 axis, double radians);
    /// Yaw about z, then pitch about y, then roll about x (radians), applied to the object in its
    /// local frame: the usual way to tumble an object in a bag.
    static Rotation fromYawPitchRoll(double yaw, double pitch, double roll);

    Vec3 apply(Vec3 v) const;        ///< local → world
    Vec3 applyInverse(Vec3 v) const; ///< world → local (the transpose)
    bool isIdentity() const { return m_identity; }
    friend Rotation operator*(const Rotation &a, const Rotation &b); ///< b first, then a

private:
    std::array<double, 9> m_m{1, 0, 0, 0, 1, 0, 0, 0, 1};
    bool m_identity = true; ///< most solids are not turned: their rays need no rotating
    void updateIdentity();
};

/// Where a solid sits: world = rotation · local + translation (cm). Rigid, so chord lengths are the
/// same in both frames.
struct Placement {
    Rotation rotation;
    Vec3 translation;

    static Placement at(Vec3 position) { return {Rotation(), position}; }
    Vec3 toWorld(Vec3 local) const { return rotation.apply(local) + translation; }
    Vec3 toLocal(Vec3 world) const { return rotation.applyInverse(world - translation); }
    Ray toLocal(const Ray &world) const
    {
        if (rotation.isIdentity())
            return {world.origin - translation, world.direction};
        return {toLocal(world.origin), rotation.applyInverse(world.direction)};
    }
    /// The world box round a local box (its eight corners placed).
    Bounds3 boundsToWorld(const Bounds3 &local) const;
};

} // namespace pen
