// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/RoundSettings.h"

#include <QList>

#include <optional>

namespace pen {

/// Where one contestant (or team) is in a round at a given play time (seconds of play in the round,
/// see roundPlayTimeAt). Scans come in order: the first is shown at play time 0; scan i+1 is shown
/// when scan i is answered, or when scan i's clock runs out (scan i then times out and is scored
/// as answered with no marks). A scan's deadline is min(shownAt + secondsPerScan, roundSeconds),
/// each clock only where the round has it. An answer exactly at the deadline is in time; after it,
/// it is refused. When the round clock runs out, the scan on screen times out and the scans never
/// shown are not scored. Pure functions of their arguments.
struct ContestantProgress {
    /// In answeredAt lists: a scan with no answer (timed out, or not reached).
    static constexpr double NotAnswered = -1;
    /// As a clock start: the contestant has not joined the round yet (RoundSettings::ClockStart::AtJoin).
    static constexpr double NotJoined = -1;

    /// One scan that was shown and is over, answered or timed out.
    struct EndedScan {
        int scanIndex = 0;
        double shownAt = 0;
        double endedAt = 0; ///< the answer's play time, or the deadline where it timed out
        bool timedOut = false;
        friend bool operator==(const EndedScan &, const EndedScan &) = default;
    };

    int currentIndex = 0; ///< the scan on screen; the scan count when finished
    double shownAt = 0;   ///< when the current scan was shown; when finished, when the contestant finished
    double deadline = 0;  ///< the current scan's deadline; +infinity without clocks or when finished
    QList<int> timedOut;  ///< scans whose clock ran out unanswered, in order
    bool finished = false;
    bool roundClockRanOut = false; ///< finished because the round clock ran out
    bool satOut = false;           ///< finished without joining: the join window closed first
    QList<EndedScan> ended;        ///< every scan shown and over, in order
    /// The play time by which the contestant will be finished if they answer nothing more:
    /// +infinity without clocks; when finished, when they finished.
    double finishesBy = 0;

    friend bool operator==(const ContestantProgress &, const ContestantProgress &) = default;
};

/// The progress at playNow. answeredAt[i] is the play time of the accepted answer to scan i, or
/// NotAnswered; missing entries past the end are NotAnswered. An answer later than playNow is not
/// there yet; one after its scan's deadline (which checkAnswer would have refused) is ignored.
///
/// clockStart is the play time at which the contestant's clocks start: 0 where they start with
/// the round; where they start at join, the time the contestant joined, or NotJoined. The first
/// scan is shown then, and the round clock runs from then. One not joined is on no scan; once the
/// join window has passed they are finished with nothing shown (satOut), and until then they may
/// still join: finishesBy counts a join at the window's last moment.
ContestantProgress progressAt(const RoundSettings &settings, int scanCount, const QList<double> &answeredAt,
                              double playNow, double clockStart = 0);

/// Why an answer is refused, for the server to choose its status code.
enum class AnswerRefusal {
    NoSuchScan,      ///< the index is not a scan of the round
    NotShownYet,     ///< a later scan than the one on screen, or any scan before the contestant joined
    AlreadyAnswered, ///< the scan was answered (by the contestant or the team)
    TimedOut,        ///< the scan's own clock ran out
    RoundOver,       ///< the round clock ran out
};

/// Whether an answer to scanIndex at playNow is in time and in order. On success, the progress
/// just before the answer (its response time is playNow − shownAt); on failure an error that says
/// why (ErrorCode::InvalidArgument for a scan that does not exist, Validation otherwise).
Expected<ContestantProgress> checkAnswer(const RoundSettings &settings, int scanCount, const QList<double> &answeredAt,
                                         int scanIndex, double playNow, double clockStart = 0);
/// The same check as checkAnswer, as a reason to branch on; nullopt when the answer is accepted.
std::optional<AnswerRefusal> answerRefusal(const RoundSettings &settings, int scanCount,
                                           const QList<double> &answeredAt, int scanIndex, double playNow,
                                           double clockStart = 0);

} // namespace pen
