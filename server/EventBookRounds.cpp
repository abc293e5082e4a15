// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// EventBook for hosts and trainers: events, their rounds and contestants.
#include "EventBook.h"

#include "ImageSetLibrary.h"
#include "StateChecks.h"
#include "auth/TokenSecrets.h"
#include "tournament/ScanDraw.h"

#include <QJsonDocument>

namespace pen::server {

using namespace checks;

Expected<EventRecord> EventBook::createEvent(const TokenRecord &caller, const QString &title, bool practice,
                                             bool revealTruth)
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot create events").arg(roleName(caller.role)));
    if (caller.role == Role::Trainer && !practice)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("trainers create practice sessions; tournaments are created by a host"));
    if (auto checked = checkText(QStringLiteral("the title"), title); !checked)
        return checked.error();
    auto access = this->access();
    EventRecord record{TokenSecrets::generateId(QStringLiteral("event")),
                       title,
                       practice,
                       revealTruth,
                       caller.id,
                       m_context.clock(),
                       {},
                       {}};
    if (auto stored = m_context.store->insertEvent(record); !stored)
        return stored.error();
    if (auto audited = m_context.audit(caller, record.id, QStringLiteral("create-event"), title); !audited)
        return audited.error();
    auto runtime = std::make_unique<EventRuntime>();
    runtime->record = record;
    m_events.push_back(std::move(runtime));
    m_context.changed();
    return record;
}

Expected<QList<EventBook::EventOverview>> EventBook::events(const TokenRecord &caller)
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot list events").arg(roleName(caller.role)));
    auto access = this->access();
    QList<EventOverview> list;
    const double at = m_context.now();
    for (const auto &event : access.all()) {
        if (caller.role == Role::Trainer && event->record.ownerTokenId != caller.id)
            continue;
        list.append({event->record, event->stateAt(at), event->contestants});
    }
    return list;
}

Expected<EventBook::EventOverview> EventBook::event(const TokenRecord &caller, const QString &eventId)
{
    auto access = this->access();
    auto event = access.manageable(caller, eventId);
    if (!event)
        return event.error();
    EventOverview overview{(*event)->record, (*event)->stateAt(m_context.now()), (*event)->contestants};
    const EventState &state = overview.state;
    const bool inRound = state.phase == EventState::Phase::Running
        || (state.phase == EventState::Phase::Paused && state.pausedPhase == EventState::Phase::Running);
    for (const ContestantRecord &contestant : overview.contestants) {
        RoundProgress progress;
        if (inRound && state.roundIndex >= 0 && state.roundIndex < overview.event.rounds.size()) {
            const RoundPlan &round = overview.event.rounds[state.roundIndex];
            const ContestantProgress where = (*event)->progressOf(round, contestant.id, state.roundElapsed);
            progress = {int(where.ended.size()), int(round.scanIds.size()), where.finished};
        }
        overview.progress.append(progress);
    }
    return overview;
}

namespace {

Expected<RoundSettings> settingsOf(const QString &settingsJson, const ImageSet &set)
{
    if (settingsJson.trimmed().isEmpty())
        return set.round.value_or(RoundSettings::defaultsFor(RoundType::FindTheThreat));
    if (settingsJson.size() > 64 * 1024)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("the round settings are larger than 64 KiB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(settingsJson.toUtf8(), &parseError);
    if (!document.isObject())
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("round settings: not a JSON object (%1)").arg(parseError.errorString()));
    auto settings = RoundSettings::fromJson(document.object());
    if (!settings)
        return settings.error().withContext(QStringLiteral("round settings"));
    if (settings->secondsPerScan < 0 || settings->roundSeconds < 0 || settings->secondsPerScan > MaxSecondsSetting
        || settings->roundSeconds > MaxSecondsSetting)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("round settings: clocks must be 0 to %1 s").arg(MaxSecondsSetting));
    return *settings;
}

