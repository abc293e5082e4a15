// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scoring/ScanOutcome.h"
#include "storage/PracticeHistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pen::gui {

class HistoryChart;

/// The end of a practice round: hit rate, false alarm rate, d′, A′, response times and points,
/// every scan's verdict with what was missed, and the chart of past rounds. "Review scans" (or
/// activating a scan's row) asks for the scans again with their ground truth.
class ScorePage final : public QWidget {
    Q_OBJECT
public:
    explicit ScorePage(QWidget *parent = nullptr);

    void showScore(const PracticeRecord &record, const QList<ScanOutcome> &outcomes);
    HistoryChart *historyChart() const { return m_history; }

signals:
    void practiceAgain();
    /// The officer wants to see the answered scans again, from this one (a row of the table).
    void reviewRequested(int scanIndex);

private:
    QPushButton *m_review = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_scans = nullptr;
    HistoryChart *m_history = nullptr;
};

} // namespace pen::gui
