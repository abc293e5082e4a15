// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"
#include "packing/PackedBag.h"
#include "synth/AttenuationTable.h"
#include "volume/LineScanGeometry.h"

#include <QRectF>

namespace pen {

/// What a scan of a packed bag is called and how its noise is seeded.
struct PackedScanOptions {
    QString id;
    ObjectKind kind = ObjectKind::Baggage;
    quint32 noiseSeed = 1;          ///< each view's detector chain is seeded from it and the view's index
    bool withPixels = true;         ///< false: views carry their size only (fast, for tests)
    bool recordCompartment = false; ///< also record a false floor as its own truth object
};

/// A scan and each of its truth objects' items rendered alone, on empty belt (TargetsAlone ids).
struct PackedScans {
    Scan scan;
    QList<Scan> targetsAlone;
};

/// Scans of 3-D packed bags and parcels on a line scanner: every view of the geometry through
/// LineScanProjector and then the DetectorChain that SceneProjector uses (DetectorSettings
/// defaults), with one truth object per threat item (and per false floor, where asked) whose region
/// in each view is the item's world bounds projected through that view's fan. Pure; thread-safe.
namespace PackedScene {

Scan scanOf(const PackedBag &bag, const LineScanGeometry &geometry, const AttenuationTable &table,
            const PackedScanOptions &options);
/// scanOf() and its targets alone: each view of a truth object cropped to its region and
/// marginPx of belt round it, its detector chain seeded apart from the scan's.
PackedScans scanAndTargetsOf(const PackedBag &bag, const LineScanGeometry &geometry, const AttenuationTable &table,
                             const PackedScanOptions &options, double marginPx);

/// The box (pixels: columns are detector elements, rows belt steps) that bounds cover in view of
/// geometry: the 8 corners projected from the view's source, clipped to the image.
QRectF regionOf(const Bounds3 &bounds, const LineScanGeometry &geometry, int view);

/// The item's own parts, alone.
VolumeScene partsOf(const PackedBag &bag, const PlacedItem &item);

} // namespace PackedScene
} // namespace pen
