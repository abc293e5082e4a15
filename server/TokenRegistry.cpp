// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TokenRegistry.h"

#include "EventBook.h"
#include "StateChecks.h"
#include "auth/TokenSecrets.h"

namespace pen::server {

using namespace checks;

TokenRegistry::TokenRegistry(StateContext &context) : m_context(context) {}

void TokenRegistry::load(const QList<TokenRecord> &tokens)
{
    std::lock_guard lock(m_mutex);
    for (const TokenRecord &token : tokens) {
        m_indexByHash.insert(token.secretSha256, int(m_tokens.size()));
        m_indexById.insert(token.id, int(m_tokens.size()));
        m_tokens.append(token);
    }
}

Expected<TokenRecord> TokenRegistry::authenticate(const QString &secret) const
{
    if (secret.isEmpty())
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("no token: send \"authorization: Bearer <token>\""));
    if (secret.size() > 256)
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("the token is not one this server issued"));
    const QString hash = TokenSecrets::hashOf(secret);
    ++m_secretsHashed;
    std::lock_guard lock(m_mutex);
    return valid(m_indexByHash.value(hash, -1));
}

Expected<TokenRecord> TokenRegistry::recheck(const QString &tokenId) const
{
    std::lock_guard lock(m_mutex);
    return valid(m_indexById.value(tokenId, -1));
}

Expected<TokenRecord> TokenRegistry::valid(int index) const
{
    if (index < 0)
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("the token is not one this server issued"));
    const TokenRecord &token = m_tokens[index];
    if (token.revoked)
        return refuse(ErrorCode::Unauthenticated, QStringLiteral("token %1 was revoked").arg(token.id));
    return token;
}

Expected<TokenRegistry::IssuedToken> TokenRegistry::issueBootstrapHostToken(const QString &label, bool force)
{
    if (auto checked = checkText(QStringLiteral("the label"), label); !checked)
        return checked.error();
    std::lock_guard lock(m_mutex);
    if (!force) {
        for (const TokenRecord &token : m_tokens) {
            if (token.role == Role::Host && !token.revoked)
                return refuse(
                    ErrorCode::AlreadyExists,
                    QStringLiteral("a host token exists already (%1); hosts issue further tokens").arg(token.id));
        }
    }
    const TokenRecord record{
        TokenSecrets::generateId(QStringLiteral("tok")), {}, Role::Host, {}, {}, label, false, m_context.clock(), {}};
    return add(record, {m_context.clock(), record.id, {}, QStringLiteral("bootstrap-host-token"), label});
}

Expected<void> TokenRegistry::checkFor(TokenRecord &record, const TokenRecord &caller, const QString &eventId,
                                       const QString &contestantId, EventBook &events) const
{
    const Role role = record.role;
    const QString &member = record.member;
    if (role == Role::Contestant) {
        auto access = events.access();
        auto event = access.manageable(caller, eventId);
        if (!event)
            return event.error();
        const ContestantRecord *contestant = (*event)->contestant(contestantId);
        if (!contestant)
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
        return {};
    }
    if (!member.isEmpty())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("only a team's contestant token is for a member"));
    if (role != Role::Host && role != Role::Trainer && role != Role::Vendor)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("unknown role %1").arg(int(role)));
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied, QStringLiteral("only a host issues %1 tokens").arg(roleName(role)));
    // A vendor's token may name the event the vendor competes in: it may upload plugins there.
    if (role == Role::Vendor && contestantId.isEmpty() && !eventId.isEmpty()) {
        auto access = events.access();
        if (auto event = access.manageable(caller, eventId); !event)
            return event.error();
        record.eventId = eventId;
        return {};
    }
    if (!eventId.isEmpty() || !contestantId.isEmpty())
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("%1 tokens belong to no event or contestant").arg(roleName(role)));
    return {};
}

