// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineResult.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace pen::gui {

class CategoryApTable;
class FrocChart;
class MachineResultsTable;
class RocChart;

/// Machines' results side by side: the leaderboard table, every run's ROC and FROC curves, and
/// for the selected run its AP per category and its failures with their reasons.
class MachineResultsView final : public QWidget {
    Q_OBJECT
public:
    explicit MachineResultsView(QWidget *parent = nullptr);

    /// Shows the results and selects the first row (or keeps the selected row, if still there).
    void setResults(const QList<MachineResult> &results);
    const QList<MachineResult> &results() const { return m_results; }
    void selectRow(int row);

    MachineResultsTable *table() const { return m_table; }
    CategoryApTable *categories() const { return m_categories; }
    RocChart *rocChart() const { return m_roc; }
    FrocChart *frocChart() const { return m_froc; }
    QListWidget *failures() const { return m_failures; }

private:
    void showSelected();

    QList<MachineResult> m_results;
    MachineResultsTable *m_table = nullptr;
    CategoryApTable *m_categories = nullptr;
    RocChart *m_roc = nullptr;
    FrocChart *m_froc = nullptr;
    QLabel *m_selected = nullptr;
    QListWidget *m_failures = nullptr;
};

} // namespace pen::gui
