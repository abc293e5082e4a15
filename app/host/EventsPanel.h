// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventRecords.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pen::gui {

/// The events the token may manage (title, phase, rounds, contestants, practice or not) and the
/// form that creates one.
class EventsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit EventsPanel(QWidget *parent = nullptr);

    /// Keeps the selection where the event is listed. A list that lacks the selected event (a
    /// stream's update may arrive after a newer reply) clears the row but not the choice: the
    /// event is selected again when a later list holds it.
    void setEvents(const QList<EventSummary> &events);
    /// Shows an event's newer summary (its phase, its counts) in its row.
    void updateEvent(const EventSummary &event);
    QString selectedEventId() const;
    void selectEvent(const QString &eventId);
    /// The event the form describes.
    NewEvent newEvent() const;
    void clearForm();

signals:
    void eventSelected(const QString &eventId);
    void createRequested();

private:
    void showRow(int row, const EventSummary &event);

    QTableWidget *m_table = nullptr;
    QString m_chosenEventId;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_reveal = nullptr;
    QCheckBox *m_practice = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace pen::gui
