// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/WeighedScene.h"

#include <cmath>
#include <numbers>

namespace pen {

size_t WeighedScene::add(std::shared_ptr<const Solid> solid, double volumeCm3, const QString &material,
                         double densityGcm3)
{
    const double density = densityGcm3 > 0 ? densityGcm3 : m_table.density(material);
    m_scene.push_back({std::move(solid), material, densityGcm3});
    m_massKg.push_back(volumeCm3 * density / 1000);
    return m_scene.size() - 1;
}

double WeighedScene::massKg(size_t from, size_t to) const
{
    double sum = 0;
    for (size_t i = from; i < to; ++i)
        sum += m_massKg[i];
    return sum;
}

Bounds3 WeighedScene::bounds(size_t from, size_t to) const
{
    Bounds3 all;
    for (size_t i = from; i < to; ++i)
        all.include(m_scene[i].solid->bounds());
    return all;
}

namespace SolidVolumes {

double box(Vec3 size)
{
    return size.x * size.y * size.z;
}

double hollowBox(Vec3 size, double wall)
{
    return box(size) - box(size - Vec3{2 * wall, 2 * wall, 2 * wall});
}

double cylinder(double radius, double length)
{
    return std::numbers::pi * radius * radius * length;
}

double hollowCylinder(double radius, double length, double wall)
{
    return cylinder(radius, length) - cylinder(radius - wall, length - 2 * wall);
}

double tube(double radius, double length, double wall)
{
    return cylinder(radius, length) - cylinder(radius - wall, length);
}

double ellipsoid(Vec3 semiAxes)
{
    return 4 * std::numbers::pi / 3 * semiAxes.x * semiAxes.y * semiAxes.z;
}

double hollowTorus(double majorRadius, double minorRadius, double wall)
{
    // Pappus: the tube's cross-section swept round the centre circle.
    const double inner = minorRadius - wall;
    return 2 * std::numbers::pi * majorRadius * std::numbers::pi * (minorRadius * minorRadius - inner * inner);
}

double polygonArea(const std::vector<QPointF> &polygon)
{
    double twice = 0;
    for (size_t i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i], b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

double measured(const Solid &solid, double stepCm)
{
    const Bounds3 b = solid.bounds();
    double volume = 0;
    // Rays along z through the centres of a grid of stepCm squares.
    for (double x = b.min.x + stepCm / 2; x < b.max.x; x += stepCm)
        for (double y = b.min.y + stepCm / 2; y < b.max.y; y += stepCm)
            volume += solid.chordLength({{x, y, b.min.z - 1}, {0, 0, 1}}) * stepCm * stepCm;
    return volume;
}

} // namespace SolidVolumes
} // namespace pen
