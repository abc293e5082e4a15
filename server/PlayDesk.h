// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventBook.h"
#include "StateContext.h"
#include "tournament/ContestantProgress.h"

#include <optional>

namespace pen::server {

class ImageSetLibrary;

/// A contestant in play: where they are in the running round and which scan they may see. Joining
/// a round whose clocks start at join is recorded here. Reads and changes events through the
/// EventBook's lock and holds no state of its own.
class PlayDesk {
public:
    PlayDesk(StateContext &context, EventBook &events, const ImageSetLibrary &library);

    struct ContestantStatus {
        EventRecord event; ///< rounds included; nothing of other contestants
        ContestantRecord contestant;
        EventState state;
        std::optional<ContestantProgress> progress; ///< in the current round, while it runs
        QString scanId;                             ///< the open scan, if any
        double scanSecondsLeft = -1;                ///< -1: no clock
        int answered = 0;                           ///< in the current round
        /// When the running round ends for everybody at the latest (the last contestant's clocks
        /// run out); -1: no clock bounds it.
        double roundEndsSecondsLeft = -1;
        bool resultsAvailable = false; ///< of the last finished round
    };
    Expected<ContestantStatus> contestantStatus(const TokenRecord &caller) const;

    struct ScanAccess {
        ImageSetEntry entry; ///< without ground truth; its id is contestantScanId()
        QString folder;      ///< the set's folder, for the view files
    };
    /// The contestant's open scan: only the current scan of a running round. In a round whose
    /// clocks start at join, the first request is the contestant's join: their clocks start then,
    /// if the join window is still open.
    Expected<ScanAccess> scan(const TokenRecord &caller, const QString &roundId, int scanIndex);

private:
    /// Starts the contestant's clocks in a round whose clocks start at join, if the window is open.
    Expected<void> join(EventRuntime &event, const RoundPlan &round, const QString &contestantId, double roundElapsed);

    StateContext &m_context;
    EventBook &m_events;
    const ImageSetLibrary &m_library;
};

} // namespace pen::server
