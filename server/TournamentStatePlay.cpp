// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// TournamentState for a contestant in play: status, progress, the open scan and its files.
#include "TournamentState.h"

#include "StateChecks.h"
#include "imageset/ImageSetFolder.h"
#include "io/ScanFileIO.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace pen::server {

using namespace checks;

QString TournamentState::contestantScanId(const RoundPlan &round, int scanIndex)
{
    return QStringLiteral("%1-scan-%2").arg(round.id).arg(scanIndex + 1);
}

bool TournamentState::roundOver(const EventState &state, int roundIndex)
{
    if (state.phase == EventState::Phase::Finished || roundIndex < state.roundIndex)
        return true;
    const bool inBreak = state.phase == EventState::Phase::Break
        || (state.phase == EventState::Phase::Paused && state.pausedPhase == EventState::Phase::Break);
    return roundIndex == state.roundIndex && inBreak;
}

QList<double> TournamentState::answeredAt(const EventRuntime &event, const RoundPlan &round,
                                          const QString &contestantId) const
{
    QList<double> times(round.scanIds.size(), ContestantProgress::NotAnswered);
    const auto answers = event.answers.value(round.id).value(contestantId);
    for (const AnswerRecord &answer : answers) {
        if (answer.scanIndex >= 0 && answer.scanIndex < times.size())
            times[answer.scanIndex] = answer.playSeconds;
    }
    return times;
}

ContestantProgress TournamentState::progressOf(const EventRuntime &event, const RoundPlan &round,
                                               const QString &contestantId, double playNow) const
{
    return progressAt(round.settings, int(round.scanIds.size()), answeredAt(event, round, contestantId), playNow,
                      clockStartOf(event, round, contestantId));
}

double TournamentState::clockStartOf(const EventRuntime &event, const RoundPlan &round, const QString &contestantId)
{
    if (round.settings.clockStart != RoundSettings::ClockStart::AtJoin)
        return 0;
    return event.clockStarts.value(round.id).value(contestantId, ContestantProgress::NotJoined);
}

Expected<TournamentState::ContestantStatus> TournamentState::contestantStatus(const TokenRecord &caller) const
{
    std::lock_guard lock(m_mutex);
    auto found = contestantEvent(caller);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    ContestantStatus status;
    status.event = event.record;
    status.event.commands.clear();
    for (const ContestantRecord &contestant : event.contestants) {
        if (contestant.id == caller.contestantId)
            status.contestant = contestant;
    }
    const double at = now();
    status.state = stateOf(event, at);
    const int roundIndex = status.state.roundIndex;
    if (roundIndex >= 0 && roundIndex < event.record.rounds.size()) {
        const RoundPlan &round = event.record.rounds[roundIndex];
        const bool inRound = status.state.phase == EventState::Phase::Running
            || (status.state.phase == EventState::Phase::Paused
                && status.state.pausedPhase == EventState::Phase::Running);
        if (inRound) {
            const ContestantProgress progress
                = progressOf(event, round, caller.contestantId, status.state.roundElapsed);
            status.progress = progress;
            double endsBy = 0; // the last contestant's finishing time, if nobody answers any more
            for (const ContestantRecord &contestant : event.contestants)
                endsBy
                    = std::max(endsBy, progressOf(event, round, contestant.id, status.state.roundElapsed).finishesBy);
            if (std::isfinite(endsBy))
                status.roundEndsSecondsLeft = std::max(0.0, endsBy - status.state.roundElapsed);
            if (progress.currentIndex < round.scanIds.size()) {
                status.scanId = contestantScanId(round, progress.currentIndex);
                if (std::isfinite(progress.deadline))
                    status.scanSecondsLeft = std::max(0.0, progress.deadline - status.state.roundElapsed);
            }
        }
        status.answered = int(event.answers.value(round.id).value(caller.contestantId).size());
        status.resultsAvailable = roundOver(status.state, roundIndex);
    }
    return status;
}

