// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scoring/ScanOutcome.h"
#include "scoring/SignalDetection.h"

#include <QList>

namespace pen {

/// The score of a whole round: the image-level signal detection counts, object counts for
/// "find the most" rounds, points, and response times.
struct RoundScore {
    SignalDetection detection;
    int objectsHit = 0;
    int objectsMissed = 0;
    int falseAlarmMarks = 0;
    int scansAnswered = 0; ///< scans shown and answered or timed out
    int scansTimedOut = 0;
    double points = 0;
    double meanResponseSeconds = 0;
    double medianResponseSeconds = 0;
    double totalSeconds = 0;

    /// Adds up outcomes and their answers (parallel lists of equal length).
    static RoundScore from(const QList<ScanOutcome> &outcomes, const QList<Answer> &answers);
    /// Tournament order: more points first; ties broken by fewer false alarms, then less time.
    static bool ranksBefore(const RoundScore &a, const RoundScore &b);
};

} // namespace pen
