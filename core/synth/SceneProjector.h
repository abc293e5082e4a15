// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"
#include "synth/AttenuationTable.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace pen {

/// One homogeneous piece of matter in a scene, seen from the source.
struct SceneObject {
    enum class Shape { Box, Ellipse, Polygon };
    Shape shape = Shape::Box;
    QRectF bounds;              ///< pixels; Box and Ellipse fill it
    QList<QPointF> polygon;     ///< pixels; Polygon only
    QString material;           ///< an AttenuationTable key
    double densityGcm3 = 0;     ///< 0: the table's nominal density
    double thicknessCm = 1;     ///< along the beam; an Ellipse is a cylinder, thickest on its axis
};

/// Settings of the simulated detector.
struct DetectorSettings {
    double incidentPhotons = 20000;  ///< per pixel and channel without an object; sets the quantum noise
    bool noise = true;
    quint32 seed = 1;
};

/// Projects a scene into a dual-energy view: T = Σ_E w(E) exp(−Σ_m μ/ρ_m(E) ρ_m t_m) per channel,
/// averaged over a coarse tube spectrum per channel, with Gaussian-approximated Poisson noise from a
/// seeded generator (the same seed gives the same pixels). The spectra are a simplification: a few
/// energy bins per channel rather than a measured tube spectrum and detector response.
class SceneProjector {
public:
    explicit SceneProjector(const AttenuationTable &table) : m_table(table) {}

    ScanView project(int width, int height, const QList<SceneObject> &scene, const DetectorSettings &detector) const;

private:
    const AttenuationTable &m_table;
};

} // namespace pen
