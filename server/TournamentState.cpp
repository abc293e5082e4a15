// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentState.h"
#include "tournament/ScanDraw.h"

#include "auth/TokenSecrets.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"
#include "io/ScanFileIO.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <future>
#include <limits>

namespace pen::server {
namespace {

constexpr int MaxTextLength = 200;
constexpr int MaxMarks = 64;
constexpr int MaxPolygonPoints = 256;
constexpr int MaxToolEntries = 64;
constexpr int MaxSecondsSetting = 7 * 24 * 3600;

Error refuse(ErrorCode code, const QString &message)
{
    return makeError(code, message);
}

/// Characters that reorder the text around them (bidirectional embeddings, overrides and isolates):
/// in a name they make "Team North" display as something else on every leaderboard.
bool isDirectionControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
}

/// Names, titles and labels: present, not too long, no control or direction-control characters.
Expected<void> checkText(const QString &what, const QString &text, bool required = true)
{
    if (required && text.trimmed().isEmpty())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 is empty").arg(what));
    if (text.size() > MaxTextLength)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 is %2 characters long; at most %3 are allowed")
                                                      .arg(what).arg(text.size()).arg(MaxTextLength));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 contains a control character").arg(what));
        if (isDirectionControl(c))
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("%1 contains a text-direction control character (U+%2)").arg(what).arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
    }
    return {};
}

bool isFinite(double value)
{
    return std::isfinite(value);
}

int roundIndexOf(const EventRecord &event, const QString &roundId)
{
    for (int i = 0; i < event.rounds.size(); ++i) {
        if (event.rounds[i].id == roundId)
            return i;
    }
    return -1;
}

/// A text cell as spreadsheets read it safely: a cell that starts like a formula (= + - @, or a
/// tab or carriage return before one) is prefixed with an apostrophe so that it stays text.
QString csvField(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QString verdictName(ScanOutcome::Verdict verdict)
{
    switch (verdict) {
    case ScanOutcome::Verdict::Hit: return QStringLiteral("hit");
    case ScanOutcome::Verdict::Miss: return QStringLiteral("miss");
    case ScanOutcome::Verdict::FalseAlarm: return QStringLiteral("false-alarm");
    case ScanOutcome::Verdict::CorrectRejection: return QStringLiteral("correct-rejection");
    }
    return {};
}

} // namespace

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
        return refuse(ErrorCode::Conflict, QStringLiteral("%1: another server (process %2 on %3) uses this data folder")
                                               .arg(dataFolder).arg(pid).arg(host.isEmpty() ? QStringLiteral("this machine") : host));
    }
    // Uploads and generations that were cut short by a crash left their files here; nothing in it
    // was adopted, and no call is in flight before the server starts.
    QDir(folder.filePath(QStringLiteral("staging"))).removeRecursively();
    if (!folder.mkpath(QStringLiteral("staging")))
        return refuse(ErrorCode::Io, QStringLiteral("%1: cannot create the data folder").arg(dataFolder));
    auto store = TournamentStore::open(folder.filePath(QStringLiteral("tournament.sqlite")));
    if (!store)
        return store.error();
    std::unique_ptr<TournamentState> state(new TournamentState(folder.absolutePath(), std::move(*store), std::move(clock)));
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
        if (state.phase == EventState::Phase::Waiting || state.phase == EventState::Phase::Finished ||
            state.phase == EventState::Phase::Paused)
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

Expected<TokenRecord> TournamentState::authenticate(const QString &secret) const
{
    if (secret.isEmpty())
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("no token: send \"authorization: Bearer <token>\""));
    if (secret.size() > 256)
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("the token is not one this server issued"));
    std::lock_guard lock(m_mutex);
    const auto found = m_tokenByHash.constFind(TokenSecrets::hashOf(secret));
    if (found == m_tokenByHash.cend())
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("the token is not one this server issued"));
    const TokenRecord &token = m_tokens[*found];
    if (token.revoked)
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("token %1 was revoked").arg(token.id));
    return token;
}

Expected<TournamentState::IssuedToken> TournamentState::issueBootstrapHostToken(const QString &label, bool force)
{
    std::lock_guard lock(m_mutex);
    if (!force) {
        for (const TokenRecord &token : m_tokens) {
            if (token.role == Role::Host && !token.revoked)
                return refuse(ErrorCode::AlreadyExists, QStringLiteral("a host token exists already (%1); hosts issue further tokens").arg(token.id));
        }
    }
    if (auto checked = checkText(QStringLiteral("the label"), label); !checked)
        return checked.error();
    IssuedToken issued;
    issued.secret = TokenSecrets::generateSecret();
    issued.record = {TokenSecrets::generateId(QStringLiteral("tok")), TokenSecrets::hashOf(issued.secret), Role::Host, {}, {}, label, false, m_clock(), {}};
    if (auto stored = m_store->insertToken(issued.record); !stored)
        return stored.error();
    if (auto audited = m_store->appendAudit({m_clock(), issued.record.id, {}, QStringLiteral("bootstrap-host-token"), label}); !audited)
        return audited.error();
    m_tokenByHash.insert(issued.record.secretSha256, int(m_tokens.size()));
    m_tokens.append(issued.record);
    changed();
    return issued;
}

