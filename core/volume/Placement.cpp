// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/Placement.h"

#include <cmath>

namespace pen {

Rotation Rotation::aboutAxis(Vec3 axis, double radians)
{
    // Rodrigues' formula.
    const Vec3 a = normalized(axis);
    const double c = std::cos(radians), s = std::sin(radians), k = 1 - c;
    Rotation r;
    r.m_m = {c + a.x * a.x * k,       a.x * a.y * k - a.z * s, a.x * a.z * k + a.y * s,
             a.y * a.x * k + a.z * s, c + a.y * a.y * k,       a.y * a.z * k - a.x * s,
             a.z * a.x * k - a.y * s, a.z * a.y * k + a.x * s, c + a.z * a.z * k};
    r.updateIdentity();
    return r;
}

Rotation Rotation::fromYawPitchRoll(double yaw, double pitch, double roll)
{
    return aboutAxis({0, 0, 1}, yaw) * aboutAxis({0, 1, 0}, pitch) * aboutAxis({1, 0, 0}, roll);
}

void Rotation::updateIdentity()
{
    m_identity = m_m == std::array<double, 9>{1, 0, 0, 0, 1, 0, 0, 0, 1};
}

Vec3 Rotation::apply(Vec3 v) const
{
    return {m_m[0] * v.x + m_m[1] * v.y + m_m[2] * v.z, m_m[3] * v.x + m_m[4] * v.y + m_m[5] * v.z,
            m_m[6] * v.x + m_m[7] * v.y + m_m[8] * v.z};
}

Vec3 Rotation::applyInverse(Vec3 v) const
{
    return {m_m[0] * v.x + m_m[3] * v.y + m_m[6] * v.z, m_m[1] * v.x + m_m[4] * v.y + m_m[7] * v.z,
            m_m[2] * v.x + m_m[5] * v.y + m_m[8] * v.z};
}

Rotation operator*(const Rotation &a, const Rotation &b)
{
    Rotation r;
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            double sum = 0;
            for (int k = 0; k < 3; ++k)
                sum += a.m_m[size_t(i * 3 + k)] * b.m_m[size_t(k * 3 + j)];
            r.m_m[size_t(i * 3 + j)] = sum;
        }
    }
    r.updateIdentity();
    return r;
}

Bounds3 Placement::boundsToWorld(const Bounds3 &local) const
{
    Bounds3 world;
    if (local.isEmpty())
        return world;
    for (int corner = 0; corner < 8; ++corner)
        world.include(toWorld(local.corner(corner)));
    return world;
}

} // namespace pen
