// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "StateContext.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <mutex>
#include <optional>

namespace pen::server {

class EventBook;

/// The server's tokens: who a secret is, who issued what and which tokens were revoked, under a
/// lock of its own. Checks that need an event ask the EventBook first and let go of it before this
/// lock is taken (events and tokens are never deleted, so the answer stays true).
class TokenRegistry {
public:
    explicit TokenRegistry(StateContext &context);

    void load(const QList<TokenRecord> &tokens);

    struct IssuedToken {
        TokenRecord record;
        QString secret; ///< shown once
    };
    Expected<TokenRecord> authenticate(const QString &secret) const;
    /// The token of an earlier authenticate(), as it is now: refused as authenticate() refuses it
    /// once it was revoked. A lookup by id, without hashing the secret again (open streams).
    Expected<TokenRecord> recheck(const QString &tokenId) const;
    /// How many secrets authenticate() has hashed.
    quint64 secretsHashed() const { return m_secretsHashed.load(); }
    /// The first host token of a new server (issuer is nobody); refused once a host token exists,
    /// unless force is set.
    Expected<IssuedToken> issueBootstrapHostToken(const QString &label, bool force);
    /// member: for a team's contestant token, the member it is for (their answers are theirs on
    /// the leaderboard); empty for a console the team shares, and for everyone else.
    Expected<IssuedToken> issueToken(const TokenRecord &caller, Role role, const QString &eventId,
                                     const QString &contestantId, const QString &label, const QString &member,
                                     EventBook &events);
    Expected<void> revokeToken(const TokenRecord &caller, const QString &tokenId, EventBook &events);
    Expected<QList<TokenRecord>> tokens(const TokenRecord &caller, const QString &eventId, EventBook &events) const;

    std::optional<TokenRecord> find(const QString &tokenId) const;
    /// Token id → member, for the members' own tokens of the given teams (contestant ids).
    QHash<QString, QString> memberTokens(const QSet<QString> &teamIds) const;

private:
    /// Checks what a new token would be for; fills the record's event and contestant.
    Expected<void> checkFor(TokenRecord &record, const TokenRecord &caller, const QString &eventId,
                            const QString &contestantId, EventBook &events) const;
    /// The token at this index in m_tokens (-1: none), unless it was revoked (under m_mutex).
    Expected<TokenRecord> valid(int index) const;
    /// Stores the token, then knows it (under m_mutex).
    Expected<IssuedToken> add(TokenRecord record, const AuditRecord &audit);

    StateContext &m_context;
    mutable std::mutex m_mutex;
    QList<TokenRecord> m_tokens;
    QHash<QString, int> m_indexByHash; ///< secret hash → index in m_tokens
    QHash<QString, int> m_indexById;   ///< token id → index in m_tokens
    mutable std::atomic<quint64> m_secretsHashed{0};
};

} // namespace pen::server