Expected<TournamentState::IssuedToken> TournamentState::issueToken(const TokenRecord &caller, Role role, const QString &eventId,
                                                                   const QString &contestantId, const QString &label,
                                                                   const QString &member)
{
    std::lock_guard lock(m_mutex);
    TokenRecord record{TokenSecrets::generateId(QStringLiteral("tok")), {}, role, {}, {}, label, false, m_clock(), member};
    if (role == Role::Contestant) {
        auto event = manageable(caller, eventId);
        if (!event)
            return event.error();
        const auto &contestants = (*event)->contestants;
        const auto contestant = std::find_if(contestants.begin(), contestants.end(),
                                             [&](const ContestantRecord &c) { return c.id == contestantId; });
        if (contestant == contestants.end())
            return refuse(ErrorCode::NotFound, QStringLiteral("event %1 has no contestant %2").arg(eventId, contestantId));
        if (!member.isEmpty() && !contestant->members.contains(member)) {
            return refuse(ErrorCode::InvalidArgument, contestant->members.isEmpty()
                ? QStringLiteral("%1 plays alone: their token is for no member").arg(contestant->name)
                : QStringLiteral("\"%1\" is not a member of %2 (%3)").arg(member.left(80), contestant->name, contestant->members.join(QStringLiteral(", "))));
        }
        record.eventId = eventId;
        record.contestantId = contestantId;
    } else if (!member.isEmpty()) {
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("only a team's contestant token is for a member"));
    } else if (role == Role::Host || role == Role::Trainer || role == Role::Vendor) {
        if (caller.role != Role::Host)
            return refuse(ErrorCode::PermissionDenied, QStringLiteral("only a host issues %1 tokens").arg(roleName(role)));
        if (!eventId.isEmpty() || !contestantId.isEmpty())
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 tokens belong to no event or contestant").arg(roleName(role)));
    } else {
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("unknown role %1").arg(int(role)));
    }
    if (auto checked = checkText(QStringLiteral("the label"), label); !checked)
        return checked.error();
    IssuedToken issued;
    issued.secret = TokenSecrets::generateSecret();
    record.secretSha256 = TokenSecrets::hashOf(issued.secret);
    issued.record = record;
    if (auto stored = m_store->insertToken(record); !stored)
        return stored.error();
    if (auto audited = audit(caller, record.eventId, QStringLiteral("issue-token"),
                             QStringLiteral("%1 %2 %3 %4%5").arg(record.id, roleName(role), contestantId, label,
                                                                           member.isEmpty() ? QString() : QStringLiteral(" (member %1)").arg(member)));
        !audited)
        return audited.error();
    m_tokenByHash.insert(record.secretSha256, int(m_tokens.size()));
    m_tokens.append(record);
    changed();
    return issued;
}

Expected<void> TournamentState::revokeToken(const TokenRecord &caller, const QString &tokenId)
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("a %1 token cannot revoke tokens").arg(roleName(caller.role)));
    std::lock_guard lock(m_mutex);
    for (TokenRecord &token : m_tokens) {
        if (token.id != tokenId)
            continue;
        if (caller.role != Role::Host) {
            if (token.role != Role::Contestant)
                return refuse(ErrorCode::PermissionDenied, QStringLiteral("only a host revokes %1 tokens").arg(roleName(token.role)));
            if (auto event = manageable(caller, token.eventId); !event)
                return event.error();
        }
        if (token.revoked)
            return {};
        if (auto stored = m_store->revokeToken(tokenId); !stored)
            return stored;
        if (auto audited = audit(caller, token.eventId, QStringLiteral("revoke-token"), tokenId); !audited)
            return audited;
        token.revoked = true;
        changed();
        return {};
    }
    return refuse(ErrorCode::NotFound, QStringLiteral("no token %1").arg(tokenId));
}

Expected<QList<TokenRecord>> TournamentState::tokens(const TokenRecord &caller, const QString &eventId) const
{
    std::lock_guard lock(m_mutex);
    if (caller.role != Role::Host) {
        if (auto event = manageable(caller, eventId); !event)
            return event.error();
    }
    QList<TokenRecord> list;
    for (const TokenRecord &token : m_tokens) {
        if (eventId.isEmpty() || token.eventId == eventId)
            list.append(token);
    }
    return list;
}

// ------------------------------------------------------------------------------ permissions

Expected<const TournamentState::EventRuntime *> TournamentState::manageable(const TokenRecord &caller, const QString &eventId) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("a %1 token cannot manage events").arg(roleName(caller.role)));
    for (const auto &event : m_events) {
        if (event->record.id != eventId)
            continue;
        if (caller.role == Role::Trainer && event->record.ownerTokenId != caller.id)
            return refuse(ErrorCode::PermissionDenied, QStringLiteral("event %1 is not one of this trainer's sessions").arg(eventId));
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
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("only contestants play; this is a %1 token").arg(roleName(caller.role)));
    for (const auto &event : m_events) {
        if (event->record.id == caller.eventId)
            return event.get();
    }
    return refuse(ErrorCode::NotFound, QStringLiteral("the token's event %1 no longer exists").arg(caller.eventId));
}

Expected<void> TournamentState::audit(const TokenRecord &caller, const QString &eventId, const QString &action, const QString &detail)
{
    return m_store->appendAudit({m_clock(), caller.id, eventId, action, detail});
}

// ------------------------------------------------------------------------------------ events

Expected<EventRecord> TournamentState::createEvent(const TokenRecord &caller, const QString &title, bool practice, bool revealTruth)
{
    std::lock_guard lock(m_mutex);
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("a %1 token cannot create events").arg(roleName(caller.role)));
    if (caller.role == Role::Trainer && !practice)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("trainers create practice sessions; tournaments are created by a host"));
    if (auto checked = checkText(QStringLiteral("the title"), title); !checked)
        return checked.error();
    EventRecord record{TokenSecrets::generateId(QStringLiteral("event")), title, practice, revealTruth, caller.id, m_clock(), {}, {}};
    if (auto stored = m_store->insertEvent(record); !stored)
        return stored.error();
    if (auto audited = audit(caller, record.id, QStringLiteral("create-event"), title); !audited)
        return audited.error();
    auto runtime = std::make_unique<EventRuntime>();
    runtime->record = record;
    m_events.push_back(std::move(runtime));
    changed();
    return record;
}

