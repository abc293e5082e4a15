// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Image16.h"
#include "model/Provenance.h"
#include "model/ScanView.h"
#include "synth/SceneProjector.h"

#include <QList>
#include <QRect>
#include <QString>

#include <optional>
#include <vector>

namespace pen {

/// What a threat image shows, as it goes into the ground truth of the scans it is projected into.
struct ThreatLabel {
    QString name;                 ///< for trainers, e.g. "cocaine brick"
    QString category;             ///< a ThreatCategories key, e.g. "narcotics"
    QString material;             ///< an AttenuationTable key, or empty where unknown
    std::optional<double> massKg; ///< optional
    friend bool operator==(const ThreatLabel &, const ThreatLabel &) = default;
};

/// A threat captured on its own, as Threat Image Projection (TIP) inserts it into clean scans: its
/// transmission per energy channel on the scans' 0..65535 scale (65535 = nothing absorbed), one
/// channel for single-energy threats, two (low, high) for dual-energy ones. Every pixel outside the
/// threat is exactly 65535, so the mask is implicit (attenuates()) and multiplying it into a scan
/// leaves everything around the threat untouched. A value type, cropped to the threat's bounding box.
struct ThreatImage {
    ThreatLabel label;
    QString origin;        ///< "synthetic" or the file it was read from
    Provenance provenance; ///< under which terms the source image may be used
    int width = 0;
    int height = 0;
    std::vector<Image16> channels; ///< 1 (single-energy) or 2 (ScanView::LowEnergy, HighEnergy)

    /// Below this fraction of the background level a pixel of a real image counts as threat.
    static constexpr double RealMaskThreshold = 0.97;

    bool isEmpty() const { return width <= 0 || height <= 0 || channels.empty(); }
    int channelCount() const { return int(channels.size()); }
    /// Whether the threat absorbs anything at (x, y): some channel below 65535.
    bool attenuates(int x, int y) const;
    /// Bounding box of the pixels that attenuate; empty when none do.
    QRect maskBounds() const;

    /// The threat turned by rotationDeg (clockwise on screen, y pointing down) about its centre and
    /// scaled by scale (size only: thickness along the beam, hence transmission, is kept), on a
    /// canvas just large enough. Resamples −ln T bilinearly; multiples of 90° at scale 1 are exact.
    /// A known mass is scaled by scale² (the area).
    ThreatImage transformed(double rotationDeg, double scale = 1.0) const;

    /// Projects a synthetic threat (scene coordinates in pixels, anywhere) without noise, so that the
    /// image is the threat's own dual-energy transmission; cropped to where it attenuates. Errors for
    /// an empty scene, a material the table lacks, or a scene that attenuates nothing.
    static Expected<ThreatImage> fromScene(const AttenuationTable &table, const QList<SceneObject> &scene,
                                           const ThreatLabel &label);

    /// Converts a real isolated single-energy image (an object on an empty background) to
    /// transmission: pixel / background level, the background being the median of the image's border,
    /// clamped to 1; pixels at or above RealMaskThreshold of the background become exactly 1 (they are
    /// noise, not threat) and the result is cropped to the rest. Colour views are accepted only where
    /// they are grey (JPEGs often store grey as RGB). Errors name the reason: no pixels, a
    /// dual-energy or coloured image, a dark or busy border (no empty background), no object.
    static Expected<ThreatImage> fromIsolatedView(const ScanView &view, const ThreatLabel &label);
    /// Reads an image file (see readRasterView) and converts it with fromIsolatedView; origin is the path.
    static Expected<ThreatImage> fromImageFile(const QString &path, const ThreatLabel &label);

    /// The sub-image inside rect (which must lie within the image).
    ThreatImage cropped(QRect rect) const;

    friend bool operator==(const ThreatImage &, const ThreatImage &) = default;
};

} // namespace pen
