// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/RoundResult.h"

#include "imageset/ImageSet.h"
#include "tournament/ContestantProgress.h"

#include <QHash>

namespace pen {
namespace {

using EndedScan = ContestantProgress::EndedScan;

// The scans to score: those over, and the one on screen when the round has ended (had it any time).
QList<EndedScan> scansToScore(const ContestantProgress &progress, double playNow, bool roundEnded)
{
    QList<EndedScan> scans = progress.ended;
    if (roundEnded && !progress.finished && playNow > progress.shownAt)
        scans.append({progress.currentIndex, progress.shownAt, playNow, true});
    return scans;
}

Answer answerFor(const RoundPlan &round, const EndedScan &scan, const RecordedAnswer *recorded)
{
    Answer answer;
    if (recorded && !scan.timedOut)
        answer = recorded->answer;
    answer.scanId = round.scanIds[scan.scanIndex];
    answer.timedOut = scan.timedOut;
    answer.responseSeconds = scan.endedAt - scan.shownAt;
    return answer;
}

} // namespace

RoundResult RoundResult::from(const RoundPlan &round, const ImageSet &set, const QList<RecordedAnswer> &counted,
                              double playNow, bool roundEnded, double clockStart)
{
    QList<double> answeredAt(round.scanCount(), ContestantProgress::NotAnswered);
    QHash<int, const RecordedAnswer *> byScan;
    for (const RecordedAnswer &recorded : counted) {
        if (recorded.scanIndex < 0 || recorded.scanIndex >= round.scanCount() || byScan.contains(recorded.scanIndex))
            continue;
        answeredAt[recorded.scanIndex] = recorded.playTime;
        byScan.insert(recorded.scanIndex, &recorded);
    }
    const ContestantProgress progress = progressAt(round.settings, round.scanCount(), answeredAt, playNow, clockStart);
    RoundResult result;
    for (const EndedScan &scan : scansToScore(progress, playNow, roundEnded)) {
        const Answer answer = answerFor(round, scan, byScan.value(scan.scanIndex));
        const ImageSetEntry *entry = set.find(answer.scanId);
        result.scanIndices.append(scan.scanIndex);
        result.answers.append(answer);
        result.outcomes.append(
            entry ? ScanOutcome::evaluate(answer, entry->scan, round.settings, round.settings.secondsPerScan)
                  : ScanOutcome::evaluate(answer, QList<GroundTruthObject>(), round.settings,
                                          round.settings.secondsPerScan));
    }
    result.score = RoundScore::from(result.outcomes, result.answers);
    return result;
}

RoundResult RoundResult::combined(const QList<RoundResult> &results)
{
    RoundResult all;
    for (const RoundResult &result : results) {
        all.scanIndices.append(result.scanIndices);
        all.answers.append(result.answers);
        all.outcomes.append(result.outcomes);
    }
    all.score = RoundScore::from(all.outcomes, all.answers);
    return all;
}

} // namespace pen