Expected<QList<TournamentState::EventOverview>> TournamentState::events(const TokenRecord &caller) const
{
    std::lock_guard lock(m_mutex);
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("a %1 token cannot list events").arg(roleName(caller.role)));
    QList<EventOverview> list;
    const double at = now();
    for (const auto &event : m_events) {
        if (caller.role == Role::Trainer && event->record.ownerTokenId != caller.id)
            continue;
        list.append({event->record, stateOf(*event, at), event->contestants});
    }
    return list;
}

Expected<TournamentState::EventOverview> TournamentState::event(const TokenRecord &caller, const QString &eventId) const
{
    std::lock_guard lock(m_mutex);
    auto event = manageable(caller, eventId);
    if (!event)
        return event.error();
    EventOverview overview{(*event)->record, stateOf(**event, now()), (*event)->contestants};
    const EventState &state = overview.state;
    const bool inRound = state.phase == EventState::Phase::Running
                      || (state.phase == EventState::Phase::Paused && state.pausedPhase == EventState::Phase::Running);
    for (const ContestantRecord &contestant : overview.contestants) {
        RoundProgress progress;
        if (inRound && state.roundIndex >= 0 && state.roundIndex < overview.event.rounds.size()) {
            const RoundPlan &round = overview.event.rounds[state.roundIndex];
            const ContestantProgress where = progressOf(**event, round, contestant.id, state.roundElapsed);
            progress = {int(where.ended.size()), int(round.scanIds.size()), where.finished};
        }
        overview.progress.append(progress);
    }
    return overview;
}

Expected<void> TournamentState::checkNewImageSet(const TokenRecord &caller, const QString &name) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("a %1 token cannot add image sets").arg(roleName(caller.role)));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!validName.match(name).hasMatch())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("image set name \"%1\": use 1 to 64 letters, digits, '-' or '_'").arg(name.left(80)));
    std::lock_guard lock(m_mutex);
    for (const ImageSetRecord &record : m_imageSetRecords) {
        if (record.name == name)
            return refuse(ErrorCode::AlreadyExists, QStringLiteral("an image set named %1 exists already (%2)").arg(name, record.id));
    }
    return {};
}

Expected<ImageSetRecord> TournamentState::addImageSet(const TokenRecord &caller, const QString &name, const QString &stagingFolder,
                                                      const Adoption &adoption)
{
    if (auto allowed = checkNewImageSet(caller, name); !allowed)
        return allowed.error();
    const auto wanted = [&] { return !adoption.stillWanted || adoption.stillWanted(); };
    const QString cancelled = QStringLiteral("the call was cancelled; image set %1 was not stored").arg(name);
    // The full check decodes every file: slow, so it runs before taking the lock.
    auto set = ImageSetFolder::open(stagingFolder, ImageSetFolder::Check::Full);
    if (!set)
        return set.error().withContext(QStringLiteral("image set %1").arg(name));
    if (!set->groundTruthIncluded)
        return refuse(ErrorCode::Validation, QStringLiteral("image set %1 has no ground truth: the server needs it to score").arg(name));
    auto manifestHash = sha256OfFile(QDir(stagingFolder).filePath(ImageSet::ManifestFileName));
    if (!manifestHash)
        return manifestHash.error();
    if (!wanted())
        return refuse(ErrorCode::Conflict, cancelled);

    std::lock_guard lock(m_mutex);
    if (auto allowed = checkNewImageSet(caller, name); !allowed)
        return allowed.error();
    if (!wanted())
        return refuse(ErrorCode::Conflict, cancelled);
    ImageSetRecord record{TokenSecrets::generateId(QStringLiteral("set")), name, {}, *manifestHash, m_clock(), caller.id, {}};
    record.folder = QDir(m_dataFolder).filePath(QStringLiteral("imagesets/") + record.id);
    if (!QDir().rename(stagingFolder, record.folder))
        return refuse(ErrorCode::Io, QStringLiteral("cannot move the uploaded set into %1").arg(record.folder));
    if (auto stored = m_store->insertImageSet(record); !stored) {
        QDir().rename(record.folder, stagingFolder);
        return stored.error();
    }
    QString detail = QStringLiteral("%1 %2 (%3 scans)").arg(record.id, name).arg(set->entries.size());
    if (!adoption.auditDetail.isEmpty())
        detail += QLatin1Char(' ') + adoption.auditDetail;
    (void)audit(caller, {}, adoption.auditAction, detail);
    m_imageSetRecords.append(record);
    m_imageSets.insert(record.id, *set);
    changed();
    return record;
}

Expected<QList<ImageSetRecord>> TournamentState::imageSets(const TokenRecord &caller) const
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("a %1 token cannot list image sets").arg(roleName(caller.role)));
    std::lock_guard lock(m_mutex);
    QList<ImageSetRecord> usable;
    for (const ImageSetRecord &record : m_imageSetRecords) {
        if (record.usableBy(caller.id, caller.role == Role::Host))
            usable.append(record);
    }
    return usable;
}

