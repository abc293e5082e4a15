// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PlayDesk.h"

#include "ImageSetLibrary.h"
#include "StateChecks.h"

#include <cmath>

namespace pen::server {

using namespace checks;

namespace {

bool inRound(const EventState &state)
{
    return state.phase == EventState::Phase::Running
        || (state.phase == EventState::Phase::Paused && state.pausedPhase == EventState::Phase::Running);
}

// Where the contestant is in the round that runs, and when it ends for everybody at the latest.
void addProgress(PlayDesk::ContestantStatus &status, const EventRuntime &event, const RoundPlan &round,
                 const QString &contestantId)
{
    const double elapsed = status.state.roundElapsed;
    const ContestantProgress progress = event.progressOf(round, contestantId, elapsed);
    status.progress = progress;
    double endsBy = 0; // the last contestant's finishing time, if nobody answers any more
    for (const ContestantRecord &contestant : event.contestants) {
        endsBy = std::max(endsBy, event.progressOf(round, contestant.id, elapsed).finishesBy);
        if (!std::isfinite(endsBy))
            break; // someone without a clock to run out: the round has no end to tell, whoever else looks
    }
    if (std::isfinite(endsBy))
        status.roundEndsSecondsLeft = std::max(0.0, endsBy - elapsed);
    if (progress.currentIndex < round.scanIds.size()) {
        status.scanId = EventRuntime::contestantScanId(round, progress.currentIndex);
        if (std::isfinite(progress.deadline))
            status.scanSecondsLeft = std::max(0.0, progress.deadline - elapsed);
    }
}

} // namespace

PlayDesk::PlayDesk(StateContext &context, EventBook &events, const ImageSetLibrary &library)
    : m_context(context), m_events(events), m_library(library)
{
}

Expected<PlayDesk::ContestantStatus> PlayDesk::contestantStatus(const TokenRecord &caller) const
{
    auto access = m_events.access();
    auto found = access.contestantEvent(caller);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    ContestantStatus status;
    status.event = event.record;
    status.event.commands.clear();
    if (const ContestantRecord *contestant = event.contestant(caller.contestantId))
        status.contestant = *contestant;
    status.state = event.stateAt(m_context.now());
    const int roundIndex = status.state.roundIndex;
    if (roundIndex >= 0 && roundIndex < event.record.rounds.size()) {
        const RoundPlan &round = event.record.rounds[roundIndex];
        if (inRound(status.state))
            addProgress(status, event, round, caller.contestantId);
        status.answered = int(event.answers.value(round.id).value(caller.contestantId).size());
        status.resultsAvailable = EventRuntime::roundOver(status.state, roundIndex);
    }
    return status;
}

Expected<void> PlayDesk::join(EventRuntime &event, const RoundPlan &round, const QString &contestantId,
                              double roundElapsed)
{
    if (roundElapsed > round.settings.joinWindowSeconds) {
        return refuse(ErrorCode::TooLate,
                      QStringLiteral("round %1 could be joined in its first %2 s only; it has run %3 s")
                          .arg(round.id)
                          .arg(round.settings.joinWindowSeconds)
                          .arg(int(roundElapsed)));
    }
    const ClockStartRecord start{event.record.id, round.id, contestantId, roundElapsed};
    if (auto stored = m_context.store->insertClockStart(start); !stored)
        return stored.error();
    event.startClock(round.id, contestantId, start.playSeconds);
    m_context.changedFor(event.record.id, contestantId);
    return {};
}

Expected<PlayDesk::ScanAccess> PlayDesk::scan(const TokenRecord &caller, const QString &roundId, int scanIndex)
{
    auto access = m_events.access();
    auto found = access.contestantEvent(caller);
    if (!found)
        return found.error();
    EventRuntime &event = **found;
    const int roundIndex = roundIndexOf(event.record, roundId);
    if (roundIndex < 0)
        return refuse(ErrorCode::NotFound, QStringLiteral("no round %1 in this event").arg(roundId.left(80)));
    const EventState state = event.stateAt(m_context.now());
    if (state.roundIndex != roundIndex || state.phase != EventState::Phase::Running)
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("round %1 is not running: its scans are sent only while it runs").arg(roundId));
    const RoundPlan &round = event.record.rounds[roundIndex];
    if (event.clockStartOf(round, caller.contestantId) == ContestantProgress::NotJoined) {
        if (auto joined = join(event, round, caller.contestantId, state.roundElapsed); !joined)
            return joined.error();
    }
    const ContestantProgress progress = event.progressOf(round, caller.contestantId, state.roundElapsed);
    if (scanIndex != progress.currentIndex)
        return refuse(
            ErrorCode::Conflict,
            QStringLiteral("scan %1 is not open: the open scan is %2").arg(scanIndex).arg(progress.currentIndex));
    const std::optional<ImageSet> set = m_library.imageSet(round.imageSetId);
    const std::optional<ImageSetRecord> record = m_library.imageSetRecord(round.imageSetId);
    const ImageSetEntry *entry = set ? set->find(round.scanIds[scanIndex]) : nullptr;
    if (!entry || !record)
        return refuse(ErrorCode::NotFound, QStringLiteral("the scan's image set is missing on the server"));
    ScanAccess scanAccess{*entry, record->folder};
    scanAccess.entry.scan.truth.clear(); // ground truth never leaves the server with a scan
    scanAccess.entry.scan.id = EventRuntime::contestantScanId(round, scanIndex);
    return scanAccess;
}

} // namespace pen::server
