// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QWidget>

class QTableWidget;

namespace pen::gui {

class AdminClient;

/// Every change made to the selected event, as the server's audit log records it.
class AuditLogPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AuditLogPanel(AdminClient *client, QWidget *parent = nullptr);

    void setEventId(const QString &eventId);
    void refresh();

private:
    AdminClient *m_client = nullptr;
    QString m_eventId;
    QTableWidget *m_table = nullptr;
};

} // namespace pen::gui