Expected<ImageSetRecord> TournamentState::shareImageSet(const TokenRecord &caller, const QString &imageSetId, const QString &trainerTokenId,
                                                        bool shared)
{
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("only hosts share image sets"));
    std::lock_guard lock(m_mutex);
    const auto record = std::find_if(m_imageSetRecords.begin(), m_imageSetRecords.end(),
                                     [&](const ImageSetRecord &set) { return set.id == imageSetId; });
    if (record == m_imageSetRecords.end())
        return refuse(ErrorCode::NotFound, QStringLiteral("no image set %1").arg(imageSetId.left(80)));
    const QString with = trainerTokenId.isEmpty() ? ImageSetRecord::EveryTrainer : trainerTokenId;
    if (with != ImageSetRecord::EveryTrainer) {
        const auto token = std::find_if(m_tokens.cbegin(), m_tokens.cend(), [&](const TokenRecord &t) { return t.id == with; });
        if (token == m_tokens.cend())
            return refuse(ErrorCode::NotFound, QStringLiteral("no token %1").arg(with.left(80)));
        if (token->role != Role::Trainer)
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("token %1 is a %2 token; sets are shared with trainers").arg(with, roleName(token->role)));
    }
    if (record->sharedWith.contains(with) == shared)
        return *record;
    if (auto stored = m_store->setImageSetShare(record->id, with, shared); !stored)
        return stored.error();
    if (shared)
        record->sharedWith.append(with);
    else
        record->sharedWith.removeAll(with);
    const QString whom = with == ImageSetRecord::EveryTrainer ? QStringLiteral("every trainer") : with;
    (void)audit(caller, {}, shared ? QStringLiteral("share-image-set") : QStringLiteral("unshare-image-set"),
                QStringLiteral("%1 %2 with %3").arg(record->id, record->name, whom));
    changed();
    return *record;
}

std::optional<ImageSetRecord> TournamentState::imageSetRecord(const QString &imageSetId) const
{
    std::lock_guard lock(m_mutex);
    for (const ImageSetRecord &record : m_imageSetRecords) {
        if (record.id == imageSetId)
            return record;
    }
    return std::nullopt;
}

Expected<void> TournamentState::auditAction(const TokenRecord &caller, const QString &eventId, const QString &action, const QString &detail)
{
    std::lock_guard lock(m_mutex);
    return audit(caller, eventId, action, detail);
}

std::optional<ImageSet> TournamentState::imageSet(const QString &imageSetId) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_imageSets.constFind(imageSetId);
    if (found == m_imageSets.cend())
        return std::nullopt;
    return *found;
}

Expected<RoundPlan> TournamentState::addRound(const TokenRecord &caller, const RoundRequest &request)
{
    std::lock_guard lock(m_mutex);
    auto event = manageable(caller, request.eventId);
    if (!event)
        return event.error();
    EventRuntime &runtime = **event;
    if (stateOf(runtime, now()).phase != EventState::Phase::Waiting)
        return refuse(ErrorCode::Conflict, QStringLiteral("event %1 has started; rounds are added before the start").arg(request.eventId));
    if (auto checked = checkText(QStringLiteral("the round title"), request.title); !checked)
        return checked.error();
    const auto set = m_imageSets.constFind(request.imageSetId);
    const auto record = std::find_if(m_imageSetRecords.cbegin(), m_imageSetRecords.cend(),
                                     [&](const ImageSetRecord &r) { return r.id == request.imageSetId; });
    // A set the caller may not use reads as one that does not exist: its name is no one's business.
    if (set == m_imageSets.cend() || record == m_imageSetRecords.cend() || !record->usableBy(caller.id, caller.role == Role::Host))
        return refuse(ErrorCode::NotFound, QStringLiteral("no image set %1").arg(request.imageSetId.left(80)));
    if (request.countdownSeconds < 0 || request.countdownSeconds > 3600)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("countdown of %1 s: use 0 to 3600").arg(request.countdownSeconds));
    if (request.breakSecondsAfter < 0 || request.breakSecondsAfter > MaxSecondsSetting)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("break of %1 s: use 0 to %2").arg(request.breakSecondsAfter).arg(MaxSecondsSetting));
    if (request.scanIds.size() > 100000)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("too many scan ids"));

    RoundPlan plan;
    plan.id = TokenSecrets::generateId(QStringLiteral("round"));
    plan.title = request.title;
    plan.imageSetId = request.imageSetId;
    plan.countdownSeconds = request.countdownSeconds;
    plan.breakSecondsAfter = request.breakSecondsAfter;
    if (request.settingsJson.trimmed().isEmpty()) {
        plan.settings = set->round.value_or(RoundSettings::defaultsFor(RoundType::FindTheThreat));
    } else {
        if (request.settingsJson.size() > 64 * 1024)
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("the round settings are larger than 64 KiB"));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.settingsJson.toUtf8(), &parseError);
        if (!document.isObject())
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("round settings: not a JSON object (%1)").arg(parseError.errorString()));
        auto settings = RoundSettings::fromJson(document.object());
        if (!settings)
            return settings.error().withContext(QStringLiteral("round settings"));
        plan.settings = *settings;
    }
    if (plan.settings.secondsPerScan < 0 || plan.settings.roundSeconds < 0 || plan.settings.secondsPerScan > MaxSecondsSetting ||
        plan.settings.roundSeconds > MaxSecondsSetting)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("round settings: clocks must be 0 to %1 s").arg(MaxSecondsSetting));
    if (request.drawScans < 0 || (request.drawScans > 0 && !request.scanIds.isEmpty()))
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("draw a number of scans, or list them, not both"));
    if (request.scanIds.isEmpty()) {
        for (const ImageSetEntry &entry : set->entries)
            plan.scanIds.append(entry.scan.id);
        if (request.drawScans > 0) {
            if (request.drawScans > plan.scanIds.size())
                return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 scans to draw, but image set %2 has %3")
                                                              .arg(request.drawScans).arg(request.imageSetId).arg(plan.scanIds.size()));
            plan.scanIds = drawScans(plan.scanIds, request.drawScans, request.drawSeed);
        }
    } else {
        for (const QString &scanId : request.scanIds) {
            if (!set->find(scanId))
                return refuse(ErrorCode::NotFound, QStringLiteral("image set %1 has no scan %2").arg(request.imageSetId, scanId.left(80)));
            if (plan.scanIds.contains(scanId))
                return refuse(ErrorCode::InvalidArgument, QStringLiteral("scan %1 is listed twice").arg(scanId));
            plan.scanIds.append(scanId);
        }
    }
    if (plan.scanIds.isEmpty())
        return refuse(ErrorCode::Validation, QStringLiteral("image set %1 has no scans").arg(request.imageSetId));
    const int position = int(runtime.record.rounds.size());
    if (auto stored = m_store->insertRound(runtime.record.id, position, plan); !stored)
        return stored.error();
    (void)audit(caller, runtime.record.id, QStringLiteral("add-round"),
                QStringLiteral("%1 \"%2\" %3 scans of %4").arg(plan.id, plan.title).arg(plan.scanIds.size()).arg(plan.imageSetId));
    runtime.record.rounds.append(plan);
    changed();
    return plan;
}

