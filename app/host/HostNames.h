// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "HostRecords.h"
#include "tournament/EventClock.h"
#include "tournament/Leaderboard.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pen::gui {

/// Translated words and table rows for what the host's console shows and prints.
namespace HostNames {

/// An event's phase; "Unknown" for none. (Round types: PracticeNames::roundType.)
QString phase(std::optional<EventState::Phase> phase);
QString role(TokenRole role);
/// "12:05:30" in local time for a server timestamp (ms since the epoch).
QString time(qint64 serverMs);
/// "Tuesday 3 March 2026" for a server timestamp; today when it is 0.
QString date(qint64 serverMs);

/// The leaderboard's columns, for the console's table and the printed report alike.
QStringList standingHeaders();
QStringList standingRow(const Standing &standing);
/// A team member's row, under the team's: the scans they answered with their own token.
QStringList memberRow(const MemberScore &member);

/// A trainee report's per-category columns (category, HR, FAR, d′, da, mean response time).
QStringList categoryHeaders();
QStringList categoryRow(const QString &scope, const CategoryRates &category);

} // namespace HostNames
} // namespace pen::gui
