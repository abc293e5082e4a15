// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// TournamentState's answer desk: checking an answer, reserving it and writing it with group commit.
#include "TournamentState.h"

#include "StateChecks.h"
#include <cmath>
#include <future>
#include <limits>

namespace pen::server {

using namespace checks;

bool TournamentState::validMark(const Mark &mark, const ImageSetEntry &entry, const ImageSet &set, QString &why) const
{
    const Region &region = mark.region;
    if (region.viewIndex < 0 || region.viewIndex >= entry.scan.views.size()) {
        why = QStringLiteral("view %1 does not exist (the scan has %2)")
                  .arg(region.viewIndex)
                  .arg(entry.scan.views.size());
        return false;
    }
    const ScanView &view = entry.scan.views[region.viewIndex];
    const QRectF box = region.box;
    if (!isFinite(box.x()) || !isFinite(box.y()) || !isFinite(box.width()) || !isFinite(box.height())) {
        why = QStringLiteral("the box has a coordinate that is not a finite number");
        return false;
    }
    if (box.width() <= 0 || box.height() <= 0 || box.left() < 0 || box.top() < 0 || box.right() > view.width
        || box.bottom() > view.height) {
        why = QStringLiteral("the box (%1, %2, %3 × %4) is not inside the %5 × %6 view")
                  .arg(box.x())
                  .arg(box.y())
                  .arg(box.width())
                  .arg(box.height())
                  .arg(view.width)
                  .arg(view.height);
        return false;
    }
    if (region.polygon.size() > MaxPolygonPoints || (region.isPolygon() && region.polygon.size() < 3)) {
        why = QStringLiteral("a polygon has 3 to %1 points").arg(MaxPolygonPoints);
        return false;
    }
    for (const QPointF &point : region.polygon) {
        if (!isFinite(point.x()) || !isFinite(point.y()) || !box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(point)) {
            why = QStringLiteral("a polygon point is not finite or lies outside its box");
            return false;
        }
    }
    if (!isFinite(mark.confidence) || mark.confidence < 0 || mark.confidence > 1) {
        why = QStringLiteral("confidence must be between 0 and 1");
        return false;
    }
    if (!mark.category.isEmpty() && !set.categories().contains(mark.category)
        && !GroundTruthObject::inconsistencyKinds().contains(mark.category)) {
        why = QStringLiteral("\"%1\" is neither a threat category nor an inconsistency kind")
                  .arg(mark.category.left(64));
        return false;
    }
    return true;
}

namespace {

// What an answer may hold, checked before any lock is taken: its decision as the desk records it.
Expected<Decision> checkSubmission(const TournamentState::Submission &submission)
{
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9_-]{8,64}$"));
    if (!validId.match(submission.answerId).hasMatch())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("answer_id: use 8 to 64 letters, digits, '-' or '_'"));
    if (submission.marks.size() > MaxMarks)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("%1 marks: at most %2 per answer").arg(submission.marks.size()).arg(MaxMarks));
    if (submission.toolUse.size() > MaxToolEntries)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("tool_use has more than %1 entries").arg(MaxToolEntries));
    for (auto it = submission.toolUse.begin(); it != submission.toolUse.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > MaxToolNameLength || it.value() < 0)
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("tool_use: names are 1 to 64 characters"));
    }
    const std::optional<Decision> sent = decisionOf(submission.decision);
    if (!sent)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("unknown decision %1").arg(submission.decision));
    if (*sent == Decision::Clear && !submission.marks.isEmpty())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("a clear decision carries no marks"));
    return *sent;
}

} // namespace

// The same answer id again: the first reply, whatever the clock says now.
std::optional<Expected<TournamentState::Admission>>
TournamentState::retryOf(const EventRuntime &event, const QString &contestantId, const Submission &submission) const
{
    const auto known = event.answerIds.value(contestantId).constFind(submission.answerId);
    if (known == event.answerIds.value(contestantId).cend())
        return std::nullopt;
    if (known->first != submission.roundId || known->second != submission.scanIndex)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("answer_id %1 was used for another scan").arg(submission.answerId));
    const AnswerRecord original = event.answers.value(known->first).value(contestantId).value(known->second);
    const Receipt receipt{true, original.receivedMs, original.answer.responseSeconds, original.scanIndex + 1};
    if (original.pendingWrite == 0)
        return Admission{receipt, {}, 0};
    return Admission{std::nullopt, receipt, original.pendingWrite}; // acknowledged once the original is on disk
}

