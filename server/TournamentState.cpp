// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// TournamentState: opening the data folder and the parts, and the heartbeat.
#include "TournamentState.h"

#include "StateChecks.h"

#include <QDir>

namespace pen::server {

using namespace checks;

TournamentState::TournamentState(QString dataFolder, std::unique_ptr<TournamentStore> store, Clock clock)
    : m_dataFolder(std::move(dataFolder)), m_context(std::move(store), std::move(clock)), m_tokens(m_context),
      m_library(m_context, m_dataFolder), m_events(m_context, m_library), m_play(m_context, m_events, m_library),
      m_reports(m_context, m_events, m_library, m_tokens)
{
}

TournamentState::~TournamentState() = default;

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
    state->m_answers = std::make_unique<AnswerDesk>(state->m_context, state->m_events, state->m_library);
    return state;
}

Expected<void> TournamentState::loadContents()
{
    auto contents = m_context.store->load();
    if (!contents)
        return contents.error();
    if (auto sets = m_library.load(contents->imageSets); !sets)
        return sets;
    m_events.load(*contents);
    m_tokens.load(contents->tokens);
    // The last sign of life: the heartbeat, or a later answer (the heartbeat may lag under load).
    qint64 lastAlive = contents->lastAliveMs;
    for (const AnswerRecord &answer : contents->answers)
        lastAlive = std::max(lastAlive, answer.receivedMs);
    m_events.resumeAfterDowntime(lastAlive);
    return {};
}

void TournamentState::tick()
{
    (void)m_context.store->setLastAlive(m_context.clock());
    m_events.tick();
}

} // namespace pen::server
