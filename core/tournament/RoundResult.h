// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"
#include "tournament/EventPlan.h"
#include "tournament/RecordedAnswer.h"

#include <QList>

namespace pen {

struct ImageSet;

/// One contestant's (or team's) round as scored: every scan that was shown and is over, in scan
/// order: answered, or timed out and scored as answered with no marks. Response times are the
/// server's play times (ContestantProgress), never the client's.
struct RoundResult {
    QList<int> scanIndices;      ///< into the round plan's scanIds
    QList<Answer> answers;       ///< parallel to scanIndices
    QList<ScanOutcome> outcomes; ///< parallel to scanIndices
    RoundScore score;

    /// Scores the counted answers (one per scan, the first that the server accepted) at playNow against the set's
    /// ground truth (a scan missing from the set is scored as having none). Scans never shown are not scored. The scan
    /// on screen is not scored while the round goes on; once it has ended (roundEnded, with playNow its final play
    /// time) it counts as timed out, as when the round clock runs out. clockStart: when the contestant's clocks started
    /// (progressAt).
    static RoundResult from(const RoundPlan &round, const ImageSet &set, const QList<RecordedAnswer> &counted,
                            double playNow, bool roundEnded, double clockStart = 0);
    /// Several results as one (an event's rounds, or several events'): the lists joined and the
    /// score taken over all of them, so that the median response time is the median of every answer.
    static RoundResult combined(const QList<RoundResult> &results);
};

} // namespace pen
