// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/WeighedScene.h"
#include "volume/LatticeSolid.h"

#include <array>
#include <memory>

/// Short ways to add the solids that containers, trailers and loads are made of to a WeighedScene,
/// each with its exact volume. Boxes are given by their world corners (cm), the usual way to
/// think about structure; axes of round things by name.
namespace pen::CargoSolids {

enum class Axis { X, Y, Z };
/// A placement at centre that turns a solid's local z axis onto axis; for Y the local y points up.
Placement along(Axis axis, Vec3 centre);

size_t box(WeighedScene &scene, Vec3 min, Vec3 max, const QString &material, double density = 0);
size_t hollowBox(WeighedScene &scene, Vec3 min, Vec3 max, double wall, const QString &material, double density = 0);
size_t cylinder(WeighedScene &scene, Axis axis, Vec3 centre, double radius, double length, const QString &material,
                double density = 0);
/// A closed can of wall thickness wall.
size_t hollowCylinder(WeighedScene &scene, Axis axis, Vec3 centre, double radius, double length, double wall,
                      const QString &material, double density = 0);
/// A pipe or band open at both ends.
size_t tube(WeighedScene &scene, Axis axis, Vec3 centre, double radius, double length, double wall,
            const QString &material, double density = 0);

/// An open tube as a solid, for lattices and wheels.
std::shared_ptr<const Solid> tubeSolid(double radius, double length, double wall, const Placement &placement);

/// A trapezoid-corrugated steel sheet (ISO container walls): in its own frame the corrugations
/// repeat along y over length (the pitch stretched to fit a whole number), the profile is depth
/// deep along x with its outer flats at x = −(depth + thickness)/2, and the sheet is height tall
/// along z; centred on its placement. Returns the sheet and its volume.
struct Sheet {
    std::shared_ptr<const LatticeSolid> solid;
    double volumeCm3 = 0;
};
Sheet corrugatedSheet(double length, double height, double depth, double pitch, double thickness,
                      const Placement &placement);

/// How many units a lattice of counts (along x, y, z) holds.
inline int product(const std::array<int, 3> &counts)
{
    return counts[0] * counts[1] * counts[2];
}

/// A lattice of unit (in its cell's frame) filling the box [min, min + counts · spacing].
std::shared_ptr<const LatticeSolid> lattice(std::shared_ptr<const Solid> unit, std::array<int, 3> counts, Vec3 spacing,
                                            Vec3 min);

} // namespace pen::CargoSolids
