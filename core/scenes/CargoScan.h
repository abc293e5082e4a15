// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"
#include "scenes/ContainerLoad.h"
#include "synth/CargoScannerSettings.h"
#include "volume/LineScanGeometry.h"
#include "volume/ViewTransmissions.h"

#include <optional>

namespace pen {

/// What a cargo scan is called and how it is taken.
struct CargoScanOptions {
    QString id;
    ObjectKind kind = ObjectKind::Container;
    quint32 noiseSeed = 1;
    bool withPixels = true; ///< false: the view carries its size only (fast, for tests)
    double sourceToNearSideCm = 400;
    CargoScannerSettings scanner;
};

/// A cargo scan and each of its targets alone, on an empty portal (TargetsAlone ids).
struct CargoScans {
    Scan scan;
    QList<Scan> targetsAlone;
};

/// Scans of 3-D cargo loads on a MeV drive-through portal (LineScanGeometry::cargoPortal): the
/// LineScanProjector through the CargoDetector model, the pulses' and boards' artefacts
/// (addCargoArtefacts), the DetectorChain, and the image turned as cargo consoles show it: the rig
/// from left (first pulse) to right, the top of the detector tower at the top. One truth object
/// per CargoTarget, its region its bounds seen through the fan. Thread-safe.
namespace CargoScan {

/// The bundled attenuation table carried on to 20 MeV, loaded once.
const Expected<AttenuationTable> &megavoltTable();

/// The portal's geometry for a rig of that extent, with 60 cm of road before and after it, the
/// tower read up to a little above the rig's top (a car's view is not mostly air).
LineScanGeometry geometryFor(const Bounds3 &extent, const CargoScanOptions &options);

/// Noise-free transmissions (rows are pulses, columns elements) become the console's view, whose
/// pixels are travelMm along the rig.
ScanView consoleView(const ViewTransmissions &raw, const CargoScannerSettings &scanner, quint32 seed, double travelMm);

/// The box (pixels of the console's view) that bounds cover, seen from the source.
QRectF regionOf(const Bounds3 &bounds, const LineScanGeometry &geometry);

/// The scan of load; with targetsAloneMarginPx, also each target alone with that margin round it.
CargoScans scanOf(const CargoLoad &load, const CargoScanOptions &options,
                  std::optional<double> targetsAloneMarginPx = std::nullopt);

} // namespace CargoScan
} // namespace pen