Expected<TournamentState::Admission> TournamentState::admit(const TokenRecord &caller, const Submission &submission)
{
    const Expected<Decision> sent = checkSubmission(submission);
    if (!sent)
        return sent.error();

    std::lock_guard lock(m_mutex);
    auto found = contestantEvent(caller);
    if (!found)
        return found.error();
    auto &event = const_cast<EventRuntime &>(**found);
    const QString &contestantId = caller.contestantId;

    if (auto retry = retryOf(event, contestantId, submission))
        return *retry;

    const int roundIndex = roundIndexOf(event.record, submission.roundId);
    if (roundIndex < 0)
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("no round %1 in this event").arg(submission.roundId.left(80)));
    const qint64 receivedMs = m_clock();
    const double at = double(receivedMs) / 1000.0;
    const EventState state = stateOf(event, at);
    if (state.roundIndex > roundIndex || state.phase == EventState::Phase::Finished)
        return refuse(ErrorCode::TooLate,
                      QStringLiteral("round %1 is over; the answer came too late").arg(submission.roundId));
    if (state.roundIndex != roundIndex || state.phase != EventState::Phase::Running)
        return refuse(ErrorCode::Conflict, QStringLiteral("round %1 is not running").arg(submission.roundId));
    const RoundPlan &round = event.record.rounds[roundIndex];
    const QMap<int, AnswerRecord> &given = event.answers[round.id][contestantId];
    if (const auto previous = given.constFind(submission.scanIndex); previous != given.cend())
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("scan %1 was answered already (answer %2)")
                          .arg(submission.scanIndex)
                          .arg(previous->answerId));

    const QList<double> times = answeredAt(event, round, contestantId);
    const double clockStart = clockStartOf(event, round, contestantId);
    const auto allowed = checkAnswer(round.settings, int(round.scanIds.size()), times, submission.scanIndex,
                                     state.roundElapsed, clockStart);
    if (!allowed) {
        const auto why = answerRefusal(round.settings, int(round.scanIds.size()), times, submission.scanIndex,
                                       state.roundElapsed, clockStart);
        const bool late = why == AnswerRefusal::TimedOut || why == AnswerRefusal::RoundOver;
        return refuse(late                                   ? ErrorCode::TooLate
                          : why == AnswerRefusal::NoSuchScan ? ErrorCode::InvalidArgument
                                                             : ErrorCode::Conflict,
                      allowed.error().message);
    }
    const ContestantProgress &progress = *allowed;

    const ImageSet &set = m_imageSets[round.imageSetId];
    const ImageSetEntry *entry = set.find(round.scanIds[submission.scanIndex]);
    if (!entry)
        return refuse(ErrorCode::NotFound, QStringLiteral("the scan's image set is missing on the server"));
    for (int i = 0; i < submission.marks.size(); ++i) {
        QString why;
        if (!validMark(submission.marks[i], *entry, set, why))
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("mark %1: %2").arg(i).arg(why));
    }

    AnswerRecord record;
    record.eventId = event.record.id;
    record.roundId = round.id;
    record.contestantId = contestantId;
    record.scanIndex = submission.scanIndex;
    record.answerId = submission.answerId;
    record.tokenId = caller.id;
    record.receivedMs = receivedMs;
    record.playSeconds = state.roundElapsed;
    record.decision = *sent != Decision::FromMarks ? *sent
        : submission.marks.isEmpty()               ? Decision::Clear
                                                   : Decision::Suspect;
    record.answer.scanId = entry->scan.id;
    record.answer.marks = submission.marks;
    record.answer.toolUse = submission.toolUse;
    record.answer.responseSeconds = std::max(0.0, state.roundElapsed - progress.shownAt);
    // Reserved now, so that a retry or a team mate sees it; written by the writer thread.
    record.pendingWrite = ++m_lastTicket;
    event.answers[round.id][contestantId].insert(record.scanIndex, record);
    event.answerIds[contestantId].insert(record.answerId, {round.id, record.scanIndex});
    {
        std::lock_guard writeLock(m_writeMutex);
        m_writeQueue.append(record);
    }
    return Admission{std::nullopt, Receipt{false, receivedMs, record.answer.responseSeconds, record.scanIndex + 1},
                     record.pendingWrite};
}

