// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/WeighedScene.h"

#include <QPointF>

#include <vector>

/// Shapes that car bodies are made of and CargoSolids does not offer, added to a WeighedScene
/// with their exact volumes (cm, the cargo scanner's frame: see VehicleLoad.h). Profiles are
/// polylines in a plane of the frame: (y, z) for the side view of a body, (x, z) for a section
/// across it.
namespace pen::VehicleShapes {

/// A sheet of thickness that follows polyline (y, z), on its left-hand side walking from the
/// first point, spanning x0..x1: roof, bonnet, boot lid, bulkheads, bumper covers, glazing.
size_t sheetAcross(WeighedScene &scene, const std::vector<QPointF> &polyline, double thickness, double x0, double x1,
                   const QString &material, double density = 0);
/// A sheet of thickness that follows polyline (x, z), spanning y0..y1: floor pans, tunnels.
size_t sheetAlong(WeighedScene &scene, const std::vector<QPointF> &polyline, double thickness, double y0, double y1,
                  const QString &material, double density = 0);
/// A flat panel whose outline (y, z) is polygon, spanning x0..x1: the body's sides.
size_t sidePanel(WeighedScene &scene, const std::vector<QPointF> &polygon, double x0, double x1,
                 const QString &material, double density = 0);
/// A closed steel section of depth × (x1 − x0) from a to b (y, z), walls wall thick: pillars.
size_t pillar(WeighedScene &scene, QPointF a, QPointF b, double x0, double x1, double depth, double wall,
              const QString &material);
/// A helical coil spring standing on base, its coil coilRadius, wire wireRadius, height tall.
size_t coilSpring(WeighedScene &scene, Vec3 base, double coilRadius, double wireRadius, double height, int coils,
                  const QString &material);
/// A pipe of radius and wall along the polyline path (gentle bends): exhausts, fuel lines.
size_t pipe(WeighedScene &scene, const std::vector<Vec3> &path, double radius, double wall, const QString &material);
/// A wire of radius along path, through its points as a polyline: seat springs and frames.
size_t wire(WeighedScene &scene, const std::vector<Vec3> &path, double radius, const QString &material);

/// The outline of a band of thickness on the left-hand side of polyline, mitred at its joints.
std::vector<QPointF> band(const std::vector<QPointF> &polyline, double thickness);

} // namespace pen::VehicleShapes
