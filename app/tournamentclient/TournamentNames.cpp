// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentNames.h"

#include "practice/PracticeNames.h"

#include <QCoreApplication>

namespace pen::gui::TournamentNames {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pen::gui::TournamentNames", text, disambiguation, n);
}

} // namespace

QString phase(const EventStatus &status)
{
    using Phase = EventStatus::Phase;
    const QString title = status.round.title;
    switch (status.phase) {
    case Phase::Waiting: return tr("Waiting for the host to start the event");
    case Phase::Countdown: return tr("%1 starts in").arg(title);
    case Phase::Running:
        if (status.scanIndex < status.round.scanCount)
            return tr("%1 is running").arg(title);
        // Done early: the others (the absent included) may take until their clocks run out.
        return status.roundEndsSecondsLeft >= 0
            ? tr("You have answered every scan of %1. The round ends for everybody at the latest in").arg(title)
            : tr("You have answered every scan of %1. Waiting for the round to end.").arg(title);
    case Phase::Paused: return tr("The host has paused the event");
    case Phase::Break: return tr("Break: the next round starts in");
    case Phase::Finished: return tr("The event is over");
    case Phase::Unknown: break;
    }
    return tr("Waiting for the server");
}

QString round(const TournamentRound &round)
{
    QString text = tr("Round %1: %2 (%3), %n scan(s)", nullptr, round.scanCount)
                       .arg(round.index + 1)
                       .arg(round.title, PracticeNames::roundType(round.type));
    if (round.secondsPerScan > 0)
        text += tr(", %1 s per scan").arg(round.secondsPerScan);
    if (round.roundSeconds > 0)
        text += tr(", %1 for the round").arg(PracticeNames::clock(round.roundSeconds));
    if (round.clockStartsAtJoin)
        text += tr("; your clock starts when you open the first scan (join within %1)")
                    .arg(PracticeNames::clock(round.joinWindowSeconds));
    return text;
}

} // namespace pen::gui::TournamentNames