Expected<QStringList> scansOf(const EventBook::RoundRequest &request, const ImageSet &set)
{
    QStringList scanIds;
    if (request.drawScans < 0 || (request.drawScans > 0 && !request.scanIds.isEmpty()))
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("draw a number of scans, or list them, not both"));
    if (request.scanIds.isEmpty()) {
        for (const ImageSetEntry &entry : set.entries)
            scanIds.append(entry.scan.id);
        if (request.drawScans > 0) {
            if (request.drawScans > scanIds.size())
                return refuse(ErrorCode::InvalidArgument,
                              QStringLiteral("%1 scans to draw, but image set %2 has %3")
                                  .arg(request.drawScans)
                                  .arg(request.imageSetId)
                                  .arg(scanIds.size()));
            scanIds = drawScans(scanIds, request.drawScans, request.drawSeed);
        }
    } else {
        for (const QString &scanId : request.scanIds) {
            if (!set.find(scanId))
                return refuse(ErrorCode::NotFound,
                              QStringLiteral("image set %1 has no scan %2").arg(request.imageSetId, scanId.left(80)));
            if (scanIds.contains(scanId))
                return refuse(ErrorCode::InvalidArgument, QStringLiteral("scan %1 is listed twice").arg(scanId));
            scanIds.append(scanId);
        }
    }
    if (scanIds.isEmpty())
        return refuse(ErrorCode::Validation, QStringLiteral("image set %1 has no scans").arg(request.imageSetId));
    return scanIds;
}

} // namespace

Expected<RoundPlan> EventBook::planRound(const TokenRecord &caller, const RoundRequest &request) const
{
    if (auto checked = checkText(QStringLiteral("the round title"), request.title); !checked)
        return checked.error();
    const std::optional<ImageSet> set = m_library.imageSet(request.imageSetId);
    const std::optional<ImageSetRecord> record = m_library.imageSetRecord(request.imageSetId);
    // A set the caller may not use reads as one that does not exist: its name is no one's business.
    if (!set || !record || !record->usableBy(caller.id, caller.role == Role::Host))
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
    auto settings = settingsOf(request.settingsJson, *set);
    if (!settings)
        return settings.error();
    plan.settings = *settings;
    auto scanIds = scansOf(request, *set);
    if (!scanIds)
        return scanIds.error();
    plan.scanIds = *scanIds;
    return plan;
}

Expected<RoundPlan> EventBook::addRound(const TokenRecord &caller, const RoundRequest &request)
{
    auto access = this->access();
    auto event = access.manageable(caller, request.eventId);
    if (!event)
        return event.error();
    EventRuntime &runtime = **event;
    if (runtime.stateAt(m_context.now()).phase != EventState::Phase::Waiting)
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("event %1 has started; rounds are added before the start").arg(request.eventId));
    auto plan = planRound(caller, request);
    if (!plan)
        return plan.error();
    const int position = int(runtime.record.rounds.size());
    if (auto stored = m_context.store->insertRound(runtime.record.id, position, *plan); !stored)
        return stored.error();
    (void)m_context.audit(caller, runtime.record.id, QStringLiteral("add-round"),
                          QStringLiteral("%1 \"%2\" %3 scans of %4")
                              .arg(plan->id, plan->title)
                              .arg(plan->scanIds.size())
                              .arg(plan->imageSetId));
    runtime.record.rounds.append(*plan);
    m_context.changed();
    return plan;
}

Expected<ContestantRecord> EventBook::addContestant(const TokenRecord &caller, const QString &eventId,
                                                    const QString &name, const QStringList &members)
{
    auto access = this->access();
    auto event = access.manageable(caller, eventId);
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
    if (auto stored = m_context.store->insertContestant(record); !stored)
        return stored.error();
    (void)m_context.audit(caller, eventId, QStringLiteral("add-contestant"),
                          QStringLiteral("%1 %2").arg(record.id, name));
    (*event)->contestants.append(record);
    m_context.changed();
    return record;
}

} // namespace pen::server
