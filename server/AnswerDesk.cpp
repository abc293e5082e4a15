// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// AnswerDesk: admitting an answer, reserving it, and the writer thread with group commit.
#include "AnswerDesk.h"

#include "ImageSetLibrary.h"
#include "StateChecks.h"

#include <QRegularExpression>

#include <future>

namespace pen::server {

using namespace checks;

namespace {

// What an answer may hold, checked before any lock is taken: its decision as the desk records it.
Expected<Decision> checkSubmission(const AnswerDesk::Submission &submission)
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

// Why answering now is refused, as the client is told it.
Error answerRefused(const RoundPlan &round, const QList<double> &times, int scanIndex, double elapsed,
                    double clockStart, const QString &message)
{
    const auto why = answerRefusal(round.settings, int(round.scanIds.size()), times, scanIndex, elapsed, clockStart);
    const bool late = why == AnswerRefusal::TimedOut || why == AnswerRefusal::RoundOver;
    return refuse(late                                   ? ErrorCode::TooLate
                      : why == AnswerRefusal::NoSuchScan ? ErrorCode::InvalidArgument
                                                         : ErrorCode::Conflict,
                  message);
}

} // namespace

AnswerDesk::AnswerDesk(StateContext &context, EventBook &events, ImageSetLibrary &library)
    : m_context(context), m_events(events), m_library(library)
{
    m_writer = std::thread([this] { writeAnswers(); });
}

AnswerDesk::~AnswerDesk()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopWriting = true;
    }
    m_wake.notify_all();
    if (m_writer.joinable())
        m_writer.join();
}

// The same answer id again: the first reply, whatever the clock says now.
std::optional<Expected<AnswerDesk::Admission>>
AnswerDesk::retryOf(const EventRuntime &event, const QString &contestantId, const Submission &submission)
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

Expected<AnswerDesk::Admission> AnswerDesk::admit(const TokenRecord &caller, const Submission &submission)
{
    const Expected<Decision> sent = checkSubmission(submission);
    if (!sent)
        return sent.error();

    auto access = m_events.access();
    auto found = access.contestantEvent(caller);
    if (!found)
        return found.error();
    EventRuntime &event = **found;
    const QString &contestantId = caller.contestantId;
    if (auto retry = retryOf(event, contestantId, submission))
        return *retry;

    const int roundIndex = roundIndexOf(event.record, submission.roundId);
    if (roundIndex < 0)
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("no round %1 in this event").arg(submission.roundId.left(80)));
    const qint64 receivedMs = m_context.clock();
    const EventState state = event.stateAt(double(receivedMs) / 1000.0);
    if (state.roundIndex > roundIndex || state.phase == EventState::Phase::Finished)
        return refuse(ErrorCode::TooLate,
                      QStringLiteral("round %1 is over; the answer came too late").arg(submission.roundId));
    if (state.roundIndex != roundIndex || state.phase != EventState::Phase::Running)
        return refuse(ErrorCode::Conflict, QStringLiteral("round %1 is not running").arg(submission.roundId));
    const RoundPlan &round = event.record.rounds[roundIndex];
    const QMap<int, AnswerRecord> given = event.answers.value(round.id).value(contestantId);
    if (const auto previous = given.constFind(submission.scanIndex); previous != given.cend())
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("scan %1 was answered already (answer %2)")
                          .arg(submission.scanIndex)
                          .arg(previous->answerId));

    const QList<double> times = event.answeredAt(round, contestantId);
    const double clockStart = event.clockStartOf(round, contestantId);
    const auto allowed = checkAnswer(round.settings, int(round.scanIds.size()), times, submission.scanIndex,
                                     state.roundElapsed, clockStart);
    if (!allowed)
        return answerRefused(round, times, submission.scanIndex, state.roundElapsed, clockStart,
                             allowed.error().message);

    const ImageSet set = m_library.imageSet(round.imageSetId).value_or(ImageSet());
    const ImageSetEntry *entry = set.find(round.scanIds[submission.scanIndex]);
    if (!entry)
        return refuse(ErrorCode::NotFound, QStringLiteral("the scan's image set is missing on the server"));
    for (int i = 0; i < submission.marks.size(); ++i) {
        if (auto valid = checkMark(submission.marks[i], *entry, set); !valid)
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("mark %1: %2").arg(i).arg(valid.error().message));
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
    record.answer.responseSeconds = std::max(0.0, state.roundElapsed - allowed->shownAt);
    // Reserved now, so that a retry or a team mate sees it; written by the writer thread.
    record.pendingWrite = reserve(record);
    event.addAnswer(record);
    return Admission{std::nullopt, Receipt{false, receivedMs, record.answer.responseSeconds, record.scanIndex + 1},
                     record.pendingWrite};
}

