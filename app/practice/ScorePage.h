// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "storage/PracticeHistory.h"
#include "scoring/ScanOutcome.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pen::gui {

class HistoryChart;

/// The end of a practice round: hit rate, false alarm rate, d′, A′, response times and points,
/// every scan's verdict with what was missed, and the chart of past rounds.
class ScorePage final : public QWidget {
    Q_OBJECT
public:
    explicit ScorePage(QWidget *parent = nullptr);

    void showScore(const PracticeRecord &record, const QList<ScanOutcome> &outcomes);
    HistoryChart *historyChart() const { return m_history; }

signals:
    void practiceAgain();

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_scans = nullptr;
    HistoryChart *m_history = nullptr;
};

} // namespace pen::gui
