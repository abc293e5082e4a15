// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// TournamentState: opening the data folder, the events' clocks, who may manage what, the audit log.
#include "TournamentState.h"

#include "StateChecks.h"
#include "imageset/ImageSetFolder.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace pen::server {

using namespace checks;

TournamentState::TournamentState(QString dataFolder, std::unique_ptr<TournamentStore> store, Clock clock)
    : m_dataFolder(std::move(dataFolder)), m_store(std::move(store)), m_clock(std::move(clock))
{
}

Expected<std::unique_ptr<TournamentState>> TournamentState::open(const QString &dataFolder, Clock clock)
{
    QDir folder(dataFolder);
    if (!folder.mkpath(QStringLiteral("imagesets")))
        return refuse(ErrorCode::Io, QStringLiteral("%1: cannot create the data folder").arg(dataFolder));
    // A lock left by a server that was killed names a process that is gone: Qt takes it over.
    auto lock = std::make_unique<QLockFile>(folder.filePath(QStringLiteral("server.lock")));
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("%1: another server (process %2 on %3) uses this data folder")
                          .arg(dataFolder)
                          .arg(pid)
                          .arg(host.isEmpty() ? QStringLiteral("this machine") : host));
    }
    // Uploads and generations that were cut short by a crash left their files here; nothing in it
    // was adopted, and no call is in flight before the server starts.
    QDir(folder.filePath(QStringLiteral("staging"))).removeRecursively();
    if (!folder.mkpath(QStringLiteral("staging")))
        return refuse(ErrorCode::Io, QStringLiteral("%1: cannot create the data folder").arg(dataFolder));
    auto store = TournamentStore::open(folder.filePath(QStringLiteral("tournament.sqlite")));
    if (!store)
        return store.error();
    std::unique_ptr<TournamentState> state(
        new TournamentState(folder.absolutePath(), std::move(*store), std::move(clock)));
    state->m_folderLock = std::move(lock);
    if (auto loaded = state->loadContents(); !loaded)
        return loaded.error();
    state->m_writer = std::thread([raw = state.get()] { raw->writeAnswers(); });
    return state;
}

Expected<void> TournamentState::loadContents()
{
    auto contents = m_store->load();
    if (!contents)
        return contents.error();
    for (const ImageSetRecord &record : contents->imageSets) {
        auto set = ImageSetFolder::open(record.folder);
        if (!set)
            return set.error().withContext(QStringLiteral("image set %1").arg(record.name));
        m_imageSetRecords.append(record);
        m_imageSets.insert(record.id, *set);
    }
    for (const EventRecord &record : contents->events) {
        auto runtime = std::make_unique<EventRuntime>();
        runtime->record = record;
        m_events.push_back(std::move(runtime));
    }
    const auto findEvent = [this](const QString &id) -> EventRuntime * {
        for (auto &event : m_events) {
            if (event->record.id == id)
                return event.get();
        }
        return nullptr;
    };
    for (const ContestantRecord &contestant : contents->contestants) {
        if (EventRuntime *event = findEvent(contestant.eventId))
            event->contestants.append(contestant);
    }
    for (const AnswerRecord &answer : contents->answers) {
        if (EventRuntime *event = findEvent(answer.eventId)) {
            event->answers[answer.roundId][answer.contestantId].insert(answer.scanIndex, answer);
            event->answerIds[answer.contestantId].insert(answer.answerId, {answer.roundId, answer.scanIndex});
        }
    }
    for (const ClockStartRecord &start : contents->clockStarts) {
        if (EventRuntime *event = findEvent(start.eventId))
            event->clockStarts[start.roundId].insert(start.contestantId, start.playSeconds);
    }
    for (const TokenRecord &token : contents->tokens) {
        m_tokenByHash.insert(token.secretSha256, int(m_tokens.size()));
        m_tokens.append(token);
    }
    // The last sign of life: the heartbeat, or a later answer (the heartbeat may lag under load).
    qint64 lastAlive = contents->lastAliveMs;
    for (const AnswerRecord &answer : contents->answers)
        lastAlive = std::max(lastAlive, answer.receivedMs);
    resumeAfterDowntime(lastAlive);
    return {};
}

