// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "realism/TwoSampleTest.h"

#include <QList>

#include <opencv2/core.hpp>

#include <optional>

/// The context-leakage test: does the clutter around a threat give it away? A trainee who learns
/// that threats sit in empty corners learns the generator, not the X-ray image.
namespace pen::realism {

constexpr int RingWidth = 24; ///< pixels of background around a box that the classifier sees
/// Pixels left out between a box and its ring: the detector's blur and afterglow carry a threat's
/// own edge a few pixels past its box, and that is the threat, not its surroundings.
constexpr int RingGap = 4;
constexpr int RingsElsewherePerThreat = 3; ///< more rings elsewhere, for a steadier figure

/// The rings of one image: around each threat's box, and around as many boxes of the same sizes
/// placed elsewhere in the object.
struct ContextRings {
    ImagePatches threats;
    ImagePatches elsewhere;
};

/// Features (maskedFeatures) of the ring of RingWidth pixels around each threat box, RingGap
/// pixels away from it, and of the rings around RingsElsewherePerThreat boxes of the same sizes
/// placed at random wholly inside object (255 inside) and clear of every threat box and its ring,
/// up to 200 tries each. Every ring is clipped to the image and to the object: what lies beyond
/// the bag is not its clutter. A threat whose ring lies mostly outside the object, or for which
/// not all rings elsewhere fit, is left out, so that every image holds threat rings and rings
/// elsewhere in the same proportion.
/// Deterministic for a seed.
ContextRings contextRings(const cv::Mat1b &luma, const cv::Mat1b &object, const QList<cv::Rect> &threatBoxes,
                          quint64 seed);

/// How well a classifier finds threats from their rings alone: twoSampleAuc of threat rings against
/// rings elsewhere, folds split by image. 0.5 is chance; above 0.6 the context gives threats away.
/// Empty where fewer than five images have both kinds of ring.
std::optional<double> contextLeakageAuc(const QList<ContextRings> &images);

/// How many threat rings contextLeakageAuc counts (those of images with rings of both kinds).
int threatRingsCounted(const QList<ContextRings> &images);

/// contextLeakageAuc with its bootstrap interval over views (twoSampleAucWithInterval).
std::optional<AucWithInterval> contextLeakageAucWithInterval(const QList<ContextRings> &images);

} // namespace pen::realism
