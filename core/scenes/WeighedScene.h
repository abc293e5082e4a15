// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/AttenuationTable.h"
#include "volume/VolumeScene.h"

#include <QPointF>

#include <vector>

namespace pen {

/// A 3-D scene being built, with the mass of every object (density × volume), so that loads weigh
/// what real ones do. Solids do not know their volumes; the builders pass the exact volume of each
/// shape they make (SolidVolumes), or 0 for structure whose mass nobody reads.
class WeighedScene {
public:
    explicit WeighedScene(const AttenuationTable &table) : m_table(table) {}

    /// Adds an object and returns its index; density 0: the table's nominal one.
    size_t add(std::shared_ptr<const Solid> solid, double volumeCm3, const QString &material, double densityGcm3 = 0);
    size_t size() const { return m_scene.size(); }
    double massKg(size_t index) const { return m_massKg[index]; }
    double massKg(size_t from, size_t to) const; ///< of the objects [from, to)
    Bounds3 bounds(size_t from, size_t to) const;
    const VolumeScene &scene() const { return m_scene; }

private:
    const AttenuationTable &m_table;
    VolumeScene m_scene;
    std::vector<double> m_massKg;
};

/// Exact volumes (cm³) of the shapes the cargo builders use, with the sizes their solids take.
namespace SolidVolumes {

double box(Vec3 size);
double hollowBox(Vec3 size, double wall);
double cylinder(double radius, double length);
double hollowCylinder(double radius, double length, double wall); ///< closed at both caps
double tube(double radius, double length, double wall);           ///< open at both ends
double ellipsoid(Vec3 semiAxes);
double hollowTorus(double majorRadius, double minorRadius, double wall);
double polygonArea(const std::vector<QPointF> &polygon);
/// Any solid, by summing chords over a grid of parallel rays stepCm apart across its bounds: for
/// items whose shapes are not worth an exact formula (threat items), and to check the formulas.
double measured(const Solid &solid, double stepCm);

} // namespace SolidVolumes
} // namespace pen