// Contestants could not play while the server was down, so the downtime does not count: a round
// that was running is paused at the last heartbeat and resumed now.
void TournamentState::resumeAfterDowntime(qint64 lastAliveMs)
{
    if (lastAliveMs <= 0)
        return;
    const double restartedAt = now();
    for (auto &event : m_events) {
        double stoppedAt = double(lastAliveMs) / 1000.0;
        if (!event->record.commands.isEmpty())
            stoppedAt = std::max(stoppedAt, event->record.commands.last().at);
        if (restartedAt <= stoppedAt)
            continue;
        const EventState state = stateOf(*event, stoppedAt);
        if (state.phase == EventState::Phase::Waiting || state.phase == EventState::Phase::Finished
            || state.phase == EventState::Phase::Paused)
            continue;
        (void)appendCommand(*event, {ClockCommand::Kind::Pause, stoppedAt});
        (void)appendCommand(*event, {ClockCommand::Kind::Resume, restartedAt});
    }
}

EventPlan TournamentState::planOf(const EventRuntime &event) const
{
    EventPlan plan;
    plan.id = event.record.id;
    plan.title = event.record.title;
    plan.rounds = event.record.rounds;
    plan.revealTruthAfterRound = event.record.revealTruth;
    return plan;
}

EventState TournamentState::stateOf(const EventRuntime &event, double at) const
{
    return eventStateAt(planOf(event), event.record.commands, at);
}

// ---------------------------------------------------------------------------------------- tokens

Expected<const TournamentState::EventRuntime *> TournamentState::manageable(const TokenRecord &caller,
                                                                            const QString &eventId) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot manage events").arg(roleName(caller.role)));
    for (const auto &event : m_events) {
        if (event->record.id != eventId)
            continue;
        if (caller.role == Role::Trainer && event->record.ownerTokenId != caller.id)
            return refuse(ErrorCode::PermissionDenied,
                          QStringLiteral("event %1 is not one of this trainer's sessions").arg(eventId));
        return event.get();
    }
    return refuse(ErrorCode::NotFound, QStringLiteral("no event %1").arg(eventId));
}

Expected<TournamentState::EventRuntime *> TournamentState::manageable(const TokenRecord &caller, const QString &eventId)
{
    auto event = std::as_const(*this).manageable(caller, eventId);
    if (!event)
        return event.error();
    return const_cast<EventRuntime *>(*event);
}

Expected<const TournamentState::EventRuntime *> TournamentState::contestantEvent(const TokenRecord &caller) const
{
    if (caller.role != Role::Contestant)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("only contestants play; this is a %1 token").arg(roleName(caller.role)));
    for (const auto &event : m_events) {
        if (event->record.id == caller.eventId)
            return event.get();
    }
    return refuse(ErrorCode::NotFound, QStringLiteral("the token's event %1 no longer exists").arg(caller.eventId));
}

Expected<void> TournamentState::audit(const TokenRecord &caller, const QString &eventId, const QString &action,
                                      const QString &detail)
{
    return m_store->appendAudit({m_clock(), caller.id, eventId, action, detail});
}

// ------------------------------------------------------------------------------------ events

TournamentState::~TournamentState()
{
    {
        std::lock_guard writeLock(m_writeMutex);
        m_stopWriting = true;
    }
    m_writeWake.notify_all();
    if (m_writer.joinable())
        m_writer.join();
}

void TournamentState::endRoundIfAllFinished(EventRuntime &event, double at)
{
    const EventState state = stateOf(event, at);
    if (state.phase != EventState::Phase::Running || state.roundIndex < 0 || event.contestants.isEmpty())
        return;
    const RoundPlan &round = event.record.rounds[state.roundIndex];
    for (const ContestantRecord &contestant : event.contestants) {
        if (!progressOf(event, round, contestant.id, state.roundElapsed).finished)
            return;
    }
    (void)appendCommand(event, {ClockCommand::Kind::EndRound, at});
}

void TournamentState::tick()
{
    std::lock_guard lock(m_mutex);
    const double at = now();
    (void)m_store->setLastAlive(m_clock());
    for (auto &event : m_events)
        endRoundIfAllFinished(*event, at);
}

// ---------------------------------------------------------------------------------- scoring

} // namespace pen::server
