// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/CtVolume.h"
#include "model/ScanView.h"

#include <QSize>

/// A CT volume seen as a line scanner would see it: attenuation summed along one axis (a digitally
/// reconstructed radiograph), so that a bag scanned by CT can be shown, scored and trained on like
/// any other scan. The volume's x (columns) runs across the belt, y (rows) from top to bottom,
/// z (slices) along the belt.
namespace pen::CtProjection {

/// Which way the rays run: the top view looks down (along y), the side view across the belt (along x).
enum class Axis { Vertical, AcrossBelt };

/// The linear attenuation of water, per cm, in the two channels of the default scanner
/// (DetectorSettings' defaults): −ln T / 10 of 10 cm of water, with its beam hardening. A CT
/// number then becomes μ = μ_water · (1 + HU / 1000), so that water projects as it does in our own
/// dual-energy scans.
struct WaterAttenuation {
    double lowPerCm = 0;
    double highPerCm = 0;
};
Expected<WaterAttenuation> scannerWaterAttenuation();

/// The volume projected along axis as a single-energy view (label "top" or "side"): each pixel
/// 65535 · exp(−Σ μ · step), μ = muWaterPerCm · max(0, 1 + HU / 1000), resampled by linear
/// interpolation to square pixels of the finer of the image's two spacings. Image rows run along
/// the belt (z), columns across it (x for the top view, y for the side view).
ScanView projectedView(const CtVolume &volume, Axis axis, double muWaterPerCm);

/// The volume projected with rays at angleDegrees round the belt's axis (z): 0° looks down like
/// the top view, 90° across the belt like the side view, any angle between as a scanner with its
/// source turned that far would see it. Each ray is sampled every pixel (bilinear within a
/// slice) and the image's columns run across the rays; the rest as projectedView (label "angle").
ScanView projectedViewAtAngle(const CtVolume &volume, double angleDegrees, double muWaterPerCm);

/// The size in pixels of projectedView(volume, axis, ...), from the volume's grid and spacing alone.
QSize projectedSize(const CtVolume &volume, Axis axis);

/// A dual-energy CT pair (the low and the high tube voltage's volumes of one bag) as a dual-energy
/// view: each volume projected with its channel's water attenuation. The two must have the same
/// grid and spacing; otherwise an error says how they differ.
Expected<ScanView> projectedDualEnergyView(const CtVolume &low, const CtVolume &high, Axis axis,
                                           const WaterAttenuation &water);

} // namespace pen::CtProjection