quint64 AnswerDesk::reserve(AnswerRecord record)
{
    std::lock_guard lock(m_mutex);
    record.pendingWrite = ++m_lastTicket;
    m_queue.append(record);
    return record.pendingWrite;
}

void AnswerDesk::submitAsync(const TokenRecord &caller, const Submission &submission, SubmitDone done)
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
        std::lock_guard lock(m_mutex);
        m_waiters.append({admission->ticket, admission->receipt, std::move(done)});
    }
    m_wake.notify_one();
}

Expected<AnswerDesk::Receipt> AnswerDesk::submit(const TokenRecord &caller, const Submission &submission)
{
    std::promise<Expected<Receipt>> promise;
    auto result = promise.get_future();
    submitAsync(caller, submission, [&promise](Expected<Receipt> receipt) { promise.set_value(std::move(receipt)); });
    return result.get();
}

// The writer thread: whatever answers are waiting go to disk in one transaction; then their
// waiters are acknowledged (or told the write failed, and the answers are taken back).
void AnswerDesk::writeAnswers()
{
    while (true) {
        QList<AnswerRecord> batch;
        QList<Waiter> waiters;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopWriting || !m_queue.isEmpty() || !m_waiters.isEmpty(); });
            if (m_stopWriting && m_queue.isEmpty() && m_waiters.isEmpty())
                return;
            batch.swap(m_queue);
            waiters.swap(m_waiters);
        }
        const Expected<void> stored = batch.isEmpty() ? Expected<void>() : m_context.store->insertAnswers(batch);
        settle(batch, bool(stored));
        for (auto &[waiter, result] : answerable(std::move(waiters), batch, stored))
            waiter.done(std::move(result));
    }
}

void AnswerDesk::settle(const QList<AnswerRecord> &batch, bool stored)
{
    if (batch.isEmpty())
        return;
    auto access = m_events.access();
    QSet<EventRuntime *> touched;
    for (const AnswerRecord &record : batch) {
        for (const auto &event : access.all()) {
            if (event->record.id != record.eventId)
                continue;
            if (stored)
                event->answers[record.roundId][record.contestantId][record.scanIndex].pendingWrite = 0;
            else
                event->dropAnswer(record);
            touched.insert(event.get());
        }
    }
    // Once per event of the batch, not once per answer: it walks the contestants.
    const double at = m_context.now();
    for (EventRuntime *event : std::as_const(touched))
        access.endRoundIfAllFinished(*event, at);
    // An answer changes its contestant's state and the event's boards; the others' only by their
    // clocks (a round that ends for all is a change of its own, above).
    for (const AnswerRecord &record : batch)
        m_context.changedFor(record.eventId, record.contestantId);
}

std::vector<std::pair<AnswerDesk::Waiter, Expected<AnswerDesk::Receipt>>>
AnswerDesk::answerable(QList<Waiter> waiters, const QList<AnswerRecord> &batch, const Expected<void> &stored)
{
    std::lock_guard lock(m_mutex);
    for (const AnswerRecord &record : batch) {
        if (!stored)
            m_failedTickets.insert(record.pendingWrite);
        m_durableTicket = std::max(m_durableTicket, record.pendingWrite);
    }
    std::vector<std::pair<Waiter, Expected<Receipt>>> answered;
    QList<Waiter> later;
    for (Waiter &waiter : waiters) {
        if (waiter.ticket > m_durableTicket) {
            later.append(std::move(waiter)); // its answer is in the next batch
        } else if (m_failedTickets.contains(waiter.ticket)) {
            const QString why = stored ? QStringLiteral("an earlier write failed") : stored.error().message;
            answered.push_back({std::move(waiter),
                                refuse(ErrorCode::Io, QStringLiteral("the answer could not be stored: %1").arg(why))});
        } else {
            const Receipt receipt = waiter.receipt;
            answered.push_back({std::move(waiter), receipt});
        }
    }
    m_waiters = later + m_waiters;
    return answered;
}

} // namespace pen::server