Expected<ContestantRecord> TournamentState::addContestant(const TokenRecord &caller, const QString &eventId, const QString &name,
                                                          const QStringList &members)
{
    std::lock_guard lock(m_mutex);
    auto event = manageable(caller, eventId);
    if (!event)
        return event.error();
    if (auto checked = checkText(QStringLiteral("the contestant's name"), name); !checked)
        return checked.error();
    if (!members.isEmpty() && members.size() != 2)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("a team has two members, not %1").arg(members.size()));
    for (const QString &member : members) {
        if (auto checked = checkText(QStringLiteral("a member's name"), member); !checked)
            return checked.error();
    }
    for (const ContestantRecord &existing : (*event)->contestants) {
        if (existing.name == name)
            return refuse(ErrorCode::AlreadyExists, QStringLiteral("event %1 has a contestant named %2 already").arg(eventId, name));
    }
    ContestantRecord record{TokenSecrets::generateId(QStringLiteral("contestant")), eventId, name, members};
    if (auto stored = m_store->insertContestant(record); !stored)
        return stored.error();
    (void)audit(caller, eventId, QStringLiteral("add-contestant"), QStringLiteral("%1 %2").arg(record.id, name));
    (*event)->contestants.append(record);
    changed();
    return record;
}

Expected<void> TournamentState::appendCommand(EventRuntime &event, ClockCommand command)
{
    if (auto stored = m_store->appendClockCommand(event.record.id, int(event.record.commands.size()), command); !stored)
        return stored;
    event.record.commands.append(command);
    changed();
    return {};
}

Expected<EventState> TournamentState::control(const TokenRecord &caller, const QString &eventId, ClockCommand::Kind action)
{
    std::lock_guard lock(m_mutex);
    auto event = manageable(caller, eventId);
    if (!event)
        return event.error();
    EventRuntime &runtime = **event;
    const ClockCommand command{action, now()};
    if (action == ClockCommand::Kind::Start) {
        if (runtime.record.rounds.isEmpty())
            return refuse(ErrorCode::Conflict, QStringLiteral("event %1 has no rounds").arg(eventId));
        if (runtime.contestants.isEmpty())
            return refuse(ErrorCode::Conflict, QStringLiteral("event %1 has no contestants").arg(eventId));
    }
    if (auto valid = validateCommand(planOf(runtime), runtime.record.commands, command); !valid)
        return refuse(ErrorCode::Conflict, valid.error().message);
    if (auto appended = appendCommand(runtime, command); !appended)
        return appended.error();
    (void)audit(caller, eventId, clockCommandKey(action), {});
    return stateOf(runtime, command.at);
}

// ------------------------------------------------------------------------------- contestants

// Scan ids of a set may say what is in them ("parcel-cocaine"): contestants see a neutral one.
QString TournamentState::contestantScanId(const RoundPlan &round, int scanIndex)
{
    return QStringLiteral("%1-scan-%2").arg(round.id).arg(scanIndex + 1);
}

bool TournamentState::roundOver(const EventState &state, int roundIndex)
{
    if (state.phase == EventState::Phase::Finished || roundIndex < state.roundIndex)
        return true;
    const bool inBreak = state.phase == EventState::Phase::Break ||
                         (state.phase == EventState::Phase::Paused && state.pausedPhase == EventState::Phase::Break);
    return roundIndex == state.roundIndex && inBreak;
}

QList<double> TournamentState::answeredAt(const EventRuntime &event, const RoundPlan &round, const QString &contestantId) const
{
    QList<double> times(round.scanIds.size(), ContestantProgress::NotAnswered);
    const auto answers = event.answers.value(round.id).value(contestantId);
    for (const AnswerRecord &answer : answers) {
        if (answer.scanIndex >= 0 && answer.scanIndex < times.size())
            times[answer.scanIndex] = answer.playSeconds;
    }
    return times;
}

