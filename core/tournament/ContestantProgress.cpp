// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/ContestantProgress.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pen {
namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

double scanClock(const RoundSettings &settings)
{
    return settings.secondsPerScan > 0 ? settings.secondsPerScan : Infinity;
}

double roundClock(const RoundSettings &settings)
{
    return settings.roundSeconds > 0 ? settings.roundSeconds : Infinity;
}

// The latest a contestant's round may end, once their clocks started at clockStart.
double roundEnd(const RoundSettings &settings, double clockStart)
{
    return clockStart + roundClock(settings);
}

double answerTo(const QList<double> &answeredAt, int scanIndex)
{
    return scanIndex < answeredAt.size() ? answeredAt[scanIndex] : ContestantProgress::NotAnswered;
}

// If nothing more is answered, every later scan runs its full clock, cut short by the round clock.
double finishesBy(const RoundSettings &settings, int scansAfter, double deadline, double clockStart)
{
    if (scansAfter == 0)
        return deadline;
    return std::min(deadline + scansAfter * scanClock(settings), roundEnd(settings, clockStart));
}

void finish(ContestantProgress &progress, int scanCount, double at)
{
    progress.currentIndex = scanCount;
    progress.finished = true;
    progress.shownAt = at;
    progress.deadline = Infinity;
    progress.finishesBy = at;
}

struct Check {
    std::optional<AnswerRefusal> refusal;
    QString message;
};

const ContestantProgress::EndedScan *endedScan(const ContestantProgress &progress, int scanIndex)
{
    for (const ContestantProgress::EndedScan &scan : progress.ended) {
        if (scan.scanIndex == scanIndex)
            return &scan;
    }
    return nullptr;
}

// Scans are named to people from 1, as a contestant counts them on screen.
Check checkPast(const ContestantProgress &progress, int scanCount, int scanIndex)
{
    const QString scan = QStringLiteral("scan %1 of %2").arg(scanIndex + 1).arg(scanCount);
    const ContestantProgress::EndedScan *ended = endedScan(progress, scanIndex);
    if (ended && !ended->timedOut)
        return {AnswerRefusal::AlreadyAnswered, QStringLiteral("%1 is already answered").arg(scan)};
    // Scans behind the one on screen all ended, except those the round clock never let come up.
    if (!ended || (progress.roundClockRanOut && ended == &progress.ended.last())) {
        return {AnswerRefusal::RoundOver,
                QStringLiteral("too late for %1: the round's clock ran out at %2 s of play")
                    .arg(scan)
                    .arg(progress.shownAt)};
    }
    return {AnswerRefusal::TimedOut,
            QStringLiteral("too late for %1: its clock ran out at %2 s of play").arg(scan).arg(ended->endedAt)};
}

Check check(const ContestantProgress &progress, int scanCount, int scanIndex, double clockStart)
{
    if (scanIndex < 0 || scanIndex >= scanCount) {
        return {AnswerRefusal::NoSuchScan,
                QStringLiteral("scan %1 does not exist: the round has %2 scans").arg(scanIndex + 1).arg(scanCount)};
    }
    if (progress.satOut) {
        return {AnswerRefusal::RoundOver,
                QStringLiteral("too late for scan %1: the round could be joined for %2 s of play only")
                    .arg(scanIndex + 1)
                    .arg(progress.shownAt)};
    }
    if (clockStart < 0)
        return {AnswerRefusal::NotShownYet,
                QStringLiteral("scan %1 of %2 is not shown yet: open the round's first scan to join it")
                    .arg(scanIndex + 1)
                    .arg(scanCount)};
    if (scanIndex < progress.currentIndex)
        return checkPast(progress, scanCount, scanIndex);
    if (scanIndex > progress.currentIndex) {
        return {AnswerRefusal::NotShownYet,
                QStringLiteral("scan %1 of %2 is not shown yet: scan %3 is on screen")
                    .arg(scanIndex + 1)
                    .arg(scanCount)
                    .arg(progress.currentIndex + 1)};
    }
    return {};
}

} // namespace

ContestantProgress progressAt(const RoundSettings &settings, int scanCount, const QList<double> &answeredAt,
                              double playNow, double clockStart)
{
    ContestantProgress progress;
    if (clockStart < 0) {
        const double window = settings.joinWindowSeconds;
        if (playNow > window) {
            finish(progress, scanCount, window);
            progress.satOut = true;
            return progress;
        }
        progress.shownAt = playNow;
        progress.deadline = Infinity;
        const double firstDeadline = std::min(window + scanClock(settings), roundEnd(settings, window));
        progress.finishesBy = scanCount > 0 ? finishesBy(settings, scanCount - 1, firstDeadline, window) : window;
        return progress;
    }
    double shownAt = clockStart;
    for (int i = 0; i < scanCount; ++i) {
        const double deadline = std::min(shownAt + scanClock(settings), roundEnd(settings, clockStart));
        const double answer = answerTo(answeredAt, i);
        if (answer >= 0 && answer <= playNow && answer <= deadline) {
            const double at = std::max(answer, shownAt);
            progress.ended.append({i, shownAt, at, false});
            shownAt = at;
        } else if (playNow > deadline) {
            const bool roundOver = deadline >= roundEnd(settings, clockStart);
            // A scan that came up as the round clock ran out was never on screen: not scored.
            if (deadline > shownAt) {
                progress.ended.append({i, shownAt, deadline, true});
                progress.timedOut.append(i);
            }
            shownAt = deadline;
            if (roundOver) {
                progress.roundClockRanOut = true;
                break;
            }
        } else {
            progress.currentIndex = i;
            progress.shownAt = shownAt;
            progress.deadline = deadline;
            progress.finishesBy = finishesBy(settings, scanCount - i - 1, deadline, clockStart);
            return progress;
        }
    }
    finish(progress, scanCount, shownAt);
    return progress;
}

Expected<ContestantProgress> checkAnswer(const RoundSettings &settings, int scanCount, const QList<double> &answeredAt,
                                         int scanIndex, double playNow, double clockStart)
{
    ContestantProgress progress = progressAt(settings, scanCount, answeredAt, playNow, clockStart);
    const Check result = check(progress, scanCount, scanIndex, clockStart);
    if (!result.refusal)
        return progress;
    const ErrorCode code
        = *result.refusal == AnswerRefusal::NoSuchScan ? ErrorCode::InvalidArgument : ErrorCode::Validation;
    return makeError(code, result.message);
}

std::optional<AnswerRefusal> answerRefusal(const RoundSettings &settings, int scanCount,
                                           const QList<double> &answeredAt, int scanIndex, double playNow,
                                           double clockStart)
{
    return check(progressAt(settings, scanCount, answeredAt, playNow, clockStart), scanCount, scanIndex, clockStart)
        .refusal;
}

} // namespace pen
