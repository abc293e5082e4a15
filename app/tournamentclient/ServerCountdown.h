// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"

#include <QElapsedTimer>

namespace pen::gui {

/// The server's clocks as the contestant sees them: the seconds left that the last event update
/// said, counted down locally since it arrived and set again by every update. The client never
/// keeps a round clock of its own: the server decides every time. While paused nothing counts.
class ServerCountdown {
public:
    void sync(const EventStatus &status);

    /// Seconds left, never below 0; -1 where that clock does not run.
    double scanSecondsLeft() const { return left(m_scan); }
    double roundSecondsLeft() const { return left(m_round); }
    double phaseSecondsLeft() const { return left(m_phase); }
    /// Until the round ends for everybody at the latest.
    double roundEndsSecondsLeft() const { return left(m_roundEnds); }

private:
    double left(double atSync) const;

    QElapsedTimer m_since;
    double m_scan = -1;
    double m_round = -1;
    double m_phase = -1;
    double m_roundEnds = -1;
    bool m_frozen = false;
};

} // namespace pen::gui