ContestantProgress TournamentState::progressOf(const EventRuntime &event, const RoundPlan &round, const QString &contestantId,
                                               double playNow) const
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
        const bool inRound = status.state.phase == EventState::Phase::Running ||
                             (status.state.phase == EventState::Phase::Paused && status.state.pausedPhase == EventState::Phase::Running);
        if (inRound) {
            const ContestantProgress progress = progressOf(event, round, caller.contestantId, status.state.roundElapsed);
            status.progress = progress;
            double endsBy = 0;  // the last contestant's finishing time, if nobody answers any more
            for (const ContestantRecord &contestant : event.contestants)
                endsBy = std::max(endsBy, progressOf(event, round, contestant.id, status.state.roundElapsed).finishesBy);
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

Expected<TournamentState::ScanAccess> TournamentState::scan(const TokenRecord &caller, const QString &roundId, int scanIndex)
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
        return refuse(ErrorCode::Conflict, QStringLiteral("round %1 is not running: its scans are sent only while it runs").arg(roundId));
    const RoundPlan &round = event.record.rounds[roundIndex];
    if (clockStartOf(event, round, caller.contestantId) == ContestantProgress::NotJoined) {
        if (state.roundElapsed > round.settings.joinWindowSeconds) {
            return refuse(ErrorCode::TooLate, QStringLiteral("round %1 could be joined in its first %2 s only; it has run %3 s")
                                                  .arg(roundId).arg(round.settings.joinWindowSeconds).arg(int(state.roundElapsed)));
        }
        const ClockStartRecord start{event.record.id, round.id, caller.contestantId, state.roundElapsed};
        if (auto stored = m_store->insertClockStart(start); !stored)
            return stored.error();
        event.clockStarts[round.id].insert(caller.contestantId, start.playSeconds);
        changed();
    }
    const ContestantProgress progress = progressOf(event, round, caller.contestantId, state.roundElapsed);
    if (scanIndex != progress.currentIndex)
        return refuse(ErrorCode::Conflict, QStringLiteral("scan %1 is not open: the open scan is %2").arg(scanIndex).arg(progress.currentIndex));
    const auto set = m_imageSets.constFind(round.imageSetId);
    const ImageSetEntry *entry = set == m_imageSets.cend() ? nullptr : set->find(round.scanIds[scanIndex]);
    if (!entry)
        return refuse(ErrorCode::NotFound, QStringLiteral("the scan's image set is missing on the server"));
    ScanAccess access{*entry, {}};
    access.entry.scan.truth.clear();  // ground truth never leaves the server with a scan
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
        files.append(folder.filePath(QStringLiteral("view-%1%2").arg(v).arg(storageSuffix(access.entry.scan.views[v]))));
    const auto allThere = [&] { return std::all_of(files.begin(), files.end(), [](const QString &f) { return QFileInfo::exists(f); }); };
    if (allThere())
        return files;
    std::lock_guard lock(m_copyMutex);
    if (allThere())
        return files;
    auto scan = ImageSetFolder::loadScan(access.folder, access.entry);  // entry: neutral id, no truth
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

bool TournamentState::validMark(const Mark &mark, const ImageSetEntry &entry, const ImageSet &set, QString &why) const
{
    const Region &region = mark.region;
    if (region.viewIndex < 0 || region.viewIndex >= entry.scan.views.size()) {
        why = QStringLiteral("view %1 does not exist (the scan has %2)").arg(region.viewIndex).arg(entry.scan.views.size());
        return false;
    }
    const ScanView &view = entry.scan.views[region.viewIndex];
    const QRectF box = region.box;
    if (!isFinite(box.x()) || !isFinite(box.y()) || !isFinite(box.width()) || !isFinite(box.height())) {
        why = QStringLiteral("the box has a coordinate that is not a finite number");
        return false;
    }
    if (box.width() <= 0 || box.height() <= 0 || box.left() < 0 || box.top() < 0 || box.right() > view.width ||
        box.bottom() > view.height) {
        why = QStringLiteral("the box (%1, %2, %3 × %4) is not inside the %5 × %6 view")
                  .arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height()).arg(view.width).arg(view.height);
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
    if (!mark.category.isEmpty() && !set.categories().contains(mark.category) &&
        !GroundTruthObject::inconsistencyKinds().contains(mark.category)) {
        why = QStringLiteral("\"%1\" is neither a threat category nor an inconsistency kind").arg(mark.category.left(64));
        return false;
    }
    return true;
}

Expected<TournamentState::Admission> TournamentState::admit(const TokenRecord &caller, const Submission &submission)
{
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9_-]{8,64}$"));
    if (!validId.match(submission.answerId).hasMatch())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("answer_id: use 8 to 64 letters, digits, '-' or '_'"));
    if (submission.marks.size() > MaxMarks)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 marks: at most %2 per answer").arg(submission.marks.size()).arg(MaxMarks));
    if (submission.toolUse.size() > MaxToolEntries)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("tool_use has more than %1 entries").arg(MaxToolEntries));
    for (auto it = submission.toolUse.begin(); it != submission.toolUse.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > 64 || it.value() < 0)
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("tool_use: names are 1 to 64 characters"));
    }
    if (submission.decision < 0 || submission.decision > 2)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("unknown decision %1").arg(submission.decision));
    if (submission.decision == 1 && !submission.marks.isEmpty())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("a clear decision carries no marks"));

    std::lock_guard lock(m_mutex);
    auto found = contestantEvent(caller);
    if (!found)
        return found.error();
    auto &event = const_cast<EventRuntime &>(**found);
    const QString &contestantId = caller.contestantId;

    // The same answer id again: the first reply, whatever the clock says now.
    const auto known = event.answerIds.value(contestantId).constFind(submission.answerId);
    if (known != event.answerIds.value(contestantId).cend()) {
        if (known->first != submission.roundId || known->second != submission.scanIndex)
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("answer_id %1 was used for another scan").arg(submission.answerId));
        const AnswerRecord &original = event.answers[known->first][contestantId][known->second];
        const Receipt receipt{true, original.receivedMs, original.answer.responseSeconds, original.scanIndex + 1};
        if (original.pendingWrite == 0)
            return Admission{receipt, {}, 0};
        return Admission{std::nullopt, receipt, original.pendingWrite};  // acknowledged once the original is on disk
    }

    const int roundIndex = roundIndexOf(event.record, submission.roundId);
    if (roundIndex < 0)
        return refuse(ErrorCode::NotFound, QStringLiteral("no round %1 in this event").arg(submission.roundId.left(80)));
    const qint64 receivedMs = m_clock();
    const double at = double(receivedMs) / 1000.0;
    const EventState state = stateOf(event, at);
    if (state.roundIndex > roundIndex || state.phase == EventState::Phase::Finished)
        return refuse(ErrorCode::TooLate, QStringLiteral("round %1 is over; the answer came too late").arg(submission.roundId));
    if (state.roundIndex != roundIndex || state.phase != EventState::Phase::Running)
        return refuse(ErrorCode::Conflict, QStringLiteral("round %1 is not running").arg(submission.roundId));
    const RoundPlan &round = event.record.rounds[roundIndex];
    const QMap<int, AnswerRecord> &given = event.answers[round.id][contestantId];
    if (const auto previous = given.constFind(submission.scanIndex); previous != given.cend())
        return refuse(ErrorCode::Conflict, QStringLiteral("scan %1 was answered already (answer %2)").arg(submission.scanIndex).arg(previous->answerId));

    const QList<double> times = answeredAt(event, round, contestantId);
    const double clockStart = clockStartOf(event, round, contestantId);
    const auto allowed = checkAnswer(round.settings, int(round.scanIds.size()), times, submission.scanIndex, state.roundElapsed, clockStart);
    if (!allowed) {
        const auto why = answerRefusal(round.settings, int(round.scanIds.size()), times, submission.scanIndex, state.roundElapsed, clockStart);
        const bool late = why == AnswerRefusal::TimedOut || why == AnswerRefusal::RoundOver;
        return refuse(late ? ErrorCode::TooLate : why == AnswerRefusal::NoSuchScan ? ErrorCode::InvalidArgument : ErrorCode::Conflict,
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
    record.decision = submission.decision != 0 ? submission.decision : (submission.marks.isEmpty() ? 1 : 2);
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
    return Admission{std::nullopt, Receipt{false, receivedMs, record.answer.responseSeconds, record.scanIndex + 1}, record.pendingWrite};
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
            m_writeWake.wait(writeLock, [this] { return m_stopWriting || !m_writeQueue.isEmpty() || !m_waiters.isEmpty(); });
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
                    later.append(std::move(waiter));  // its answer is in the next batch
                } else if (m_failedTickets.contains(waiter.ticket)) {
                    answered.push_back({std::move(waiter), refuse(ErrorCode::Io, QStringLiteral("the answer could not be stored: %1")
                                                                                      .arg(stored ? QStringLiteral("an earlier write failed") : stored.error().message))});
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

RoundResult TournamentState::resultOf(const EventRuntime &event, int roundIndex, const QString &contestantId, double at) const
{
    const RoundPlan &round = event.record.rounds[roundIndex];
    QList<RecordedAnswer> counted;
    for (const AnswerRecord &answer : event.answers.value(round.id).value(contestantId))
        counted.append({round.id, contestantId, answer.scanIndex, answer.answerId, answer.playSeconds, answer.answer});
    const bool ended = roundOver(stateOf(event, at), roundIndex);
    const double playNow = std::max(0.0, roundPlayTimeAt(planOf(event), event.record.commands, roundIndex, at));
    return RoundResult::from(round, m_imageSets.value(round.imageSetId), counted, playNow, ended,
                             clockStartOf(event, round, contestantId));
}

QList<MemberScore> TournamentState::memberScores(const EventRuntime &event, const ContestantRecord &team,
                                                 const QList<std::pair<int, RoundResult>> &results,
                                                 const QHash<QString, QString> &memberOfToken)
{
    QHash<QString, RoundResult> shares;
    for (const auto &[roundIndex, result] : results) {
        const auto answers = event.answers.value(event.record.rounds[roundIndex].id).value(team.id);
        for (int i = 0; i < result.scanIndices.size(); ++i) {
            const auto answer = answers.constFind(result.scanIndices[i]);
            if (answer == answers.cend() || result.answers[i].timedOut)
                continue;
            const QString member = memberOfToken.value(answer->tokenId);
            if (member.isEmpty())
                continue;  // from a console the team shares
            RoundResult &share = shares[member];
            share.scanIndices.append(result.scanIndices[i]);
            share.answers.append(result.answers[i]);
            share.outcomes.append(result.outcomes[i]);
        }
    }
    QList<MemberScore> scores;
    for (const QString &member : team.members) {
        const RoundResult share = shares.value(member);
        scores.append({member, RoundScore::from(share.outcomes, share.answers)});
    }
    return scores;
}

QList<Standing> TournamentState::standings(const EventRuntime &event, const QString &roundId) const
{
    const double at = now();
    QList<RoundEntry> entries;
    QHash<QString, QList<std::pair<int, RoundResult>>> teamResults;  // contestant id → (round, result)
    for (int r = 0; r < event.record.rounds.size(); ++r) {
        const QString &id = event.record.rounds[r].id;
        if (!roundId.isEmpty() && id != roundId)
            continue;
        for (const ContestantRecord &contestant : event.contestants) {
            entries.append({event.record.id, id, contestant.id, contestant.name, resultOf(event, r, contestant.id, at)});
            if (!contestant.members.isEmpty())
                teamResults[contestant.id].append({r, entries.last().result});
        }
    }
    QList<Standing> ranked = roundId.isEmpty() ? rankEvent(entries, event.record.id) : rankRound(entries, event.record.id, roundId);
    if (teamResults.isEmpty())
        return ranked;
    // Once per board, not per team: the leaderboard streams compute it on every change.
    QHash<QString, QString> memberOfToken;  // token id → member, for members' own tokens
    for (const TokenRecord &token : m_tokens) {
        if (!token.member.isEmpty() && teamResults.contains(token.contestantId))
            memberOfToken.insert(token.id, token.member);
    }
    QHash<QString, const ContestantRecord *> teams;
    for (const ContestantRecord &contestant : event.contestants) {
        if (!contestant.members.isEmpty())
            teams.insert(contestant.id, &contestant);
    }
    for (Standing &standing : ranked) {
        if (const ContestantRecord *team = teams.value(standing.contestantId))
            standing.members = memberScores(event, *team, teamResults.value(standing.contestantId), memberOfToken);
    }
    return ranked;
}

Expected<QList<Standing>> TournamentState::leaderboard(const TokenRecord &caller, const QString &eventId, const QString &roundId) const
{
    std::lock_guard lock(m_mutex);
    auto event = manageable(caller, eventId);
    if (!event)
        return event.error();
    if (!roundId.isEmpty() && roundIndexOf((*event)->record, roundId) < 0)
        return refuse(ErrorCode::NotFound, QStringLiteral("no round %1 in event %2").arg(roundId.left(80), eventId));
    return standings(**event, roundId);
}

Expected<TournamentState::ContestantResults> TournamentState::results(const TokenRecord &caller, const QString &roundId) const
{
    std::lock_guard lock(m_mutex);
    auto found = contestantEvent(caller);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    const double at = now();
    const EventState state = stateOf(event, at);
    // Practice sessions that give feedback after each scan show each scan's result once it is
    // over, while the round goes on; otherwise results come when the round is over.
    const auto isOver = [&](int index) {
        return (event.record.feedbackAfterEachScan(index) && index <= state.roundIndex) || roundOver(state, index);
    };
    QList<int> rounds;
    if (roundId.isEmpty()) {
        for (int r = 0; r < event.record.rounds.size(); ++r) {
            if (isOver(r))
                rounds.append(r);
        }
    } else {
        const int index = roundIndexOf(event.record, roundId);
        if (index < 0)
            return refuse(ErrorCode::NotFound, QStringLiteral("no round %1 in this event").arg(roundId.left(80)));
        if (!isOver(index))
            return refuse(ErrorCode::Conflict, QStringLiteral("round %1 is not over; results come after it").arg(roundId));
        rounds.append(index);
    }
    ContestantResults results;
    QList<RoundResult> roundResults;
    for (int r : rounds) {
        const RoundPlan &round = event.record.rounds[r];
        const RoundResult result = resultOf(event, r, caller.contestantId, at);
        const ImageSet set = m_imageSets.value(round.imageSetId);
        for (int i = 0; i < result.outcomes.size(); ++i) {
            ScanResult scan{result.scanIndices[i], result.outcomes[i].scanId, result.outcomes[i], result.answers[i], {}};
            if (event.record.revealTruth) {
                if (const ImageSetEntry *entry = set.find(scan.scanId))
                    scan.truth = entry->scan.truth;
            } else {
                // The set's own ids may name what a scan holds (an imported dataset's file names):
                // without the truth, results name the scan as the round did.
                scan.scanId = contestantScanId(round, scan.scanIndex);
                scan.outcome.scanId = scan.scanId;
                scan.answer.scanId = scan.scanId;
            }
            results.scans.append(scan);
        }
        roundResults.append(result);
    }
    results.score = RoundResult::combined(roundResults).score;
    // Rank among the event's contestants, without telling who the others are.
    const QList<Standing> table = standings(event, roundId);
    for (const Standing &standing : table) {
        if (standing.contestantId == caller.contestantId)
            results.rank = standing.rank;
    }
    // At the end of the event everybody's standing is told, as a tournament's final table.
    if (roundId.isEmpty() && state.phase == EventState::Phase::Finished)
        results.finalStandings = table;
    return results;
}

Expected<QList<TournamentState::ScoredAnswer>> TournamentState::scoredAnswers(const TokenRecord &caller, const QString &eventId) const
{
    std::lock_guard lock(m_mutex);
    auto found = manageable(caller, eventId);
    if (!found)
        return found.error();
    const EventRuntime &event = **found;
    const double at = now();
    QList<ScoredAnswer> scored;
    for (int r = 0; r < event.record.rounds.size(); ++r) {
        const RoundPlan &round = event.record.rounds[r];
        for (const ContestantRecord &contestant : event.contestants) {
            const RoundResult result = resultOf(event, r, contestant.id, at);
            const QMap<int, AnswerRecord> given = event.answers.value(round.id).value(contestant.id);
            for (int i = 0; i < result.outcomes.size(); ++i)
                scored.append({round, contestant, result.scanIndices[i], result.outcomes[i], result.answers[i], given.value(result.scanIndices[i])});
        }
    }
    return scored;
}

Expected<QByteArray> TournamentState::exportCsv(const TokenRecord &caller, const QString &eventId) const
{
    auto scored = scoredAnswers(caller, eventId);
    if (!scored)
        return scored.error();
    QString csv = QStringLiteral("round,contestant,scan_index,scan_id,verdict,marks,objects_hit,objects_missed,false_alarm_marks,"
                                 "points,response_seconds,timed_out,answer_id,received_ms\n");
    for (const ScoredAnswer &row : *scored) {
        const ScanOutcome &outcome = row.outcome;
        const Answer &answer = row.answer;
        csv += QStringList{csvField(row.round.title), csvField(row.contestant.name), QString::number(row.scanIndex),
                           csvField(outcome.scanId), verdictName(outcome.verdict), QString::number(answer.marks.size()),
                           QString::number(outcome.hitObjects.size()), QString::number(outcome.missedObjects.size()),
                           QString::number(outcome.falseAlarmMarks.size()), QString::number(outcome.points, 'f', 2),
                           QString::number(answer.responseSeconds, 'f', 3), answer.timedOut ? QStringLiteral("1") : QStringLiteral("0"),
                           csvField(row.record.answerId), row.record.receivedMs ? QString::number(row.record.receivedMs) : QString()}
                   .join(QLatin1Char(','));
        csv += QLatin1Char('\n');
    }
    return csv.toUtf8();
}

Expected<QList<AuditRecord>> TournamentState::auditLog(const TokenRecord &caller, const QString &eventId)
{
    std::lock_guard lock(m_mutex);
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("only hosts read the audit log"));
    return m_store->auditLog(eventId);
}

} // namespace pen::server
