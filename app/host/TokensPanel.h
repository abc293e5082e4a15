// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"
#include "HostRecords.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pen::gui {

class AdminClient;

/// Tokens: issue one for a contestant of the selected event or for a trainer (the secret is
/// shown once, in a TokenSecretDialog), list the event's tokens, revoke one.
class TokensPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TokensPanel(AdminClient *client, QWidget *parent = nullptr);

    void setEvent(const EventDetails &event);
    void refresh();

signals:
    void tokenIssued(const QString &label);

private:
    void issue();
    void revoke();
    void showTokens(const QList<TokenSummary> &tokens);
    void updateForm();

    AdminClient *m_client = nullptr;
    QString m_eventId;
    QComboBox *m_role = nullptr;
    QComboBox *m_contestant = nullptr;
    QComboBox *m_member = nullptr;         ///< a team's member, or the team's shared console
    QHash<QString, QStringList> m_members; ///< contestant id → a team's members
    QLineEdit *m_label = nullptr;
    QPushButton *m_issue = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace pen::gui
