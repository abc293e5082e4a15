// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// EventReports for trainers' review of a round: each scan's answer, truth and outcome, and its views.
#include "EventReports.h"

#include "ImageSetLibrary.h"
#include "StateChecks.h"

namespace pen::server {

using namespace checks;

namespace {

Expected<int> roundOf(const EventRuntime &event, const QString &roundId)
{
    const int index = roundIndexOf(event.record, roundId);
    if (index < 0)
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("event %1 has no round %2").arg(event.record.id, roundId.left(80)));
    return index;
}

} // namespace

Expected<EventReports::TraineeAnswers> EventReports::traineeAnswers(const TokenRecord &caller, const QString &eventId,
                                                                    const QString &contestantId,
                                                                    const QString &roundId) const
{
    auto access = m_events.access();
    auto found = access.manageable(caller, eventId);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    const ContestantRecord *contestant = event.contestant(contestantId);
    if (!contestant)
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("event %1 has no contestant %2").arg(eventId, contestantId.left(80)));
    const auto roundIndex = roundOf(event, roundId);
    if (!roundIndex)
        return roundIndex.error();
    TraineeAnswers answers{*contestant, event.record.rounds[*roundIndex], {}};
    // The very result the scores use: the review shows what was counted, never a second scoring.
    const RoundResult result = resultOf(event, *roundIndex, contestantId, m_context.now());
    const ImageSet set = setOf(answers.round.imageSetId);
    const QMap<int, AnswerRecord> received = event.answers.value(roundId).value(contestantId);
    for (int i = 0; i < result.outcomes.size(); ++i) {
        ReviewedScan reviewed{
            {result.scanIndices[i], result.outcomes[i].scanId, result.outcomes[i], result.answers[i], {}},
            std::nullopt,
            0};
        if (const ImageSetEntry *entry = set.find(reviewed.scan.scanId)) {
            reviewed.scan.truth = entry->scan.truth;
            reviewed.viewCount = int(entry->scan.views.size());
        }
        const auto record = received.constFind(reviewed.scan.scanIndex);
        if (record != received.cend() && !reviewed.scan.answer.timedOut)
            reviewed.decision = record->decision;
        answers.scans.append(std::move(reviewed));
    }
    return answers;
}

Expected<PlayDesk::ScanAccess> EventReports::reviewScan(const TokenRecord &caller, const QString &eventId,
                                                        const QString &roundId, int scanIndex) const
{
    auto access = m_events.access();
    auto found = access.manageable(caller, eventId);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    const auto roundIndex = roundOf(event, roundId);
    if (!roundIndex)
        return roundIndex.error();
    const RoundPlan &round = event.record.rounds[*roundIndex];
    if (scanIndex < 0 || scanIndex >= round.scanIds.size())
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("round %1 has %2 scans; there is no scan %3")
                          .arg(roundId)
                          .arg(round.scanIds.size())
                          .arg(scanIndex));
    const std::optional<ImageSet> set = m_library.imageSet(round.imageSetId);
    const std::optional<ImageSetRecord> record = m_library.imageSetRecord(round.imageSetId);
    const ImageSetEntry *entry = set ? set->find(round.scanIds[scanIndex]) : nullptr;
    if (!entry || !record)
        return refuse(ErrorCode::NotFound, QStringLiteral("the scan's image set is missing on the server"));
    // As PlayDesk sends it to contestants, so that both name the same stored view files.
    PlayDesk::ScanAccess scan{*entry, record->folder};
    scan.entry.scan.truth.clear();
    scan.entry.scan.id = EventRuntime::contestantScanId(round, scanIndex);
    return scan;
}

} // namespace pen::server