Expected<TokenRegistry::IssuedToken> TokenRegistry::issueToken(const TokenRecord &caller, Role role,
                                                               const QString &eventId, const QString &contestantId,
                                                               const QString &label, const QString &member,
                                                               EventBook &events)
{
    TokenRecord record{
        TokenSecrets::generateId(QStringLiteral("tok")), {}, role, {}, {}, label, false, m_context.clock(), member};
    if (auto checked = checkFor(record, caller, eventId, contestantId, events); !checked)
        return checked.error();
    if (auto checked = checkText(QStringLiteral("the label"), label); !checked)
        return checked.error();
    const QString detail = QStringLiteral("%1 %2 %3 %4%5")
                               .arg(record.id, roleName(role), contestantId, label,
                                    member.isEmpty() ? QString() : QStringLiteral(" (member %1)").arg(member));
    std::lock_guard lock(m_mutex);
    return add(record, {m_context.clock(), caller.id, record.eventId, QStringLiteral("issue-token"), detail});
}

Expected<TokenRegistry::IssuedToken> TokenRegistry::add(TokenRecord record, const AuditRecord &audit)
{
    IssuedToken issued;
    issued.secret = TokenSecrets::generateSecret();
    record.secretSha256 = TokenSecrets::hashOf(issued.secret);
    issued.record = record;
    if (auto stored = m_context.store->insertToken(record); !stored)
        return stored.error();
    if (auto audited = m_context.store->appendAudit(audit); !audited)
        return audited.error();
    m_indexByHash.insert(record.secretSha256, int(m_tokens.size()));
    m_indexById.insert(record.id, int(m_tokens.size()));
    m_tokens.append(record);
    m_context.changed();
    return issued;
}

Expected<void> TokenRegistry::revokeToken(const TokenRecord &caller, const QString &tokenId, EventBook &events)
{
    if (caller.role != Role::Host && caller.role != Role::Trainer)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot revoke tokens").arg(roleName(caller.role)));
    const std::optional<TokenRecord> token = find(tokenId);
    if (!token)
        return refuse(ErrorCode::NotFound, QStringLiteral("no token %1").arg(tokenId));
    if (caller.role != Role::Host) {
        if (token->role != Role::Contestant)
            return refuse(ErrorCode::PermissionDenied,
                          QStringLiteral("only a host revokes %1 tokens").arg(roleName(token->role)));
        if (auto event = events.access().manageable(caller, token->eventId); !event)
            return event.error();
    }
    std::lock_guard lock(m_mutex);
    TokenRecord &held = m_tokens[m_indexById.value(tokenId)];
    if (held.revoked)
        return {};
    if (auto stored = m_context.store->revokeToken(tokenId); !stored)
        return stored;
    if (auto audited = m_context.audit(caller, held.eventId, QStringLiteral("revoke-token"), tokenId); !audited)
        return audited;
    held.revoked = true;
    m_context.changed();
    return {};
}

Expected<QList<TokenRecord>> TokenRegistry::tokens(const TokenRecord &caller, const QString &eventId,
                                                   EventBook &events) const
{
    if (caller.role != Role::Host) {
        if (auto event = events.access().manageable(caller, eventId); !event)
            return event.error();
    }
    std::lock_guard lock(m_mutex);
    QList<TokenRecord> list;
    for (const TokenRecord &token : m_tokens) {
        if (eventId.isEmpty() || token.eventId == eventId)
            list.append(token);
    }
    return list;
}

std::optional<TokenRecord> TokenRegistry::find(const QString &tokenId) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_indexById.constFind(tokenId);
    if (found == m_indexById.cend())
        return std::nullopt;
    return m_tokens[*found];
}

QHash<QString, QString> TokenRegistry::memberTokens(const QSet<QString> &teamIds) const
{
    std::lock_guard lock(m_mutex);
    QHash<QString, QString> memberOfToken;
    for (const TokenRecord &token : m_tokens) {
        if (!token.member.isEmpty() && teamIds.contains(token.contestantId))
            memberOfToken.insert(token.id, token.member);
    }
    return memberOfToken;
}

} // namespace pen::server
