// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"

#include <QString>

namespace pen {

/// An answer as the server recorded it.
struct RecordedAnswer {
    QString roundId;
    QString contestantId; ///< who submitted it: a person, a team member, or a machine
    int scanIndex = -1;   ///< into the round plan's scanIds
    QString answerId;     ///< chosen by the client, so that a retry is recognised
    double playTime = 0;  ///< seconds of play in the round when the server accepted it
    Answer answer;

    friend bool operator==(const RecordedAnswer &, const RecordedAnswer &) = default;
};

} // namespace pen
