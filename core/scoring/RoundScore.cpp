// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scoring/RoundScore.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace pen {
namespace {

void count(SignalDetection &detection, ScanOutcome::Verdict verdict)
{
    switch (verdict) {
    case ScanOutcome::Verdict::Hit: ++detection.hits; break;
    case ScanOutcome::Verdict::Miss: ++detection.misses; break;
    case ScanOutcome::Verdict::FalseAlarm: ++detection.falseAlarms; break;
    case ScanOutcome::Verdict::CorrectRejection: ++detection.correctRejections; break;
    }
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

RoundScore RoundScore::from(const QList<ScanOutcome> &outcomes, const QList<Answer> &answers)
{
    RoundScore score;
    std::vector<double> times;
    for (qsizetype i = 0; i < outcomes.size() && i < answers.size(); ++i) {
        const ScanOutcome &outcome = outcomes[i];
        if (!outcome.truthUnknown) // neither a target nor a clear scan: no rate may count it
            count(score.detection, outcome.verdict);
        score.objectsHit += int(outcome.hitObjects.size());
        score.objectsMissed += int(outcome.missedObjects.size());
        score.falseAlarmMarks += int(outcome.falseAlarmMarks.size());
        score.points += outcome.points;
        ++score.scansAnswered;
        score.scansTimedOut += answers[i].timedOut ? 1 : 0;
        times.push_back(answers[i].responseSeconds);
    }
    score.totalSeconds = std::accumulate(times.begin(), times.end(), 0.0);
    score.meanResponseSeconds = times.empty() ? 0 : score.totalSeconds / double(times.size());
    score.medianResponseSeconds = median(std::move(times));
    return score;
}

bool RoundScore::ranksBefore(const RoundScore &a, const RoundScore &b)
{
    if (a.points != b.points)
        return a.points > b.points;
    if (a.falseAlarmMarks != b.falseAlarmMarks)
        return a.falseAlarmMarks < b.falseAlarmMarks;
    return a.totalSeconds < b.totalSeconds;
}

} // namespace pen
