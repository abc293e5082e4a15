// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/DetectionMatching.h"

#include "atd/IntersectionOverUnion.h"

#include <algorithm>
#include <tuple>

namespace pen {
namespace {

auto rankKey(const DetectedObject &object)
{
    const QRectF bounds = object.region.bounds();
    return std::make_tuple(-object.probability, object.region.viewIndex, bounds.left(), bounds.top(), bounds.width(),
                           bounds.height());
}

// The unmatched object with the highest IoU >= minIou, or -1.
qsizetype bestUnmatched(const Region &region, const QList<GroundTruthObject> &objects, const QList<bool> &matched,
                        double minIou)
{
    qsizetype best = -1;
    double bestIou = minIou;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const double iou = intersectionOverUnion(region, objects[i]);
        if (!matched[i] && iou >= bestIou && (best < 0 || iou > bestIou)) {
            best = i;
            bestIou = iou;
        }
    }
    return best;
}

} // namespace

QList<RankedDetection> matchDetections(const EvaluatedScan &scan, const QString &category, double minIou)
{
    // Where the truth is image-level no box can confirm or refute a detection: rank none of them.
    if (scan.hasImageLevelTruth())
        return {};
    QList<DetectedObject> detections = scan.detections(category);
    std::stable_sort(detections.begin(), detections.end(),
                     [](const DetectedObject &a, const DetectedObject &b) { return rankKey(a) < rankKey(b); });
    const QList<GroundTruthObject> objects = scan.truthOf(category);
    QList<bool> matched(objects.size(), false);
    QList<RankedDetection> ranked;
    for (const DetectedObject &detection : detections) {
        const qsizetype object = bestUnmatched(detection.region, objects, matched, minIou);
        if (object >= 0)
            matched[object] = true;
        ranked.append({detection.probability, object >= 0});
    }
    return ranked;
}

} // namespace pen
