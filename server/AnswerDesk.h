// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventBook.h"
#include "StateContext.h"
#include "model/Answer.h"

#include <QMap>
#include <QSet>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace pen::server {

class ImageSetLibrary;

/// Takes contestants' answers: checks each against the clock and the rules of play, reserves it
/// in its event at once (so that a retry or a team mate sees it), and writes it from a writer
/// thread with group commit. A contestant is acknowledged only for an answer on disk, and no lock
/// is held across a sync. Lock order: the events' lock, then this desk's own.
class AnswerDesk {
public:
    AnswerDesk(StateContext &context, EventBook &events, ImageSetLibrary &library);
    ~AnswerDesk();

    struct Submission {
        QString answerId;
        QString roundId;
        int scanIndex = 0;
        qint64 decision = 0; ///< as sent (pen.v1.Decision), checked by admit
        QList<Mark> marks;
        QMap<QString, int> toolUse;
    };
    struct Receipt {
        bool duplicate = false;
        qint64 receivedMs = 0;
        double responseSeconds = 0;
        int nextScanIndex = 0;
    };
    using SubmitDone = std::function<void(Expected<Receipt>)>;
    /// Checks an answer and reserves it at once; done is called, from the writer thread, once it
    /// is on disk. Answers waiting together are written in one transaction with one sync. A
    /// refusal or a retry of a stored answer calls done before returning.
    void submitAsync(const TokenRecord &caller, const Submission &submission, SubmitDone done);
    /// The same, waiting for the result.
    Expected<Receipt> submit(const TokenRecord &caller, const Submission &submission);

private:
    struct Admission {
        std::optional<Receipt> ready; ///< a refusal or a retry of a stored answer needs no write
        Receipt receipt;              ///< otherwise: the receipt once ticket is on disk
        quint64 ticket = 0;
    };
    struct Waiter {
        quint64 ticket = 0;
        Receipt receipt;
        SubmitDone done;
    };
    Expected<Admission> admit(const TokenRecord &caller, const Submission &submission);
    /// A submission whose answer id the contestant used before: the first reply (or a refusal if
    /// it was for another scan); none for a new answer id.
    static std::optional<Expected<Admission>> retryOf(const EventRuntime &event, const QString &contestantId,
                                                      const Submission &submission);
    /// Gives the answer its ticket and queues it for the writer (under the events' lock).
    quint64 reserve(AnswerRecord record);
    void writeAnswers();
    /// After a write: the answers of the batch are durable (or taken back); rounds may end.
    void settle(const QList<AnswerRecord> &batch, bool stored);
    /// The waiters whose answers are settled, with their results; the others go back to wait.
    std::vector<std::pair<Waiter, Expected<Receipt>>>
    answerable(QList<Waiter> waiters, const QList<AnswerRecord> &batch, const Expected<void> &stored);

    StateContext &m_context;
    EventBook &m_events;
    ImageSetLibrary &m_library;

    std::mutex m_mutex; ///< after the events' lock when both are held
    std::condition_variable m_wake;
    QList<AnswerRecord> m_queue;
    QList<Waiter> m_waiters;
    quint64 m_lastTicket = 0;
    quint64 m_durableTicket = 0; ///< every ticket up to it is on disk or failed
    QSet<quint64> m_failedTickets;
    bool m_stopWriting = false;
    std::thread m_writer;
};

} // namespace pen::server
