// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"
#include "synth/AttenuationTable.h"
#include "synth/DualEnergyDetector.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace pen {

/// One homogeneous piece of matter in a scene, seen from the source.
struct SceneObject {
    enum class Shape { Box, Ellipse, Polygon };
    Shape shape = Shape::Box;
    QRectF bounds;          ///< pixels; Box and Ellipse fill it
    QList<QPointF> polygon; ///< pixels; Polygon only
    QString material;       ///< an AttenuationTable key
    double densityGcm3 = 0; ///< 0: the table's nominal density
    double thicknessCm = 1; ///< along the beam; an Ellipse is a cylinder, thickest on its axis
};

/// Projects a scene into a dual-energy view by polychromatic Beer–Lambert: in each channel c,
/// T_c = Σ_E w_c(E) exp(−Σ_m μ/ρ_m(E) ρ_m t_m), with w_c the DualEnergyDetector's response to the
/// filtered TASMIP spectrum (merged into EnergyBins), then the DetectorChain: scatter, Poisson
/// quantum noise (incidentPhotons quanta for T = 1) from a seeded generator, each layer's light
/// spread, afterglow, calibration residue, electronic noise and 16-bit output where 65535 = no
/// object. Overlapping objects harden the beam for each other, as in a real scanner. The same seed
/// gives the same pixels on every platform; rows run in parallel. See docs/physics.md.
/// Thread-safe (const); the table must outlive the projector.
class SceneProjector {
public:
    explicit SceneProjector(const AttenuationTable &table) : m_table(table) {}

    /// A DualEnergy view of width × height pixels; an empty view (no channels) if the bundled
    /// spectra are missing, which a test guards against.
    ScanView project(int width, int height, const QList<SceneObject> &scene, const DetectorSettings &detector) const;

    /// Noise-free, unblurred transmissions T_low and T_high (0..1) of the same model, row-major.
    std::array<std::vector<float>, 2> transmissions(int width, int height, const QList<SceneObject> &scene,
                                                    const DetectorSettings &detector) const;

private:
    const AttenuationTable &m_table;
};

} // namespace pen
