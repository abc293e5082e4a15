// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QPointF>
#include <QString>

#include <array>
#include <vector>

namespace pen {

/// One view of a line scanner, in its fan plane (the x–z plane of the scanner's frame, cm, at the
/// belt position being scanned): a point source and an L-shaped detector of two straight arms,
/// whose elements (pixels across the image) sit at pitchMm along the arms from the arms' start.
/// A finite focal spot is modelled by sub-sources spread evenly over focalSpotMm across the central
/// ray, in the fan plane; 1 sub-source is a point source.
struct FanView {
    QString label;                   ///< "top", "side"
    QPointF source;                  ///< (x, z), cm
    std::array<QPointF, 3> detector; ///< (x, z), cm: the first arm's start, the corner, the second arm's end
    double pitchMm = 1.2;            ///< element pitch, usually 0.8–1.6 mm
    double focalSpotMm = 1.0;
    int focalSubSources = 1;

    int elementCount() const;
    QPointF element(int index) const; ///< the centre of an element, (x, z) cm
    /// The centre of sub-source index of focalSubSources, (x, z) cm.
    QPointF subSource(int index) const;
    /// Where the ray from the source through point (x, z) cm meets the detector, in elements along
    /// the arms: element i spans [i, i + 1). −1 where the ray misses both arms.
    double detectorPositionOf(QPointF point) const;
};

constexpr double CargoSourceHeightCm = 80;
constexpr double CargoTowerGapCm = 100;
constexpr double CargoTowerBottomCm = -80;
constexpr double CargoTowerTopCm = 720;

/// A dual-view (or single-view) line scanner: the belt carries the scene along +y; image row k is
/// taken while the fan planes sweep belt positions startYCm + [k, k + 1)·rowPitchMm. Belt-motion
/// blur integrates each row over motionSubRows positions spread evenly over that travel (1: the
/// row's centre only). In a real dual-view machine the two fan planes lie a few cm apart along the
/// belt and the images are aligned by a row delay; here both planes scan the same belt position.
struct LineScanGeometry {
    std::vector<FanView> views;
    int rows = 700;
    double rowPitchMm = 1.2;
    double startYCm = 0;
    int motionSubRows = 1;

    /// The belt position (y, cm) of sub-row sub (of motionSubRows) of row.
    double beltPosition(int row, int sub) const;
    /// The image row (fractional: row k spans [k, k + 1)) in which the fan planes sweep belt position y, cm.
    double rowOf(double yCm) const { return (yCm - startYCm) * 10 / rowPitchMm; }

    /// A 60 × 40 cm tunnel baggage scanner (tunnel x 0..60, z 0..40, belt at z = 0) with a
    /// vertical "top" view (source 40 cm under the belt at x = 50, L detector on the left wall x = −3
    /// and the roof z = 44) and a horizontal "side" view (source beside the tunnel at x = 85, 2 cm
    /// below the belt, L detector on the same walls); 1.2 mm pitch (991 and 883 elements), a point
    /// source (1 mm spot when sub-sources are asked for), 1.2 mm belt travel per row, 700 rows
    /// (84 cm). The reasoning behind the numbers is in docs/physics.md.
    static LineScanGeometry dualViewTunnel6040();

    /// A drive-through MeV cargo portal seen from above: the rig drives along +y, x = 0 is its side
    /// nearest the source and z = 0 the road. The linac stands sourceToNearSideCm before that side,
    /// CargoSourceHeightCm above the road; the detector tower stands CargoTowerGapCm beyond a
    /// 243.8 cm wide container, from CargoTowerBottomCm (a pit, so that the wheels on the near side
    /// are seen) to CargoTowerTopCm (the roof of a high-cube container's near side). Magnification
    /// runs from (S + 243.8 + gap) / S at the near side down to (S + 243.8 + gap) / (S + 243.8) at
    /// the far side: 1.86 and 1.16 for S = 400 cm. A 2 mm focal spot; pitchMm elements up the tower;
    /// rowPitchMm of travel per pulse; rows pulses from startYCm. towerTopCm below CargoTowerTopCm
    /// reads only the lower elements: for a car, the rest of the tower sees air.
    static LineScanGeometry cargoPortal(double sourceToNearSideCm, double startYCm, int rows, double rowPitchMm = 5,
                                        double pitchMm = 8, double towerTopCm = CargoTowerTopCm);
};

} // namespace pen
