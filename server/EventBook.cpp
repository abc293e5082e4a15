// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// EventBook: the events' lock and lookups, opening, and the clock commands.
#include "EventBook.h"

#include "StateChecks.h"

namespace pen::server {

using namespace checks;

EventBook::EventBook(StateContext &context, ImageSetLibrary &library) : m_context(context), m_library(library) {}

Expected<EventRuntime *> EventBook::Access::manageable(const TokenRecord &caller, const QString &eventId) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot manage events").arg(roleName(caller.role)));
    for (const auto &event : m_book.m_events) {
        if (event->record.id != eventId)
            continue;
        if (caller.role == Role::Trainer && event->record.ownerTokenId != caller.id)
            return refuse(ErrorCode::PermissionDenied,
                          QStringLiteral("event %1 is not one of this trainer's sessions").arg(eventId));
        return event.get();
    }
    return refuse(ErrorCode::NotFound, QStringLiteral("no event %1").arg(eventId));
}

Expected<EventRuntime *> EventBook::Access::contestantEvent(const TokenRecord &caller) const
{
    if (caller.role != Role::Contestant)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("only contestants play; this is a %1 token").arg(roleName(caller.role)));
    for (const auto &event : m_book.m_events) {
        if (event->record.id == caller.eventId)
            return event.get();
    }
    return refuse(ErrorCode::NotFound, QStringLiteral("the token's event %1 no longer exists").arg(caller.eventId));
}

Expected<void> EventBook::Access::appendCommand(EventRuntime &event, ClockCommand command) const
{
    if (auto stored
        = m_book.m_context.store->appendClockCommand(event.record.id, int(event.record.commands.size()), command);
        !stored)
        return stored;
    event.record.commands.append(command);
    m_book.m_context.changed();
    return {};
}

void EventBook::Access::endRoundIfAllFinished(EventRuntime &event, double at) const
{
    if (event.allFinishedAt(at))
        (void)appendCommand(event, {ClockCommand::Kind::EndRound, at});
}

void EventBook::load(const TournamentStore::Contents &contents)
{
    std::lock_guard lock(m_mutex);
    QHash<QString, EventRuntime *> byId;
    for (const EventRecord &record : contents.events) {
        auto runtime = std::make_unique<EventRuntime>();
        runtime->record = record;
        byId.insert(record.id, runtime.get());
        m_events.push_back(std::move(runtime));
    }
    for (const ContestantRecord &contestant : contents.contestants) {
        if (EventRuntime *event = byId.value(contestant.eventId))
            event->contestants.append(contestant);
    }
    for (const AnswerRecord &answer : contents.answers) {
        if (EventRuntime *event = byId.value(answer.eventId))
            event->addAnswer(answer);
    }
    for (const ClockStartRecord &start : contents.clockStarts) {
        if (EventRuntime *event = byId.value(start.eventId))
            event->startClock(start.roundId, start.contestantId, start.playSeconds);
    }
}

void EventBook::resumeAfterDowntime(qint64 lastAliveMs)
{
    if (lastAliveMs <= 0)
        return;
    const double restartedAt = m_context.now();
    auto access = this->access();
    for (const auto &event : access.all()) {
        double stoppedAt = double(lastAliveMs) / 1000.0;
        if (!event->record.commands.isEmpty())
            stoppedAt = std::max(stoppedAt, event->record.commands.last().at);
        if (restartedAt <= stoppedAt)
            continue;
        const EventState state = event->stateAt(stoppedAt);
        if (state.phase == EventState::Phase::Waiting || state.phase == EventState::Phase::Finished
            || state.phase == EventState::Phase::Paused)
            continue;
        (void)access.appendCommand(*event, {ClockCommand::Kind::Pause, stoppedAt});
        (void)access.appendCommand(*event, {ClockCommand::Kind::Resume, restartedAt});
    }
}

void EventBook::tick()
{
    auto access = this->access();
    const double at = m_context.now();
    for (const auto &event : access.all())
        access.endRoundIfAllFinished(*event, at);
}

Expected<EventState> EventBook::control(const TokenRecord &caller, const QString &eventId, ClockCommand::Kind action)
{
    auto access = this->access();
    auto event = access.manageable(caller, eventId);
    if (!event)
        return event.error();
    EventRuntime &runtime = **event;
    const ClockCommand command{action, m_context.now()};
    if (action == ClockCommand::Kind::Start) {
        if (runtime.record.rounds.isEmpty())
            return refuse(ErrorCode::Conflict, QStringLiteral("event %1 has no rounds").arg(eventId));
        if (runtime.contestants.isEmpty())
            return refuse(ErrorCode::Conflict, QStringLiteral("event %1 has no contestants").arg(eventId));
    }
    if (auto valid = validateCommand(runtime.plan(), runtime.record.commands, command); !valid)
        return refuse(ErrorCode::Conflict, valid.error().message);
    if (auto appended = access.appendCommand(runtime, command); !appended)
        return appended.error();
    (void)m_context.audit(caller, eventId, clockCommandKey(action), {});
    return runtime.stateAt(command.at);
}

} // namespace pen::server
