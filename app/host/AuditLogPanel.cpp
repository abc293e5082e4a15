// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AuditLogPanel.h"

#include "AdminClient.h"
#include "HostNames.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {

AuditLogPanel::AuditLogPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("auditLog"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Detail"), tr("Token")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshAudit"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogPanel::refresh);
}

void AuditLogPanel::setEventId(const QString &eventId)
{
    m_eventId = eventId;
    m_table->setRowCount(0);
}

void AuditLogPanel::refresh()
{
    if (m_eventId.isEmpty())
        return;
    m_client->auditLog(m_eventId, [this](const QList<AuditEntry> &log) {
        m_table->setRowCount(int(log.size()));
        for (int row = 0; row < int(log.size()); ++row) {
            const AuditEntry &entry = log[row];
            const QStringList cells{HostNames::time(entry.atMs), entry.action, entry.detail, entry.tokenId};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    });
}

} // namespace pen::gui