void TournamentState::submitAsync(const TokenRecord &caller, const Submission &submission, SubmitDone done)
{
    auto admission = admit(caller, submission);
    if (!admission) {
        done(admission.error());
        return;
    }
    if (admission->ready) {
        done(*admission->ready);
        return;
    }
    {
        std::lock_guard writeLock(m_writeMutex);
        m_waiters.append({admission->ticket, admission->receipt, std::move(done)});
    }
    m_writeWake.notify_one();
}

Expected<TournamentState::Receipt> TournamentState::submit(const TokenRecord &caller, const Submission &submission)
{
    std::promise<Expected<Receipt>> promise;
    auto result = promise.get_future();
    submitAsync(caller, submission, [&promise](Expected<Receipt> receipt) { promise.set_value(std::move(receipt)); });
    return result.get();
}

// The writer thread: whatever answers are waiting go to disk in one transaction; then their
// waiters are acknowledged (or told the write failed, and the answers are taken back).
void TournamentState::writeAnswers()
{
    while (true) {
        QList<AnswerRecord> batch;
        QList<Waiter> waiters;
        {
            std::unique_lock writeLock(m_writeMutex);
            m_writeWake.wait(writeLock,
                             [this] { return m_stopWriting || !m_writeQueue.isEmpty() || !m_waiters.isEmpty(); });
            if (m_stopWriting && m_writeQueue.isEmpty() && m_waiters.isEmpty())
                return;
            batch.swap(m_writeQueue);
            waiters.swap(m_waiters);
        }
        const Expected<void> stored = batch.isEmpty() ? Expected<void>() : m_store->insertAnswers(batch);
        QList<Waiter> later;
        std::vector<std::pair<Waiter, Expected<Receipt>>> answered;
        {
            std::lock_guard lock(m_mutex);
            QSet<EventRuntime *> touched;
            for (const AnswerRecord &record : batch) {
                for (auto &event : m_events) {
                    if (event->record.id != record.eventId)
                        continue;
                    auto &given = event->answers[record.roundId][record.contestantId];
                    if (stored) {
                        given[record.scanIndex].pendingWrite = 0;
                    } else {
                        given.remove(record.scanIndex);
                        event->answerIds[record.contestantId].remove(record.answerId);
                        m_failedTickets.insert(record.pendingWrite);
                    }
                    touched.insert(event.get());
                }
                m_durableTicket = std::max(m_durableTicket, record.pendingWrite);
            }
            // Once per event of the batch, not once per answer: it walks the contestants.
            const double at = now();
            for (EventRuntime *event : std::as_const(touched))
                endRoundIfAllFinished(*event, at);
            if (!batch.isEmpty())
                changed();
            for (Waiter &waiter : waiters) {
                if (waiter.ticket > m_durableTicket) {
                    later.append(std::move(waiter)); // its answer is in the next batch
                } else if (m_failedTickets.contains(waiter.ticket)) {
                    answered.push_back({std::move(waiter),
                                        refuse(ErrorCode::Io,
                                               QStringLiteral("the answer could not be stored: %1")
                                                   .arg(stored ? QStringLiteral("an earlier write failed")
                                                               : stored.error().message))});
                } else {
                    Receipt receipt = waiter.receipt;
                    answered.push_back({std::move(waiter), receipt});
                }
            }
        }
        for (auto &[waiter, result] : answered)
            waiter.done(std::move(result));
        if (!later.isEmpty()) {
            std::lock_guard writeLock(m_writeMutex);
            m_waiters = later + m_waiters;
        }
    }
}

} // namespace pen::server
