// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineResultsTable.h"

#include <QHeaderView>
#include <QLocale>

namespace pen::gui {
namespace {

QTableWidgetItem *cell(const QString &text, bool numeric)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (numeric)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

MachineResultsTable::MachineResultsTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("#"), tr("Label"), tr("Plugin"), tr("AP@0.5"), tr("AP@.5:.95"), tr("Pd"), tr("Pfa"),
                               tr("p50 (s)"), tr("p95 (s)"), tr("Scans/h"), tr("Failures")});
    horizontalHeaderItem(Pd)->setToolTip(
        tr("Probability of detection: the share of scans with a threat that raised an alarm"));
    horizontalHeaderItem(Pfa)->setToolTip(
        tr("Probability of false alarm: the share of clear scans that raised an alarm"));
    horizontalHeaderItem(Ap50)->setToolTip(tr("Mean average precision over the categories at an overlap (IoU) of 0.5"));
    horizontalHeaderItem(ApCoco)->setToolTip(tr("Mean average precision over overlaps (IoU) from 0.5 to 0.95"));
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Plugin, QHeaderView::Stretch);
}

QString MachineResultsTable::number(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

void MachineResultsTable::setResults(const QList<MachineResult> &results)
{
    setRowCount(0);
    setRowCount(int(results.size()));
    for (int row = 0; row < int(results.size()); ++row) {
        const MachineResult &result = results[row];
        const MachineMetrics &m = result.metrics;
        const QStringList cells = {QString::number(result.rank > 0 ? result.rank : row + 1),
                                   result.label,
                                   result.plugin,
                                   number(m.meanAp50),
                                   number(m.meanApCoco),
                                   number(m.pd, 2),
                                   number(m.pfa, 2),
                                   number(m.latencyP50),
                                   number(m.latencyP95),
                                   number(m.imagesPerHour, 0),
                                   QString::number(m.failures)};
        for (int column = 0; column < ColumnCount; ++column)
            setItem(row, column, cell(cells[column], column != Label && column != Plugin));
    }
}

} // namespace pen::gui
