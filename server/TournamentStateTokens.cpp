// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// TournamentState's tokens and roles.
#include "TournamentState.h"

#include "StateChecks.h"
#include "auth/TokenSecrets.h"

namespace pen::server {

using namespace checks;

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
                return refuse(
                    ErrorCode::AlreadyExists,
                    QStringLiteral("a host token exists already (%1); hosts issue further tokens").arg(token.id));
        }
    }
    if (auto checked = checkText(QStringLiteral("the label"), label); !checked)
        return checked.error();
    IssuedToken issued;
    issued.secret = TokenSecrets::generateSecret();
    issued.record = {TokenSecrets::generateId(QStringLiteral("tok")),
                     TokenSecrets::hashOf(issued.secret),
                     Role::Host,
                     {},
                     {},
                     label,
                     false,
                     m_clock(),
                     {}};
    if (auto stored = m_store->insertToken(issued.record); !stored)
        return stored.error();
    if (auto audited
        = m_store->appendAudit({m_clock(), issued.record.id, {}, QStringLiteral("bootstrap-host-token"), label});
        !audited)
        return audited.error();
    m_tokenByHash.insert(issued.record.secretSha256, int(m_tokens.size()));
    m_tokens.append(issued.record);
    changed();
    return issued;
}

Expected<TournamentState::IssuedToken> TournamentState::issueToken(const TokenRecord &caller, Role role,
                                                                   const QString &eventId, const QString &contestantId,
                                                                   const QString &label, const QString &member)
{
    std::lock_guard lock(m_mutex);
    TokenRecord record{
        TokenSecrets::generateId(QStringLiteral("tok")), {}, role, {}, {}, label, false, m_clock(), member};
    if (role == Role::Contestant) {
        auto event = manageable(caller, eventId);
        if (!event)
            return event.error();
        const auto &contestants = (*event)->contestants;
        const auto contestant = std::find_if(contestants.begin(), contestants.end(),
                                             [&](const ContestantRecord &c) { return c.id == contestantId; });
        if (contestant == contestants.end())
            return refuse(ErrorCode::NotFound,
                          QStringLiteral("event %1 has no contestant %2").arg(eventId, contestantId));
        if (!member.isEmpty() && !contestant->members.contains(member)) {
            return refuse(
                ErrorCode::InvalidArgument,
                contestant->members.isEmpty()
                    ? QStringLiteral("%1 plays alone: their token is for no member").arg(contestant->name)
                    : QStringLiteral("\"%1\" is not a member of %2 (%3)")
                          .arg(member.left(80), contestant->name, contestant->members.join(QStringLiteral(", "))));
        }
        record.eventId = eventId;
        record.contestantId = contestantId;
    } else if (!member.isEmpty()) {
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("only a team's contestant token is for a member"));
    } else if (role == Role::Host || role == Role::Trainer || role == Role::Vendor) {
        if (caller.role != Role::Host)
            return refuse(ErrorCode::PermissionDenied,
                          QStringLiteral("only a host issues %1 tokens").arg(roleName(role)));
        if (!eventId.isEmpty() || !contestantId.isEmpty())
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("%1 tokens belong to no event or contestant").arg(roleName(role)));
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
                             QStringLiteral("%1 %2 %3 %4%5")
                                 .arg(record.id, roleName(role), contestantId, label,
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
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot revoke tokens").arg(roleName(caller.role)));
    std::lock_guard lock(m_mutex);
    for (TokenRecord &token : m_tokens) {
        if (token.id != tokenId)
            continue;
        if (caller.role != Role::Host) {
            if (token.role != Role::Contestant)
                return refuse(ErrorCode::PermissionDenied,
                              QStringLiteral("only a host revokes %1 tokens").arg(roleName(token.role)));
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

} // namespace pen::server
