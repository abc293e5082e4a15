// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "synth/AttenuationTable.h"
#include "synth/DualEnergyDetector.h"
#include "volume/LineScanGeometry.h"
#include "volume/ViewTransmissions.h"
#include "volume/VolumeScene.h"

#include <vector>

namespace pen {

/// Scans a 3-D scene on a line scanner: for every row (belt position) and detector element of each
/// view it traces the ray from the source to the element through the scene, sums each object's
/// chord length times its per-bin attenuation (EnergyBins of the DualEnergyDetector, so the same
/// polychromatic model as SceneProjector), and records T_low and T_high. The focal spot and belt
/// motion average the transmissions of sub-sources and sub-rows (LineScanGeometry). Rays are culled
/// by each object's bounds: per row along the belt, per element range across it. Rows run in
/// parallel. Thread-safe (const); the table must outlive the projector. See docs/physics.md.
class LineScanProjector {
public:
    explicit LineScanProjector(const AttenuationTable &table) : m_table(table) {}

    /// One noise-free ViewTransmissions per view of the geometry; empty if the bundled spectra are
    /// missing.
    std::vector<ViewTransmissions> transmissions(const VolumeScene &scene, const LineScanGeometry &geometry,
                                                 const DetectorSettings &detector) const;
    /// The same through any detector model (a MeV cargo array: CargoDetector).
    std::vector<ViewTransmissions> transmissions(const VolumeScene &scene, const LineScanGeometry &geometry,
                                                 const DualEnergyDetector &model) const;

    /// The transmissions as DualEnergy ScanViews with noise, blur and 16 bits (scanViewOf).
    std::vector<ScanView> project(const VolumeScene &scene, const LineScanGeometry &geometry,
                                  const DetectorSettings &detector) const;

private:
    const AttenuationTable &m_table;
};

} // namespace pen
