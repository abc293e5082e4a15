// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pen::gui {

class AdminClient;

/// The selected event's contestants: officers, and teams of two named members.
class ContestantsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ContestantsPanel(AdminClient *client, QWidget *parent = nullptr);

    void setEvent(const EventDetails &event);

signals:
    void contestantAdded();

private:
    void addContestant();

    AdminClient *m_client = nullptr;
    QString m_eventId;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_firstMember = nullptr;
    QLineEdit *m_secondMember = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace pen::gui
