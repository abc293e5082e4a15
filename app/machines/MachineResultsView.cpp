// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineResultsView.h"

#include "CategoryApTable.h"
#include "FrocChart.h"
#include "MachineResultsTable.h"
#include "RocChart.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace pen::gui {

MachineResultsView::MachineResultsView(QWidget *parent) : QWidget(parent)
{
    m_table = new MachineResultsTable(this);
    m_table->setObjectName(QStringLiteral("machineResults"));
    m_categories = new CategoryApTable(this);
    m_categories->setObjectName(QStringLiteral("categoryAp"));
    m_roc = new RocChart(this);
    m_roc->setObjectName(QStringLiteral("rocChart"));
    m_froc = new FrocChart(this);
    m_froc->setObjectName(QStringLiteral("frocChart"));
    m_selected = new QLabel(this);
    m_selected->setObjectName(QStringLiteral("selectedRun"));
    m_failures = new QListWidget(this);
    m_failures->setObjectName(QStringLiteral("failures"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_selected);
    detailsLayout->addWidget(m_categories, 1);
    detailsLayout->addWidget(new QLabel(tr("Failures (scan: reason):"), details));
    detailsLayout->addWidget(m_failures, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(details);
    lower->addWidget(m_roc);
    lower->addWidget(m_froc);
    lower->setSizes({360, 420, 420});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setSizes({160, 380});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MachineResultsView::showSelected);
}

void MachineResultsView::setResults(const QList<MachineResult> &results)
{
    const int selected = m_table->currentRow();
    m_results = results;
    m_table->setResults(results);
    m_roc->setCurves(results);
    m_froc->setCurves(results);
    selectRow(selected >= 0 && selected < int(results.size()) ? selected : 0);
    showSelected();
}

void MachineResultsView::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
}

void MachineResultsView::showSelected()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < int(m_results.size());
    const MachineResult result = valid ? m_results[row] : MachineResult();
    m_selected->setText(
        valid ? tr("%1: AP per category, %n failure(s)", nullptr, result.metrics.failures).arg(result.label)
              : tr("No run to show."));
    m_categories->setMetrics(result.metrics);
    m_failures->clear();
    m_failures->addItems(result.failures);
}

} // namespace pen::gui
