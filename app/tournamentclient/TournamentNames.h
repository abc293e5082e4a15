// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"

#include <QString>

namespace pen::gui {

/// Translated names of what the tournament pages show.
namespace TournamentNames {

/// "Waiting for the host to start", "Round 1 starts in", ...
QString phase(const EventStatus &status);
/// "Round 2: Find the threat, 15 scans, 120 s per scan".
QString round(const TournamentRound &round);

} // namespace TournamentNames
} // namespace pen::gui
