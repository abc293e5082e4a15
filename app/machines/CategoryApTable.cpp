// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CategoryApTable.h"

#include "DisplayNames.h"
#include "MachineResultsTable.h"

#include <QHeaderView>

namespace pen::gui {

CategoryApTable::CategoryApTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Category"), tr("AP@0.5"), tr("AP@.5:.95"), tr("Objects"), tr("Detections")});
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

void CategoryApTable::setMetrics(const MachineMetrics &metrics)
{
    setRowCount(0);
    setRowCount(int(metrics.categories.size()));
    for (int row = 0; row < int(metrics.categories.size()); ++row) {
        const CategoryMetrics &category = metrics.categories[row];
        const QStringList cells
            = {DisplayNames::category(category.category, ImageSet()), MachineResultsTable::number(category.ap50),
               MachineResultsTable::number(category.apCoco), QString::number(category.truthObjects),
               QString::number(category.detections)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, category.category);
            if (column != Category)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, column, item);
        }
    }
}

} // namespace pen::gui
