// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "EventsPanel.h"

#include "HostNames.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {
namespace {

QTableWidgetItem *cell(const QString &text, const QString &eventId)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, eventId);
    return item;
}

} // namespace

EventsPanel::EventsPanel(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("events"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Phase"), tr("Rounds"), tr("Contestants"), tr("Practice")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setPlaceholderText(tr("e.g. PEN-Tournament Event 1"));
    m_reveal = new QCheckBox(tr("Show contestants the truth after each round"), this);
    m_reveal->setObjectName(QStringLiteral("revealTruth"));
    m_reveal->setChecked(true);
    m_practice = new QCheckBox(tr("Practice session (trainers)"), this);
    m_practice->setObjectName(QStringLiteral("practice"));
    m_create = new QPushButton(tr("Create event"), this);
    m_create->setObjectName(QStringLiteral("createEvent"));

    auto *box = new QGroupBox(tr("New event"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Title"), m_title);
    form->addRow(m_reveal);
    form->addRow(m_practice);
    form->addRow(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);

    connect(m_create, &QPushButton::clicked, this, &EventsPanel::createRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_chosenEventId = selectedEventId();
        emit eventSelected(m_chosenEventId);
    });
}

void EventsPanel::setEvents(const QList<EventSummary> &events)
{
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(events.size()));
    for (int row = 0; row < int(events.size()); ++row)
        showRow(row, events[row]);
    selectEvent(m_chosenEventId);
}

void EventsPanel::showRow(int row, const EventSummary &event)
{
    m_table->setItem(row, 0, cell(event.title, event.id));
    m_table->setItem(row, 1, cell(HostNames::phase(event.phase), event.id));
    m_table->setItem(row, 2, cell(QString::number(event.roundCount), event.id));
    m_table->setItem(row, 3, cell(QString::number(event.contestantCount), event.id));
    m_table->setItem(row, 4, cell(event.practice ? tr("Practice") : QString(), event.id));
}

void EventsPanel::updateEvent(const EventSummary &event)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == event.id)
            showRow(row, event);
    }
}

QString EventsPanel::selectedEventId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void EventsPanel::selectEvent(const QString &eventId)
{
    m_chosenEventId = eventId;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == eventId) {
            m_table->selectRow(row);
            return;
        }
    }
}

NewEvent EventsPanel::newEvent() const
{
    return {m_title->text().trimmed(), m_reveal->isChecked(), m_practice->isChecked()};
}

void EventsPanel::clearForm()
{
    m_title->clear();
}

} // namespace pen::gui
