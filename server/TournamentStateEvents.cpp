// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// TournamentState's events, rounds, contestants and clock commands.
#include "TournamentState.h"

#include "StateChecks.h"
#include "auth/TokenSecrets.h"
#include "tournament/ScanDraw.h"

#include <QJsonDocument>

#include <cmath>

namespace pen::server {

using namespace checks;

Expected<EventRecord> TournamentState::createEvent(const TokenRecord &caller, const QString &title, bool practice,
                                                   bool revealTruth)
{
    std::lock_guard lock(m_mutex);
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot create events").arg(roleName(caller.role)));
    if (caller.role == Role::Trainer && !practice)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("trainers create practice sessions; tournaments are created by a host"));
    if (auto checked = checkText(QStringLiteral("the title"), title); !checked)
        return checked.error();
    EventRecord record{
        TokenSecrets::generateId(QStringLiteral("event")), title, practice, revealTruth, caller.id, m_clock(), {}, {}};
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
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot list events").arg(roleName(caller.role)));
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

Expected<RoundPlan> TournamentState::addRound(const TokenRecord &caller, const RoundRequest &request)
{
    std::lock_guard lock(m_mutex);
    auto event = manageable(caller, request.eventId);
    if (!event)
        return event.error();
    EventRuntime &runtime = **event;
    if (stateOf(runtime, now()).phase != EventState::Phase::Waiting)
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("event %1 has started; rounds are added before the start").arg(request.eventId));
    if (auto checked = checkText(QStringLiteral("the round title"), request.title); !checked)
        return checked.error();
    const auto set = m_imageSets.constFind(request.imageSetId);
    const auto record = std::find_if(m_imageSetRecords.cbegin(), m_imageSetRecords.cend(),
                                     [&](const ImageSetRecord &r) { return r.id == request.imageSetId; });
    // A set the caller may not use reads as one that does not exist: its name is no one's business.
    if (set == m_imageSets.cend() || record == m_imageSetRecords.cend()
        || !record->usableBy(caller.id, caller.role == Role::Host))
        return refuse(ErrorCode::NotFound, QStringLiteral("no image set %1").arg(request.imageSetId.left(80)));
    if (request.countdownSeconds < 0 || request.countdownSeconds > 3600)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("countdown of %1 s: use 0 to 3600").arg(request.countdownSeconds));
    if (request.breakSecondsAfter < 0 || request.breakSecondsAfter > MaxSecondsSetting)
        return refuse(
            ErrorCode::InvalidArgument,
            QStringLiteral("break of %1 s: use 0 to %2").arg(request.breakSecondsAfter).arg(MaxSecondsSetting));
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
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("round settings: not a JSON object (%1)").arg(parseError.errorString()));
        auto settings = RoundSettings::fromJson(document.object());
        if (!settings)
            return settings.error().withContext(QStringLiteral("round settings"));
        plan.settings = *settings;
    }
    if (plan.settings.secondsPerScan < 0 || plan.settings.roundSeconds < 0
        || plan.settings.secondsPerScan > MaxSecondsSetting || plan.settings.roundSeconds > MaxSecondsSetting)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("round settings: clocks must be 0 to %1 s").arg(MaxSecondsSetting));
    if (request.drawScans < 0 || (request.drawScans > 0 && !request.scanIds.isEmpty()))
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("draw a number of scans, or list them, not both"));
    if (request.scanIds.isEmpty()) {
        for (const ImageSetEntry &entry : set->entries)
            plan.scanIds.append(entry.scan.id);
        if (request.drawScans > 0) {
            if (request.drawScans > plan.scanIds.size())
                return refuse(ErrorCode::InvalidArgument,
                              QStringLiteral("%1 scans to draw, but image set %2 has %3")
                                  .arg(request.drawScans)
                                  .arg(request.imageSetId)
                                  .arg(plan.scanIds.size()));
            plan.scanIds = drawScans(plan.scanIds, request.drawScans, request.drawSeed);
        }
    } else {
        for (const QString &scanId : request.scanIds) {
            if (!set->find(scanId))
                return refuse(ErrorCode::NotFound,
                              QStringLiteral("image set %1 has no scan %2").arg(request.imageSetId, scanId.left(80)));
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
                QStringLiteral("%1 \"%2\" %3 scans of %4")
                    .arg(plan.id, plan.title)
                    .arg(plan.scanIds.size())
                    .arg(plan.imageSetId));
    runtime.record.rounds.append(plan);
    changed();
    return plan;
}

Expected<ContestantRecord> TournamentState::addContestant(const TokenRecord &caller, const QString &eventId,
                                                          const QString &name, const QStringList &members)
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
            return refuse(ErrorCode::AlreadyExists,
                          QStringLiteral("event %1 has a contestant named %2 already").arg(eventId, name));
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

Expected<EventState> TournamentState::control(const TokenRecord &caller, const QString &eventId,
                                              ClockCommand::Kind action)
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

} // namespace pen::server
