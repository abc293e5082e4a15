// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TokensPanel.h"

#include "AdminClient.h"
#include "HostNames.h"
#include "TokenSecretDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {

TokensPanel::TokensPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("tokenRole"));
    m_role->addItem(HostNames::role(TokenRole::Contestant), int(TokenRole::Contestant));
    m_role->addItem(HostNames::role(TokenRole::Trainer), int(TokenRole::Trainer));
    m_contestant = new QComboBox(this);
    m_contestant->setObjectName(QStringLiteral("tokenContestant"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("tokenMember"));
    m_member->setToolTip(tr("A team member's own token: the leaderboard shows each member's answers"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("tokenLabel"));
    m_label->setPlaceholderText(tr("who it is for, e.g. A. Officer (laptop 3)"));
    m_issue = new QPushButton(tr("Issue token"), this);
    m_issue->setObjectName(QStringLiteral("issueToken"));

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("tokens"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Role"), tr("Contestant"), tr("Created"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_revoke = new QPushButton(tr("Revoke selected token"), this);
    m_revoke->setObjectName(QStringLiteral("revokeToken"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);

    auto *box = new QGroupBox(tr("New token"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("For"), m_role);
    form->addRow(tr("Contestant"), m_contestant);
    form->addRow(tr("Member"), m_member);
    form->addRow(tr("Label"), m_label);
    form->addRow(m_issue);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &TokensPanel::updateForm);
    connect(m_contestant, &QComboBox::currentIndexChanged, this, &TokensPanel::updateForm);
    connect(m_issue, &QPushButton::clicked, this, &TokensPanel::issue);
    connect(m_revoke, &QPushButton::clicked, this, &TokensPanel::revoke);
    connect(refreshButton, &QPushButton::clicked, this, &TokensPanel::refresh);
    updateForm();
}

void TokensPanel::setEvent(const EventDetails &event)
{
    const QString eventId = event.summary.id;
    const QString selected = m_contestant->currentData().toString();
    m_members.clear();
    for (const EventContestant &contestant : event.contestants) {
        if (!contestant.members.isEmpty())
            m_members[contestant.id] += contestant.members;
    }
    {
        const QSignalBlocker blocker(m_contestant);
        m_contestant->clear();
        for (const EventContestant &contestant : event.contestants)
            m_contestant->addItem(contestant.name, contestant.id);
        m_contestant->setCurrentIndex(std::max(0, m_contestant->findData(selected)));
    }
    updateForm();
    if (eventId != m_eventId) {
        m_eventId = eventId;
        refresh();
    }
}

void TokensPanel::updateForm()
{
    const bool contestant = m_role->currentData().toInt() == int(TokenRole::Contestant);
    m_contestant->setEnabled(contestant);
    const QStringList members = m_members.value(m_contestant->currentData().toString());
    const QString chosen = m_member->currentData().toString();
    m_member->clear();
    m_member->addItem(members.isEmpty() ? tr("(plays alone)") : tr("The team's shared console"), QString());
    for (const QString &member : members)
        m_member->addItem(member, member);
    m_member->setCurrentIndex(std::max(0, m_member->findData(chosen)));
    m_member->setEnabled(contestant && !members.isEmpty());
}

void TokensPanel::refresh()
{
    if (m_eventId.isEmpty())
        return;
    m_client->listTokens(m_eventId, [this](const QList<TokenSummary> &tokens) { showTokens(tokens); });
}

void TokensPanel::showTokens(const QList<TokenSummary> &tokens)
{
    m_table->setRowCount(int(tokens.size()));
    for (int row = 0; row < int(tokens.size()); ++row) {
        const TokenSummary &token = tokens[row];
        QString contestant = m_contestant->itemText(m_contestant->findData(token.contestantId));
        if (!token.member.isEmpty())
            contestant = tr("%1 (%2)").arg(contestant, token.member);
        const QStringList cells{token.label, HostNames::role(token.role), contestant, HostNames::time(token.createdMs),
                                token.revoked ? tr("Revoked") : tr("Valid")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, token.id);
            m_table->setItem(row, column, item);
        }
    }
}

void TokensPanel::issue()
{
    const auto role = TokenRole(m_role->currentData().toInt());
    QString label = m_label->text().trimmed();
    const QString member = role == TokenRole::Contestant ? m_member->currentData().toString() : QString();
    if (label.isEmpty()) {
        label = role != TokenRole::Contestant ? HostNames::role(role)
            : member.isEmpty()                ? m_contestant->currentText()
                                              : tr("%1 (%2)").arg(m_contestant->currentText(), member);
    }
    const NewToken token{role, m_eventId, m_contestant->currentData().toString(), member, label};
    m_client->issueToken(token, [this, label](const IssuedToken &issued) {
        m_label->clear();
        auto *dialog = new TokenSecretDialog(label, issued.secret, this);
        dialog->open();
        refresh();
        emit tokenIssued(label);
    });
}

void TokensPanel::revoke()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    // A revoked token cannot be restored: whoever holds it is shut out, mid-round if need be.
    const QString tokenId = items.first()->data(Qt::UserRole).toString();
    const QString label
        = m_table->item(items.first()->row(), 0) ? m_table->item(items.first()->row(), 0)->text() : tokenId;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Revoke the token"),
        tr("Revoke the token \"%1\"? Whoever holds it can no longer use it, and it cannot be restored.").arg(label),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRevoke"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRevokeToken"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRevoke"));
    box->setDefaultButton(cancel);
    connect(confirm, &QPushButton::clicked, this,
            [this, tokenId] { m_client->revokeToken(tokenId, [this] { refresh(); }); });
    box->open(); // window-modal, without a nested event loop
}

} // namespace pen::gui
