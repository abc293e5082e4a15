// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ScanView.h"
#include "tip/ThreatImage.h"

#include <QPoint>
#include <QRect>

namespace pen {

/// Whether threat can be projected into view: the view holds energy channels and as many as the
/// threat. A single-energy threat is refused for a dual-energy view rather than guessed: its
/// low-energy transmission depends on the material (Z_eff), which one channel does not tell; and a
/// dual-energy threat is refused for a single-energy view, whose detector response no channel matches.
/// Also refuses a threat larger than the view.
Expected<void> checkProjectable(const ScanView &view, const ThreatImage &threat);

/// Threat Image Projection proper: multiplies the threat's transmission into the view, per channel,
/// with topLeft the view pixel under the threat image's (0, 0): T_out = T_view × T_threat on the
/// 0..65535 scale, rounded to nearest in integer arithmetic (so the same on every platform). Pixels
/// where the threat is 65535 are left exactly as they were. Returns the box of the pixels where the
/// threat attenuates, in view pixels. Errors as checkProjectable, or when the threat would stick out
/// of the view.
Expected<QRect> projectThreat(ScanView &view, const ThreatImage &threat, QPoint topLeft);

/// How much of the attenuation on the threat's rays is due to what the view already holds there
/// (Difficulty::overlap): Σ −ln T_view / Σ (−ln T_view − ln T_threat) over the threat's pixels, in the
/// highest-energy channel (the one least saturated by dense cargo). 0..1; view as before projecting.
/// The threat must lie within the view.
double threatOverlap(const ScanView &view, const ThreatImage &threat, QPoint topLeft);

} // namespace pen
