// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ContestantProgressTable.h"

#include <QHeaderView>
#include <QProgressBar>

#include <cmath>

namespace pen::gui {
namespace {

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

ContestantProgressTable::ContestantProgressTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("contestantProgress"));
    setHorizontalHeaderLabels({tr("Contestant"), tr("Scans done"), tr("Progress"), tr("Connection")});
    horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Bar, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Done, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Connection, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void ContestantProgressTable::setEvent(const EventDetails &event)
{
    const qint64 serverNow = event.status.serverTimeMs;
    setRowCount(int(event.contestants.size()));
    for (int row = 0; row < int(event.contestants.size()); ++row) {
        const ContestantActivity progress = event.progress.value(row);
        setItem(row, Name, readOnlyItem(event.contestants[row].name));
        const int count = progress.scanCount;
        const int done = progress.scansDone;
        setItem(row, Done,
                readOnlyItem(count == 0              ? tr("–")
                                 : progress.finished ? tr("finished (%1 of %2)").arg(done).arg(count)
                                                     : tr("%1 of %2").arg(done).arg(count)));
        auto *bar = qobject_cast<QProgressBar *>(cellWidget(row, Bar));
        if (!bar) {
            bar = new QProgressBar;
            bar->setTextVisible(false);
            setCellWidget(row, Bar, bar);
        }
        bar->setRange(0, std::max(1, count));
        bar->setValue(count == 0 ? 0 : done);
        QString connection;
        QColor colour = absentColour();
        if (progress.connected) {
            connection = tr("● connected");
            colour = connectedColour();
        } else if (progress.lastSeenMs > 0) {
            const int minutes = int(std::max<qint64>(0, serverNow - progress.lastSeenMs) / 60000);
            connection = tr("○ away for %n minute(s)", nullptr, minutes);
        } else {
            connection = tr("○ never connected");
        }
        QTableWidgetItem *state = readOnlyItem(connection);
        state->setForeground(colour);
        state->setData(Qt::UserRole, progress.connected);
        setItem(row, Connection, state);
    }
}

} // namespace pen::gui