Expected<TournamentState::ScanAccess> TournamentState::scan(const TokenRecord &caller, const QString &roundId,
                                                            int scanIndex)
{
    std::lock_guard lock(m_mutex);
    auto found = contestantEvent(caller);
    if (!found)
        return found.error();
    auto &event = const_cast<EventRuntime &>(**found);
    const int roundIndex = roundIndexOf(event.record, roundId);
    if (roundIndex < 0)
        return refuse(ErrorCode::NotFound, QStringLiteral("no round %1 in this event").arg(roundId.left(80)));
    const EventState state = stateOf(event, now());
    if (state.roundIndex != roundIndex || state.phase != EventState::Phase::Running)
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("round %1 is not running: its scans are sent only while it runs").arg(roundId));
    const RoundPlan &round = event.record.rounds[roundIndex];
    if (clockStartOf(event, round, caller.contestantId) == ContestantProgress::NotJoined) {
        if (state.roundElapsed > round.settings.joinWindowSeconds) {
            return refuse(ErrorCode::TooLate,
                          QStringLiteral("round %1 could be joined in its first %2 s only; it has run %3 s")
                              .arg(roundId)
                              .arg(round.settings.joinWindowSeconds)
                              .arg(int(state.roundElapsed)));
        }
        const ClockStartRecord start{event.record.id, round.id, caller.contestantId, state.roundElapsed};
        if (auto stored = m_store->insertClockStart(start); !stored)
            return stored.error();
        event.clockStarts[round.id].insert(caller.contestantId, start.playSeconds);
        changed();
    }
    const ContestantProgress progress = progressOf(event, round, caller.contestantId, state.roundElapsed);
    if (scanIndex != progress.currentIndex)
        return refuse(
            ErrorCode::Conflict,
            QStringLiteral("scan %1 is not open: the open scan is %2").arg(scanIndex).arg(progress.currentIndex));
    const auto set = m_imageSets.constFind(round.imageSetId);
    const ImageSetEntry *entry = set == m_imageSets.cend() ? nullptr : set->find(round.scanIds[scanIndex]);
    if (!entry)
        return refuse(ErrorCode::NotFound, QStringLiteral("the scan's image set is missing on the server"));
    ScanAccess access{*entry, {}};
    access.entry.scan.truth.clear(); // ground truth never leaves the server with a scan
    access.entry.scan.id = contestantScanId(round, scanIndex);
    for (const ImageSetRecord &record : m_imageSetRecords) {
        if (record.id == round.imageSetId)
            access.folder = record.folder;
    }
    return access;
}

Expected<QStringList> TournamentState::contestantFiles(const QString &roundId, int scanIndex, const ScanAccess &access)
{
    const QDir folder(QDir(m_dataFolder).filePath(QStringLiteral("rounds/%1/scan-%2").arg(roundId).arg(scanIndex + 1)));
    QStringList files;
    for (int v = 0; v < access.entry.scan.views.size(); ++v)
        files.append(
            folder.filePath(QStringLiteral("view-%1%2").arg(v).arg(storageSuffix(access.entry.scan.views[v]))));
    const auto allThere = [&] {
        return std::all_of(files.begin(), files.end(), [](const QString &f) { return QFileInfo::exists(f); });
    };
    if (allThere())
        return files;
    std::lock_guard lock(m_copyMutex);
    if (allThere())
        return files;
    auto scan = ImageSetFolder::loadScan(access.folder, access.entry); // entry: neutral id, no truth
    if (!scan)
        return scan.error();
    if (!QDir().mkpath(folder.path()))
        return refuse(ErrorCode::Io, QStringLiteral("cannot create %1").arg(folder.path()));
    for (int v = 0; v < files.size(); ++v) {
        const QString partial = files[v] + QStringLiteral(".part");
        if (auto written = writeStoredView(*scan, v, partial); !written)
            return written.error();
        QFile::remove(files[v]);
        if (!QFile::rename(partial, files[v]))
            return refuse(ErrorCode::Io, QStringLiteral("cannot write %1").arg(files[v]));
    }
    return files;
}

} // namespace pen::server
