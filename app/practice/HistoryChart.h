// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "storage/PracticeHistory.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace pen::gui {

/// The officer's progress over past practice rounds: d′ (left axis) and hit and false alarm
/// rates (right axis, %) per round, oldest on the left.
class HistoryChart final : public QChartView {
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);

    void setRounds(const QList<PracticeRecord> &rounds);
    int roundCount() const { return m_roundCount; }
    /// The plotted values, for tests: d′ per round.
    QList<QPointF> dPrimePoints() const;

    QSize sizeHint() const override { return {480, 260}; }

private:
    QLineSeries *m_dPrime = nullptr;
    QLineSeries *m_hitRate = nullptr;
    QLineSeries *m_falseAlarmRate = nullptr;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_sensitivity = nullptr;
    int m_roundCount = 0;
};

} // namespace pen::gui
