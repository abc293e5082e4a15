// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"
#include "model/Region.h"

#include <QList>
#include <QString>

namespace pen {

/// One Potential Threat Object that an ATD algorithm reports in a scan.
struct DetectedObject {
    QString category;       ///< a threat category key, e.g. "firearm"
    Region region;          ///< in image pixels of region.viewIndex
    double probability = 0; ///< 0..1, the algorithm's confidence in this object

    friend bool operator==(const DetectedObject &, const DetectedObject &) = default;
};

/// An ATD algorithm's answer for one scan, as the host received and timed it.
struct MachineAnswer {
    QString scanId;
    bool alarm = false;    ///< the algorithm's decision at its own declared threshold
    double alarmScore = 0; ///< 0..1, image-level; ROC curves and Pd/Pfa threshold this
    QList<DetectedObject> objects;
    double seconds = 0; ///< wall time of the call, measured by the host
    /// Why there is no valid answer (crash, timeout, garbage); empty when the answer is valid. A
    /// failed answer counts as no alarm, score 0 and no objects, whatever the other fields hold.
    QString failure;

    bool failed() const { return !failure.isEmpty(); }

    /// The answer as a contestant's Answer, so that machines are scored by the same formula as
    /// officers: objects with probability >= threshold become marks with confidence = probability,
    /// responseSeconds = seconds. A failed answer becomes a clear answer (no marks).
    Answer asAnswer(double threshold) const;

    friend bool operator==(const MachineAnswer &, const MachineAnswer &) = default;
};

} // namespace pen
