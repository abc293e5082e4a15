// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-admin's commands for access tokens: issue, revoke and list them.
#include "AdminSession.h"

#include <QMap>

namespace pen::server::admin {

int Admin::issueToken(const Words &w)
{
    static const QMap<QString, v1::Role> roles{{QStringLiteral("host"), v1::ROLE_HOST},
                                               {QStringLiteral("trainer"), v1::ROLE_TRAINER},
                                               {QStringLiteral("contestant"), v1::ROLE_CONTESTANT},
                                               {QStringLiteral("vendor"), v1::ROLE_VENDOR}};
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 1 || !roles.contains(p[0]))
        return usage(QStringLiteral("token-issue needs a ROLE: host, trainer, contestant or vendor"));
    v1::IssueTokenRequest request;
    request.set_role(roles.value(p[0]));
    request.set_event_id(w.option(QStringLiteral("event")).toStdString());
    request.set_contestant_id(w.option(QStringLiteral("contestant")).toStdString());
    request.set_label(w.option(QStringLiteral("label")).toStdString());
    request.set_member(w.option(QStringLiteral("member")).toStdString());
    v1::IssueTokenReply reply;
    if (auto s = m_c.admin().IssueToken(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << text(reply.token_id()) << '\t' << text(reply.token()) << '\n';
    return 0;
}

int Admin::revokeToken(const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 1)
        return usage(QStringLiteral("token-revoke needs a TOKEN_ID"));
    v1::RevokeTokenRequest request;
    request.set_token_id(p[0].toStdString());
    v1::RevokeTokenReply reply;
    if (auto s = m_c.admin().RevokeToken(context.get(), request, &reply); !s.ok())
        return failed(s);
    return 0;
}

int Admin::listTokens(const Words &w)
{
    auto context = m_c.context();
    v1::ListTokensRequest request;
    request.set_event_id(w.positional.value(0).toStdString());
    v1::ListTokensReply reply;
    if (auto s = m_c.admin().ListTokens(context.get(), request, &reply); !s.ok())
        return failed(s);
    for (const auto &t : reply.tokens())
        m_out << text(t.token_id()) << '\t' << v1::Role_Name(t.role()).c_str() << '\t' << text(t.event_id()) << '\t'
              << text(t.contestant_id()) << '\t' << text(t.label())
              << (t.member().empty() ? QString() : QStringLiteral("\tmember ") + text(t.member()))
              << (t.revoked() ? "\trevoked" : "") << '\n';
    return 0;
}

} // namespace pen::server::admin
