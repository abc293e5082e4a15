// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ServerCountdown.h"

#include <algorithm>

namespace pen::gui {

void ServerCountdown::sync(const EventStatus &status)
{
    m_scan = status.scanSecondsLeft;
    m_round = status.roundSecondsLeft;
    m_phase = status.phaseSecondsLeft;
    m_roundEnds = status.roundEndsSecondsLeft;
    m_frozen = status.phase == EventStatus::Phase::Paused || status.phase == EventStatus::Phase::Finished;
    m_since.start();
}

double ServerCountdown::left(double atSync) const
{
    if (atSync < 0)
        return -1;
    if (m_frozen || !m_since.isValid())
        return atSync;
    return std::max(0.0, atSync - double(m_since.elapsed()) / 1000.0);
}

} // namespace pen::gui
