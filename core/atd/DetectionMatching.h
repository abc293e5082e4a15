// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/EvaluatedScan.h"

#include <QList>
#include <QString>

namespace pen {

/// A detection after matching: its probability and whether it found a truth object.
struct RankedDetection {
    double probability = 0;
    bool hit = false; ///< false: a false positive (no object, or a duplicate on an object already found)

    friend bool operator==(const RankedDetection &, const RankedDetection &) = default;
};

/// Matches one scan's detections of one category to its truth objects of that category, by the
/// COCO rule: detections in descending probability, each to the unmatched object with the highest
/// IoU >= minIou; each object is matched at most once. Equal probabilities are taken in the order
/// of view, then bounds (left, top, width, height), so that the matching never depends on the
/// order in which the algorithm listed its objects. Returned in that order. Empty for a scan with
/// image-level truth, whose detections no box can confirm or refute.
QList<RankedDetection> matchDetections(const EvaluatedScan &scan, const QString &category, double minIou);

} // namespace pen
