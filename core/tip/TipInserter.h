// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Scan.h"
#include "tip/ThreatImage.h"
#include "tip/TipSettings.h"

#include <QList>
#include <QPoint>
#include <QRect>

#include <random>

namespace pen {

/// One threat that TIP put into a scan.
struct TipInsertion {
    GroundTruthObject truth; ///< as appended to the scan's truth
    ThreatLabel threat;      ///< the threat image's label (mass not scaled)
    QString origin;          ///< the threat image's origin
    QPoint topLeft;          ///< view pixel under the placed (turned, scaled) image's (0, 0)
    double scale = 1;
    friend bool operator==(const TipInsertion &, const TipInsertion &) = default;
};

/// Puts one threat image into a scan at a random plausible place: on the object (where the view's
/// own transmission shows it, see TipSettings::objectTransmission and minInsideFraction), clear of
/// every ground-truth box already in that view (earlier TIP threats included), turned and scaled as
/// drawn. Everything random comes from the caller's engine through PortableRandom, so the same seed
/// gives the same bytes on every platform. Stateless apart from its settings; thread-safe.
class TipInserter {
public:
    explicit TipInserter(const TipSettings &settings) : m_settings(settings) {}

    /// Draws a rotation in the settings' range and a scale within their jitter, then inserts.
    Expected<TipInsertion> insert(Scan &scan, const ThreatImage &threat, std::mt19937 &engine) const;
    /// Inserts turned by rotationDeg and scaled by scale; only the position is drawn. On success the
    /// view's pixels are multiplied (see projectThreat) and the ground truth (category, box in view
    /// pixels, material, mass, note "TIP", overlap and rotation) appended to scan.truth. On error the
    /// scan is unchanged: wrong view index, channel mismatch, a threat larger than the view, or no
    /// place on the object where it fits (ErrorCode::Validation).
    Expected<TipInsertion> insert(Scan &scan, const ThreatImage &threat, double rotationDeg, double scale,
                                  std::mt19937 &engine) const;

    /// How many top-left positions would accept a size × size box in view (for tests and trainers).
    qint64 placeCount(const ScanView &view, QSize size, const QList<QRect> &avoid = {}) const;

private:
    Expected<QPoint> drawPlace(const ScanView &view, QSize size, const QList<QRect> &avoid, std::mt19937 &engine) const;

    TipSettings m_settings;
};

} // namespace pen
