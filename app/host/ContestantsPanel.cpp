// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ContestantsPanel.h"

#include "AdminClient.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {

ContestantsPanel::ContestantsPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("contestants"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Team members"), tr("Contestant id")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("contestantName"));
    m_firstMember = new QLineEdit(this);
    m_firstMember->setObjectName(QStringLiteral("firstMember"));
    m_secondMember = new QLineEdit(this);
    m_secondMember->setObjectName(QStringLiteral("secondMember"));
    m_add = new QPushButton(tr("Add contestant"), this);
    m_add->setObjectName(QStringLiteral("addContestant"));

    auto *box = new QGroupBox(tr("New officer or team"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Name"), m_name);
    form->addRow(new QLabel(tr("For a team of two, name both members; leave them empty for an officer."), box));
    form->addRow(tr("Member 1"), m_firstMember);
    form->addRow(tr("Member 2"), m_secondMember);
    form->addRow(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    connect(m_add, &QPushButton::clicked, this, &ContestantsPanel::addContestant);
}

void ContestantsPanel::setEvent(const EventDetails &event)
{
    m_eventId = event.summary.id;
    m_table->setRowCount(int(event.contestants.size()));
    for (int row = 0; row < int(event.contestants.size()); ++row) {
        const EventContestant &contestant = event.contestants[row];
        m_table->setItem(row, 0, new QTableWidgetItem(contestant.name));
        m_table->setItem(row, 1, new QTableWidgetItem(contestant.members.join(QStringLiteral(", "))));
        m_table->setItem(row, 2, new QTableWidgetItem(contestant.id));
    }
}

void ContestantsPanel::addContestant()
{
    NewContestant contestant{m_eventId, m_name->text().trimmed(), {}};
    // One member alone goes to the server too: it refuses a team that is not two, and says so.
    for (const QLineEdit *member : {m_firstMember, m_secondMember}) {
        if (!member->text().trimmed().isEmpty())
            contestant.members.append(member->text().trimmed());
    }
    m_client->addContestant(contestant, [this](const EventContestant &) {
        m_name->clear();
        m_firstMember->clear();
        m_secondMember->clear();
        emit contestantAdded();
    });
}

} // namespace pen::gui
