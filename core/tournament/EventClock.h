// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "tournament/EventPlan.h"

#include <QList>
#include <QString>

#include <optional>

namespace pen {

/// Something the host (or the server) did to an event's clock, at a time of the server's wall
/// clock (seconds). The server records these in order; everything else follows from them.
struct ClockCommand {
    enum class Kind {
        Start,    ///< before the event: starts round 0's countdown; in a break: ends it, the next countdown starts
        Pause,    ///< freezes every clock: countdown, round, break
        Resume,   ///< lets the frozen clocks run on
        EndRound, ///< ends the round in its countdown or play (the host, or the server once everyone is done)
        EndEvent, ///< finishes the event at once
    };
    Kind kind = Kind::Start;
    double at = 0;

    friend bool operator==(const ClockCommand &, const ClockCommand &) = default;
};

QString clockCommandKey(ClockCommand::Kind kind); ///< "start", "pause", "resume", "end-round", "end-event"
std::optional<ClockCommand::Kind> clockCommandFromKey(const QString &key);

/// Where an event stands at one moment. Clocks are closed at their end: at the very instant a
/// countdown, round clock or break reads zero the phase has not changed yet (an answer at that
/// instant is in time); it changes just after.
struct EventState {
    enum class Phase { Waiting, Countdown, Running, Paused, Break, Finished };

    Phase phase = Phase::Waiting;
    int roundIndex = -1;                ///< -1 before the first round; in a break, the round just ended
    double roundElapsed = 0;            ///< seconds of play in that round, pauses and countdown excluded
    double roundSecondsLeft = -1;       ///< -1 where the round has no round clock
    double phaseSecondsLeft = -1;       ///< countdown or break left; -1 otherwise
    Phase pausedPhase = Phase::Waiting; ///< the phase a pause interrupted; equal to phase when not paused

    /// Whether contestants' answers count now: a round is being played and not paused.
    bool acceptsAnswers() const { return phase == Phase::Running; }

    friend bool operator==(const EventState &, const EventState &) = default;
};

QString eventPhaseKey(EventState::Phase phase); ///< "waiting", "countdown", "running", "paused", "break", "finished"

/// The event's state at now, by replaying the commands recorded up to now. Commands are taken in
/// list order and stop at the first one later than now; a time earlier than the command before it
/// counts as that earlier command's time. Commands that make no sense where they fall (see
/// validateCommand) are ignored. The last round is followed by Finished, not by a break.
EventState eventStateAt(const EventPlan &plan, const QList<ClockCommand> &commands, double now);

/// When the next automatic phase change falls due: the instant the running countdown, round clock
/// or break reads zero (the change happens just after it); +infinity while waiting, paused,
/// finished, or playing a round without a round clock.
double nextTransitionAt(const EventPlan &plan, const QList<ClockCommand> &commands, double now);

/// Seconds of play in one round at now: 0 before it started, frozen once it ended; -1 for a round
/// index out of range. This is the time base of ContestantProgress.
double roundPlayTimeAt(const EventPlan &plan, const QList<ClockCommand> &commands, int roundIndex, double now);

/// When play of a round began (its countdown ran out), in the commands' wall-clock seconds; NaN
/// where it has not begun by now (or ended in its countdown), or for a round index out of range.
double roundStartedAt(const EventPlan &plan, const QList<ClockCommand> &commands, int roundIndex, double now);

/// Whether the command may be appended to those recorded: a finite time not before the last
/// command's, and a kind that makes sense in the state at that time. The error says why not
/// (ErrorCode::Validation), for the host.
Expected<void> validateCommand(const EventPlan &plan, const QList<ClockCommand> &commands, const ClockCommand &command);

} // namespace pen
